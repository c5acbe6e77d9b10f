/** CommonJS: `require` calls, and whether a file is a CommonJS script or an ES module. */
import type { TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression } from './unwrap.js';

/** `require('x')`: a call of the global `require` with one argument. */
function isRequireCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  );
}

/** The module a `require('x')` (under TS wrappers) loads, else undefined. */
export function requiredModule(node: TSESTree.Node): string | undefined {
  const call = unwrapExpression(node);
  if (!isRequireCall(call)) return undefined;
  const source = call.arguments[0];
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** `const x = require('x')`, `const { a } = require('x')`: a declaration with a `require` initialiser. */
export function isRequireDeclaration(node: TSESTree.Node): node is TSESTree.VariableDeclaration {
  return (
    node.type === 'VariableDeclaration' &&
    node.declarations.some((d) => d.init !== null && isRequireCall(unwrapExpression(d.init)))
  );
}

/** What decides the module system of a file besides its statements. */
export interface ModuleFacts {
  /** The file name: `.cjs`/`.cts` are CommonJS, `.mjs`/`.mts` ES modules, whatever they hold. */
  filename?: string;
  /** `languageOptions.sourceType`: `commonjs` and `script` are not ES modules. */
  sourceType?: string | undefined;
}

/**
 * True for files to be treated as CommonJS: a `.cjs`/`.cts` file, `sourceType` commonjs/script, or a file
 * without any import/export that calls `require` at top level or assigns `module.exports`/`exports.x`.
 */
export function isCommonJsFile(program: TSESTree.Program, facts: ModuleFacts = {}): boolean {
  const { filename = '', sourceType } = facts;
  if (filename.endsWith('.cjs') || filename.endsWith('.cts')) return true;
  if (filename.endsWith('.mjs') || filename.endsWith('.mts')) return false;
  if (sourceType === 'commonjs' || sourceType === 'script' || program.sourceType === 'script') return true;
  let usesRequire = false;
  for (const node of program.body) {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportNamedDeclaration':
      case 'TSExportAssignment':
      case 'TSImportEqualsDeclaration':
        return false;
      case 'VariableDeclaration':
        if (isRequireDeclaration(node)) usesRequire = true;
        break;
      case 'ExpressionStatement': {
        const expression = node.expression;
        if (isRequireCall(expression)) usesRequire = true;
        if (
          expression.type === 'AssignmentExpression' &&
          expression.left.type === 'MemberExpression' &&
          expression.left.object.type === 'Identifier' &&
          (expression.left.object.name === 'module' || expression.left.object.name === 'exports')
        ) {
          usesRequire = true;
        }
        break;
      }
      default:
        break;
    }
  }
  return usesRequire;
}
