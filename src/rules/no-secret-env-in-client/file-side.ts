/** Client or server: the side of the linted file, and server-only code inside client files. */
import * as nodePath from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyFile } from '../../core/framework/classify.js';
import type { GlobMatcher } from '../../core/framework/glob.js';
import { defaultProjectResolver, FRAMEWORK_IDS, type FrameworkId, type ProjectInfo } from '../../core/framework/project.js';
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

/**
 * `settings.secrets.framework`: ESLint's shared settings, so one `files` block of a flat config can say which
 * framework its files follow (`{ files: ['apps/web/**'], settings: { secrets: { framework: 'next' } } }`).
 * `auto` or absent: detect. Anything else is a config mistake, reported as such.
 */
export function frameworkFromSettings(settings: unknown): FrameworkId | undefined {
  if (settings === null || typeof settings !== 'object') return undefined;
  const secrets = (settings as { secrets?: unknown }).secrets;
  if (secrets === null || typeof secrets !== 'object') return undefined;
  const value = (secrets as { framework?: unknown }).framework;
  if (value === undefined || value === 'auto') return undefined;
  if (typeof value === 'string' && (FRAMEWORK_IDS as readonly string[]).includes(value)) return value as FrameworkId;
  throw new Error(`eslint-plugin-secrets: settings.secrets.framework must be "auto" or one of ${FRAMEWORK_IDS.join(', ')}; got ${JSON.stringify(value)}.`);
}

/** Classifies the file: `serverFiles` first, then `clientFiles`, then the framework's conventions. */
export function classifyLintedFile(facts: FileFacts): FileInfo {
  const { filename, cwd, directive, importsServerOnly, importsClientOnly } = facts;
  const fromOption = facts.framework && facts.framework !== 'auto' ? facts.framework : undefined;
  const chosen = fromOption ?? facts.settingsFramework;
  const chosenBy = fromOption !== undefined ? 'the `framework` option' : chosen !== undefined ? '`settings.secrets.framework`' : undefined;
  if (filename === '') {
    const framework = chosen ?? 'node';
    return {
      framework,
      frameworkFrom: chosenBy ?? 'no file name',
      classification: classifyFile(framework, { relativePath: 'file.js', directive, importsServerOnly, importsClientOnly }),
    };
  }
  const relativeTo = (root: string): string => nodePath.relative(root, filename).split(nodePath.sep).join('/');
  const project: ProjectInfo = defaultProjectResolver.resolve(nodePath.dirname(filename));
  const framework = chosen ?? project.framework;
  const frameworkFrom =
    chosenBy ??
    (project.workspaceRoot !== undefined
      ? `the workspace root ${project.workspaceRoot}`
      : project.root !== undefined
        ? `${nodePath.join(project.root, 'package.json')}`
        : 'no package.json found');
  const relativePaths = [relativeTo(project.root ?? cwd)];
  if (project.root !== undefined && project.root !== cwd) relativePaths.push(relativeTo(cwd));
  const server = facts.serverGlobs.find((g) => relativePaths.some((p) => g.test(p)));
  if (server !== undefined) {
    return { framework, frameworkFrom, classification: { side: 'server', reason: `it matches \`serverFiles\` pattern \`${server.glob}\`` } };
  }
  const clientGlob = facts.clientGlobs.find((g) => relativePaths.some((p) => g.test(p)));
  if (clientGlob !== undefined && directive !== 'use server' && !importsServerOnly) {
    return { framework, frameworkFrom, classification: { side: 'client', reason: `it matches \`clientFiles\` pattern \`${clientGlob.glob}\`` } };
  }
  return {
    framework,
    frameworkFrom,
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
 * which the framework drops from the browser bundle.
 */
export function isServerOnly(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: Node,
  names: ReadonlySet<string>,
  depth: number,
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
  let externalReferences = 0;
  for (const variable of sourceCode.getDeclaredVariables(top)) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const id = reference.identifier;
      if (id.range[0] >= top.range[0] && id.range[1] <= top.range[1]) continue;
      externalReferences++;
      if (!isServerOnly(sourceCode, id, names, depth + 1)) return false;
    }
  }
  return externalReferences > 0;
}
