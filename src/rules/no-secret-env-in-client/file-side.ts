/** Client or server: the side of the linted file, and server-only code inside client files. */
import * as nodePath from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyFile } from '../../core/framework/classify.js';
import type { GlobMatcher } from '../../core/framework/glob.js';
import { defaultProjectResolver, type FrameworkId, type ProjectInfo } from '../../core/framework/project.js';
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
  clientGlobs: readonly GlobMatcher[];
  serverGlobs: readonly GlobMatcher[];
  directive: 'use client' | 'use server' | undefined;
  importsServerOnly: boolean;
  importsClientOnly: boolean;
}

/** Classifies the file: `serverFiles` first, then `clientFiles`, then the framework's conventions. */
export function classifyLintedFile(facts: FileFacts): FileInfo {
  const { filename, cwd, directive, importsServerOnly, importsClientOnly } = facts;
  const chosen = facts.framework && facts.framework !== 'auto' ? facts.framework : undefined;
  if (filename === '') {
    const framework = chosen ?? 'node';
    return {
      framework,
      classification: classifyFile(framework, { relativePath: 'file.js', directive, importsServerOnly, importsClientOnly }),
    };
  }
  const relativeTo = (root: string): string => nodePath.relative(root, filename).split(nodePath.sep).join('/');
  const project: ProjectInfo = defaultProjectResolver.resolve(nodePath.dirname(filename));
  const framework = chosen ?? project.framework;
  const relativePaths = [relativeTo(project.root ?? cwd)];
  if (project.root !== undefined && project.root !== cwd) relativePaths.push(relativeTo(cwd));
  const server = facts.serverGlobs.find((g) => relativePaths.some((p) => g.test(p)));
  if (server !== undefined) {
    return { framework, classification: { side: 'server', reason: `it matches \`serverFiles\` pattern \`${server.glob}\`` } };
  }
  const clientGlob = facts.clientGlobs.find((g) => relativePaths.some((p) => g.test(p)));
  if (clientGlob !== undefined && directive !== 'use server' && !importsServerOnly) {
    return { framework, classification: { side: 'client', reason: `it matches \`clientFiles\` pattern \`${clientGlob.glob}\`` } };
  }
  return {
    framework,
    classification: classifyFile(framework, {
      relativePath: relativePaths[0] as string,
      projectHasIndexHtml: project.hasIndexHtml === true,
      directive,
      importsServerOnly,
      importsClientOnly,
    }),
  };
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
