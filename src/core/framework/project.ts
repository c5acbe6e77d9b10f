/**
 * Which framework a file belongs to: read from the nearest `package.json` (walking up from the file's
 * directory, stopping at the first one) and the config files next to it.
 *
 * Lookups are memoised per directory in a bounded map held by a resolver. The rule uses one module-level
 * resolver: that is safe under ESLint's worker threads because each worker loads its own copy of this
 * module, and the memo holds only facts read from disk (never rule state, never options), so sharing it
 * across files and rules only saves `fs` calls. Reads are synchronous `existsSync`/`readFileSync`/
 * `readdirSync`; nothing is ever written. The memo is bounded: when full, the oldest directory is dropped.
 * A long-lived editor session keeps what it read until a directory is evicted or the process restarts.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

import { CONFIG_FRAMEWORKS, DEPENDENCY_FRAMEWORKS, FRAMEWORK_IDS, FRAMEWORK_NAMES } from './registry.js';
import type { FrameworkId } from './model.js';

export type { FrameworkId } from './model.js';
export { FRAMEWORK_IDS, FRAMEWORK_NAMES };

/** The file system calls the resolver makes; injectable for tests. */
export interface ProjectFs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string): string[];
}

/** What is known about the package a file belongs to. */
export interface ProjectInfo {
  /** The directory of the nearest package.json, or `undefined` when none was found. */
  root: string | undefined;
  /** The framework that decides client code, by priority (meta-frameworks before bundlers). */
  framework: FrameworkId;
  /** Every framework or bundler found in the dependencies or config files. */
  detected: readonly FrameworkId[];
  /** The root holds an `index.html`: a Vite app whose root is the package, not just `src/`. */
  hasIndexHtml?: boolean;
}

const CONFIG_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

/** Frameworks by priority: the first one found decides. */
const PRIORITY: readonly FrameworkId[] = FRAMEWORK_IDS;

interface PackageJson {
  dependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
  peerDependencies?: Record<string, unknown>;
}

function collectFromPackageJson(text: string, found: Set<FrameworkId>): void {
  let pkg: PackageJson;
  try {
    pkg = JSON.parse(text) as PackageJson;
  } catch {
    return;
  }
  if (pkg === null || typeof pkg !== 'object') return;
  for (const field of [pkg.dependencies, pkg.devDependencies]) {
    if (field === null || typeof field !== 'object') continue;
    for (const dep of Object.keys(field)) {
      const framework = DEPENDENCY_FRAMEWORKS.get(dep);
      if (framework !== undefined) found.add(framework);
    }
  }
}

function collectFromConfigFiles(entries: readonly string[], found: Set<FrameworkId>): boolean {
  let hasIndexHtml = false;
  for (const entry of entries) {
    if (entry === 'index.html') hasIndexHtml = true;
    const ext = nodePath.extname(entry);
    if (!CONFIG_EXTENSIONS.has(ext)) continue;
    const framework = CONFIG_FRAMEWORKS.get(entry.slice(0, -ext.length));
    if (framework !== undefined) found.add(framework);
  }
  return hasIndexHtml;
}

/** Reads a package directory: its package.json dependencies and its config files. */
function readProject(root: string, fs: ProjectFs): ProjectInfo {
  const found = new Set<FrameworkId>();
  try {
    collectFromPackageJson(fs.readFileSync(nodePath.join(root, 'package.json'), 'utf8'), found);
  } catch {
    // unreadable package.json: fall back to config files
  }
  let hasIndexHtml = false;
  try {
    hasIndexHtml = collectFromConfigFiles(fs.readdirSync(root), found);
  } catch {
    // unreadable directory
  }
  const detected = PRIORITY.filter((id) => found.has(id));
  return hasIndexHtml
    ? { root, framework: detected[0] ?? 'node', detected, hasIndexHtml }
    : { root, framework: detected[0] ?? 'node', detected };
}

const NO_PROJECT: ProjectInfo = { root: undefined, framework: 'node', detected: [] };

/** Resolves the project of a directory, memoised per directory. */
export interface ProjectResolver {
  /** The project of the nearest package.json at or above `directory` (an absolute path). */
  resolve(directory: string): ProjectInfo;
  /** Number of directories currently memoised. */
  readonly size: number;
}

/** Default memo bound: plenty for a monorepo's source directories, small in memory. */
export const DEFAULT_CACHE_SIZE = 2000;

/**
 * Creates a resolver with its own bounded memo. `fs` defaults to Node's; tests inject a counting one.
 */
export function createProjectResolver(fs: ProjectFs = nodeFs as unknown as ProjectFs, maxSize = DEFAULT_CACHE_SIZE): ProjectResolver {
  const memo = new Map<string, ProjectInfo>();

  const remember = (dir: string, info: ProjectInfo): void => {
    if (memo.size >= maxSize) {
      const oldest = memo.keys().next();
      if (!oldest.done) memo.delete(oldest.value);
    }
    memo.set(dir, info);
  };

  return {
    get size() {
      return memo.size;
    },
    resolve(directory: string): ProjectInfo {
      const start = nodePath.resolve(directory);
      const cached = memo.get(start);
      if (cached !== undefined) return cached;
      const visited: string[] = [];
      let dir = start;
      let info: ProjectInfo | undefined;
      for (let depth = 0; depth < 64; depth++) {
        const known = memo.get(dir);
        if (known !== undefined) {
          info = known;
          break;
        }
        visited.push(dir);
        if (fs.existsSync(nodePath.join(dir, 'package.json'))) {
          info = readProject(dir, fs);
          break;
        }
        const parent = nodePath.dirname(dir);
        if (parent === dir) break;
        dir = parent;
      }
      const result = info ?? NO_PROJECT;
      for (const seen of visited) remember(seen, result);
      return result;
    },
  };
}

/** The resolver the rule uses: see the module comment for why a shared memo of disk facts is safe. */
export const defaultProjectResolver: ProjectResolver = createProjectResolver();
