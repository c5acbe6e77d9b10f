/**
 * Adding an import (or a `require`) once: reuse a binding the file already has, else add a specifier to an
 * existing import of the same module, else add one statement after the last import (or `require`), after
 * the directives, or at the top.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { leadingDirectives } from '../ast/directives.js';
import { importedName, propertyKeyName } from '../ast/keys.js';
import { isRequireDeclaration, requiredModule } from '../ast/commonjs.js';

/** What to import. */
export interface ImportRequest {
  /** The module, as a new statement writes it: `node:crypto`. */
  from: string;
  /** Other specifiers of the same module whose imports count too: `crypto` for `node:crypto`. */
  sameModules?: readonly string[];
  /** The exported name: `timingSafeEqual`. */
  name: string;
  /** The local name, when it must differ from `name` (taken by something else). */
  local?: string;
  /** The quote around the module in a new statement. Default `"`. */
  quote?: "'" | '"';
}

function isModule(request: Pick<ImportRequest, 'from' | 'sameModules'>, source: unknown): boolean {
  return source === request.from || (typeof source === 'string' && request.sameModules?.includes(source) === true);
}

/**
 * Per file (keyed weakly by its Program, like the taint pre-checks by SourceCode: an entry dies with the file,
 * and each worker thread has its own), the answers of {@link findImportBinding} and where
 * {@link addImportFix} inserts, by request. Both walk the program's top-level statements, and a file with
 * thousands of findings asked them once per fix: findings × statements.
 */
const importMemos = new WeakMap<TSESTree.Program, ImportMemo>();

interface ImportMemo {
  /** {@link findImportBinding}'s answers, by `namespaces` and request. */
  readonly bindings: Map<string, string | undefined>;
  /** Where {@link addImportFix} inserts, by module form and request. */
  readonly insertions: Map<string, { at: number; text: string }>;
}

function memoOf(program: TSESTree.Program): ImportMemo {
  let memo = importMemos.get(program);
  if (memo === undefined) {
    memo = { bindings: new Map(), insertions: new Map() };
    importMemos.set(program, memo);
  }
  return memo;
}

function requestKey(request: Pick<ImportRequest, 'from' | 'sameModules' | 'name'> & Partial<ImportRequest>): string {
  return JSON.stringify([request.from, request.sameModules ?? [], request.name, request.local ?? null, request.quote ?? '"']);
}

/**
 * The expression that reaches `name` of the module through a binding the file already has at top level:
 * `import { name as x }` or `const { name: x } = require(…)` → `x`; with `namespaces`, also
 * `import * as m`, `import m from`, `const m = require(…)` → `m.name`. Type-only imports do not count.
 */
export function findImportBinding(
  program: TSESTree.Program,
  request: Pick<ImportRequest, 'from' | 'sameModules' | 'name'>,
  options: { namespaces?: boolean } = {},
): string | undefined {
  const { bindings } = memoOf(program);
  const key = `${options.namespaces === true ? 1 : 0}:${requestKey(request)}`;
  if (bindings.has(key)) return bindings.get(key);
  const binding = importBindingIn(program, request, options);
  bindings.set(key, binding);
  return binding;
}

function importBindingIn(
  program: TSESTree.Program,
  request: Pick<ImportRequest, 'from' | 'sameModules' | 'name'>,
  options: { namespaces?: boolean },
): string | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type' || !isModule(request, statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier') {
          if (specifier.importKind !== 'type' && importedName(specifier) === request.name) return specifier.local.name;
        } else if (options.namespaces) {
          return `${specifier.local.name}.${request.name}`;
        }
      }
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.init === null || !isModule(request, requiredModule(declarator.init))) continue;
        if (declarator.id.type === 'Identifier') {
          if (options.namespaces) return `${declarator.id.name}.${request.name}`;
        } else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (
              property.type === 'Property' &&
              !property.computed &&
              propertyKeyName(property) === request.name &&
              property.value.type === 'Identifier'
            ) {
              return property.value.name;
            }
          }
        }
      }
    }
  }
  return undefined;
}

function quoted(text: string, quote: "'" | '"'): string {
  return quote === '"' ? JSON.stringify(text) : `'${text.replace(/[\\']/gu, (c) => `\\${c}`)}'`;
}

/** `import { … } from` or `const { … } = require(…)` of the same module that a specifier can join. */
function joinableImport(
  program: TSESTree.Program,
  request: ImportRequest,
  commonJs: boolean,
): { after: TSESTree.Node; text: string } | undefined {
  const { name, local } = request;
  for (const statement of program.body) {
    if (!commonJs && statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type' || !isModule(request, statement.source.value)) continue;
      const specifiers = statement.specifiers;
      if (specifiers.length === 0 || specifiers.some((s) => s.type === 'ImportNamespaceSpecifier')) continue;
      const specifier = local === undefined ? name : `${name} as ${local}`;
      const last = specifiers[specifiers.length - 1] as TSESTree.ImportClause;
      if (last.type === 'ImportSpecifier') return { after: last, text: `, ${specifier}` };
      return { after: last, text: `, { ${specifier} }` };
    }
    if (commonJs && statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.init === null || declarator.id.type !== 'ObjectPattern') continue;
        if (!isModule(request, requiredModule(declarator.init))) continue;
        const properties = declarator.id.properties;
        const last = properties[properties.length - 1];
        if (last === undefined || last.type === 'RestElement') continue;
        return { after: last, text: `, ${local === undefined ? name : `${name}: ${local}`}` };
      }
    }
  }
  return undefined;
}

/**
 * A fix that makes `request.local ?? request.name` available: joins an existing import (or destructuring
 * `require`) of the module, else adds `import { name } from "from";` (or `const { name } = require("from");`
 * in CommonJS) after the last import, else after the directives, else at the top of the file. Callers check
 * `findImportBinding` first: this always adds.
 */
export function addImportFix(
  fixer: TSESLint.RuleFixer,
  program: TSESTree.Program,
  request: ImportRequest,
  commonJs: boolean,
): TSESLint.RuleFix {
  const { insertions } = memoOf(program);
  const key = `${commonJs ? 1 : 0}:${requestKey(request)}`;
  let insertion = insertions.get(key);
  if (insertion === undefined) {
    insertion = importInsertion(program, request, commonJs);
    insertions.set(key, insertion);
  }
  return fixer.insertTextAfterRange([insertion.at, insertion.at], insertion.text);
}

/** Where {@link addImportFix} inserts, and what: every case is an insertion at one offset. */
function importInsertion(program: TSESTree.Program, request: ImportRequest, commonJs: boolean): { at: number; text: string } {
  const joinable = joinableImport(program, request, commonJs);
  if (joinable !== undefined) return { at: joinable.after.range[1], text: joinable.text };
  const { name, local } = request;
  const from = quoted(request.from, request.quote ?? '"');
  const statement = commonJs
    ? `const { ${local === undefined ? name : `${name}: ${local}`} } = require(${from});`
    : `import { ${local === undefined ? name : `${name} as ${local}`} } from ${from};`;
  const body = program.body;
  let anchor: TSESTree.Node | undefined;
  for (const node of body) {
    if (commonJs ? isRequireDeclaration(node) : node.type === 'ImportDeclaration') anchor = node;
  }
  anchor ??= leadingDirectives(program).at(-1);
  if (anchor !== undefined) return { at: anchor.range[1], text: `\n${statement}` };
  const first = body[0];
  return first === undefined ? { at: 0, text: `${statement}\n` } : { at: first.range[0], text: `${statement}\n` };
}
