/** Client or server: the side of the linted file, and server-only code inside client files. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { placeOfFile } from '../../core/framework/file-place.js';
import type { GlobMatcher } from '../../core/framework/glob.js';
import type { FrameworkId } from '../../core/framework/project.js';
import { AST_NODE_TYPES } from '../../util/ast/index.js';
import type { FileInfo } from './types.js';

type Node = TSESTree.Node;

/** What decides the side of a file. */
export interface FileFacts {
  /** The absolute file name, or `''` for code without a real file (`<input>`). */
  filename: string;
  cwd: string;
  /** The `framework` option. */
  framework: 'auto' | FrameworkId | undefined;
  /** `settings.secrets.framework` of the file's config block; the option wins over it. */
  settingsFramework?: FrameworkId | undefined;
  clientGlobs: readonly GlobMatcher[];
  serverGlobs: readonly GlobMatcher[];
  directive: 'use client' | 'use server' | undefined;
  importsServerOnly: boolean;
  importsClientOnly: boolean;
}

/** Classifies the file: `serverFiles` first, then `clientFiles`, then the framework's conventions. */
export function classifyLintedFile(facts: FileFacts): FileInfo {
  const { framework, classification, frameworkFrom } = placeOfFile(
    facts.filename === '' ? '<input>' : facts.filename,
    facts.cwd,
    { directive: facts.directive, importsServerOnly: facts.importsServerOnly, importsClientOnly: facts.importsClientOnly },
    { framework: facts.framework, settingsFramework: facts.settingsFramework, clientGlobs: facts.clientGlobs, serverGlobs: facts.serverGlobs },
  );
  return { framework, classification, frameworkFrom };
}

function isInsideServerFunction(ancestors: readonly Node[], names: ReadonlySet<string>): boolean {
  for (const ancestor of ancestors) {
    if (ancestor.type === AST_NODE_TYPES.FunctionDeclaration && ancestor.id !== null && names.has(ancestor.id.name)) {
      return true;
    }
    if (
      ancestor.type === AST_NODE_TYPES.VariableDeclarator &&
      ancestor.id.type === AST_NODE_TYPES.Identifier &&
      names.has(ancestor.id.name)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * True when `node` runs only on the server although the file is client code: inside a server function
 * (`getServerSideProps`, `loader`, …) or inside a top-level declaration used only by such functions,
 * which the framework drops from the browser bundle. The verdict of a top-level declaration is memoised
 * (per recursion depth) in `memo`, so many reads in one declaration walk its references once.
 */
export function isServerOnly(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: Node,
  names: ReadonlySet<string>,
  depth: number,
  memo: Map<Node, (boolean | undefined)[]> = new Map(),
): boolean {
  const ancestors = sourceCode.getAncestors(node);
  if (isInsideServerFunction(ancestors, names)) return true;
  if (depth >= 3) return false;
  const top = ancestors[1] ?? node;
  if (
    top.type !== AST_NODE_TYPES.VariableDeclaration &&
    top.type !== AST_NODE_TYPES.FunctionDeclaration &&
    top.type !== AST_NODE_TYPES.ClassDeclaration
  ) {
    return false;
  }
  let verdicts = memo.get(top);
  if (verdicts === undefined) memo.set(top, (verdicts = []));
  const known = verdicts[depth];
  if (known !== undefined) return known;
  verdicts[depth] = false; // a cycle through this declaration proves nothing
  const verdict = declarationServerOnly(sourceCode, top, names, depth, memo);
  verdicts[depth] = verdict;
  return verdict;
}

function declarationServerOnly(
  sourceCode: Readonly<TSESLint.SourceCode>,
  top: Node,
  names: ReadonlySet<string>,
  depth: number,
  memo: Map<Node, (boolean | undefined)[]>,
): boolean {
  let externalReferences = 0;
  for (const variable of sourceCode.getDeclaredVariables(top)) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const id = reference.identifier;
      if (id.range[0] >= top.range[0] && id.range[1] <= top.range[1]) continue;
      externalReferences++;
      if (!isServerOnly(sourceCode, id, names, depth + 1, memo)) return false;
    }
  }
  return externalReferences > 0;
}
