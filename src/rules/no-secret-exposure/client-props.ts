/**
 * React Server Components: a server component that passes a secret as a prop to a component from a
 * `"use client"` file serialises the secret into the page (the RSC payload), where anyone can read it.
 *
 * The taint engine has no JSX event, so this is a small separate check the engine can absorb later: the
 * prop value must be an environment read with a secret name (`process.env.OPENAI_API_KEY`) or a call of the
 * configured secrets client or sources (`await getSecret('MAPS_KEY')`, see `util/configured-sources.ts`),
 * directly or through a `const` bound to one, and the component must be imported from a relative path that resolves to
 * a file starting with the `"use client"` directive. The importing file itself must not be client code.
 *
 * Reading the imported file: only its first 512 bytes, only for candidates that passed every other check,
 * cached per path and modification time (a bounded map), so an edit adding the directive is seen.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, startsWithUseClient } from '../../util/ast/index.js';
import { judgeEnvName, readEnv } from '../../core/env/index.js';

const EXTENSIONS = ['', '.tsx', '.ts', '.jsx', '.js', '.mjs', '/index.tsx', '/index.ts', '/index.jsx', '/index.js'];
const HEAD_BYTES = 512;
const MAX_CACHE = 2000;

/** Path → [mtimeMs, is "use client"]. A cache of file facts keyed by modification time, bounded. */
const clientFileCache = new Map<string, readonly [number, boolean]>();

function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Resolves a relative import to a file and tells whether it is a `"use client"` module. */
export function isUseClientModule(fromFile: string, specifier: string): boolean {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return false;
  if (!path.isAbsolute(fromFile)) return false;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    let mtime: number;
    try {
      const stat = statSync(candidate);
      if (!stat.isFile()) continue;
      mtime = stat.mtimeMs;
    } catch {
      continue;
    }
    const cached = clientFileCache.get(candidate);
    if (cached && cached[0] === mtime) return cached[1];
    const head = readHead(candidate);
    const isClient = head !== undefined && startsWithUseClient(head);
    if (clientFileCache.size >= MAX_CACHE) clientFileCache.clear();
    clientFileCache.set(candidate, [mtime, isClient]);
    return isClient;
  }
  return false;
}

/** `process.env.NAME` / `import.meta.env.NAME` with a secret, non-public name: the name, else undefined. */
export function secretEnvRead(node: TSESTree.Node): string | undefined {
  const name = readEnv(node)?.name;
  if (name === undefined) return undefined;
  const judged = judgeEnvName(name);
  // A public-prefixed name is in the bundle already: no-secret-env-in-client reports it where it is read.
  return judged.verdict === 'secret' && judged.publicPrefix === undefined ? name : undefined;
}

/** The module specifier a JSX component name is imported from, when it is an import binding. */
export function importSourceOf(
  element: TSESTree.JSXOpeningElement,
  lookup: (id: TSESTree.JSXIdentifier) => TSESTree.Node | undefined,
): string | undefined {
  const name = element.name;
  if (name.type !== AST_NODE_TYPES.JSXIdentifier) return undefined;
  const first = name.name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return undefined;
  const def = lookup(name);
  if (!def) return undefined;
  if (def.type !== AST_NODE_TYPES.ImportSpecifier && def.type !== AST_NODE_TYPES.ImportDefaultSpecifier) return undefined;
  const declaration = def.parent;
  return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : undefined;
}
