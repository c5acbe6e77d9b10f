/**
 * Which framework a file belongs to: read from the nearest `package.json` (walking up from the file's
 * directory, stopping at the first one) and the config files next to it. A monorepo package that names no
 * framework (and no server framework) takes the meta-framework of its workspace root (a package.json with
 * `workspaces`, or `pnpm-workspace.yaml`, `lerna.json`, `nx.json`, `turbo.json`, `rush.json`).
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

import { CONFIG_FRAMEWORKS, DEPENDENCY_FRAMEWORKS, FRAMEWORK_IDS, FRAMEWORK_NAMES, frameworkModel } from './registry.js';
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
  /**
   * The workspace root whose dependencies named the framework, when the package itself names none
   * (a monorepo that declares `next` only at its root).
   */
  workspaceRoot?: string;
}

const CONFIG_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

/** Frameworks by priority: the first one found decides. */
const PRIORITY: readonly FrameworkId[] = FRAMEWORK_IDS;

interface PackageJson {
  dependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
  peerDependencies?: Record<string, unknown>;
  workspaces?: unknown;
}

/** Server frameworks: a workspace package that depends on one is a back end, whatever the root uses. */
const SERVER_FRAMEWORK_DEPENDENCIES = new Set(['express', 'fastify', 'koa', 'hono', '@nestjs/core', '@hapi/hapi', '@adonisjs/core', 'restify']);

/** Files that mark the root of a monorepo besides a package.json with `workspaces`. */
const WORKSPACE_MARKERS = ['pnpm-workspace.yaml', 'lerna.json', 'nx.json', 'turbo.json', 'rush.json'];

function parsePackageJson(text: string): PackageJson | undefined {
  try {
    const pkg = JSON.parse(text) as unknown;
    return pkg !== null && typeof pkg === 'object' ? pkg : undefined;
  } catch {
    return undefined;
  }
}

function collectFromPackageJson(pkg: PackageJson | undefined, found: Set<FrameworkId>): void {
  if (pkg === undefined) return;
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
function readPackageJson(root: string, fs: ProjectFs): PackageJson | undefined {
  try {
    return parsePackageJson(fs.readFileSync(nodePath.join(root, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function dependsOnServerFramework(pkg: PackageJson | undefined): boolean {
  if (pkg === undefined) return false;
  for (const field of [pkg.dependencies, pkg.devDependencies]) {
    if (field === null || typeof field !== 'object') continue;
    for (const dep of Object.keys(field)) if (SERVER_FRAMEWORK_DEPENDENCIES.has(dep)) return true;
  }
  return false;
}

function readProject(root: string, fs: ProjectFs): ProjectInfo & { serverPackage: boolean } {
  const found = new Set<FrameworkId>();
  const pkg = readPackageJson(root, fs);
  collectFromPackageJson(pkg, found);
  let hasIndexHtml = false;
  try {
    hasIndexHtml = collectFromConfigFiles(fs.readdirSync(root), found);
  } catch {
    // unreadable directory
  }
  const detected = PRIORITY.filter((id) => found.has(id));
  const serverPackage = dependsOnServerFramework(pkg);
  return hasIndexHtml
    ? { root, framework: detected[0] ?? 'node', detected, hasIndexHtml, serverPackage }
    : { root, framework: detected[0] ?? 'node', detected, serverPackage };
}

const NO_PROJECT: ProjectInfo = { root: undefined, framework: 'node', detected: [] };

/** True for a monorepo root: a package.json with `workspaces`, or a workspace tool's file. */
function isWorkspaceRoot(dir: string, fs: ProjectFs): boolean {
  for (const marker of WORKSPACE_MARKERS) if (fs.existsSync(nodePath.join(dir, marker))) return true;
  if (!fs.existsSync(nodePath.join(dir, 'package.json'))) return false;
  return readPackageJson(dir, fs)?.workspaces !== undefined;
}

/**
 * A package of a monorepo that names no framework of its own takes the meta-framework its workspace root
 * depends on (`next` declared only at the root). Only meta-frameworks whose conventions place files by
 * their own directories (`app/`, `pages/`, `src/routes/`) are inherited: a bundler at the root (`vite`
 * for the tests) would turn a sibling API package's `src/` into browser code.
 */
function inheritFromWorkspace(read: ProjectInfo & { serverPackage: boolean }, fs: ProjectFs): ProjectInfo {
  const { serverPackage, ...info } = read;
  if (info.root === undefined || info.detected.length > 0 || serverPackage) return info;
  let dir = nodePath.dirname(info.root);
  for (let depth = 0; depth < 64; depth++) {
    if (isWorkspaceRoot(dir, fs)) {
      const found = new Set<FrameworkId>();
      collectFromPackageJson(readPackageJson(dir, fs), found);
      try {
        collectFromConfigFiles(fs.readdirSync(dir), found);
      } catch {
        // unreadable directory
      }
      const inherited = PRIORITY.filter((id) => found.has(id) && frameworkModel(id).inheritedByWorkspacePackages === true);
      if (inherited.length === 0) return info;
      return { ...info, framework: inherited[0] as FrameworkId, detected: inherited, workspaceRoot: dir };
    }
    const parent = nodePath.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return info;
}

/** Resolves the project of a directory, memoised per directory. */
export interface ProjectResolver {
  /** The project of the nearest package.json at or above `directory` (an absolute path). */
  resolve(directory: string): ProjectInfo;
  /** Number of directories currently memoised. */
  readonly size: number;
}

/** Default memo bound: plenty for a monorepo's source directories, small in memory. */
const DEFAULT_CACHE_SIZE = 2000;

/**
 * Creates a resolver with its own bounded memo. `fs` defaults to Node's; tests inject a counting one.
 */
export function createProjectResolver(fs: ProjectFs = nodeFs, maxSize = DEFAULT_CACHE_SIZE): ProjectResolver {
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
          info = inheritFromWorkspace(readProject(dir, fs), fs);
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
