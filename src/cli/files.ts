/**
 * Which files the zero-config scan lints: the files git would commit (tracked, and untracked but not
 * ignored, which honours every `.gitignore` of the tree, `.git/info/exclude` and the global excludes),
 * or, outside a git work tree, ESLint's own file search with the root `.gitignore` as ignore patterns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Extensions the scan lints with ESLint's default parser (JSX enabled). */
export const JS_EXTENSIONS: readonly string[] = ['.js', '.mjs', '.cjs', '.jsx'];
/** Extensions the scan lints with @typescript-eslint/parser, when it can be loaded. */
export const TS_EXTENSIONS: readonly string[] = ['.ts', '.mts', '.cts', '.tsx'];

/**
 * Component formats the scan lints when the format's parser can be loaded from the project (or from beside
 * this package): the parser's package, and the extension it parses.
 */
export const MARKUP_FORMATS: readonly { extension: string; parser: string; name: string }[] = [
  { extension: '.vue', parser: 'vue-eslint-parser', name: 'Vue' },
  { extension: '.svelte', parser: 'svelte-eslint-parser', name: 'Svelte' },
  { extension: '.astro', parser: 'astro-eslint-parser', name: 'Astro' },
];

/** Glob patterns for ESLint's `files` matching the given extensions. */
export function globsFor(extensions: readonly string[]): string[] {
  return extensions.map((extension) => `**/*${extension}`);
}

export type FileSelection =
  | {
      /** Files listed by `git ls-files`, relative to the working directory, that exist. */
      kind: 'git';
      files: string[];
    }
  | {
      /** Not in a git work tree: ESLint searches `paths` itself. */
      kind: 'search';
      paths: string[];
      /** The `.gitignore` of the working directory, when there is one. */
      gitignore: string | undefined;
    };

/**
 * Lists the files under `paths` (relative to `cwd`) that git tracks or would track. Explicitly named files
 * are kept even when ignored: naming a file is asking for it. Returns a `search` selection when git is
 * missing or `cwd` is not inside a work tree.
 */
export function selectFiles(cwd: string, paths: readonly string[]): FileSelection {
  const explicitFiles = paths.filter((p) => statSync(path.resolve(cwd, p)).isFile());
  const directories = paths.filter((p) => !explicitFiles.includes(p));
  const listed = directories.length > 0 ? gitListFiles(cwd, directories) : [];
  if (listed === undefined) {
    const gitignore = path.join(cwd, '.gitignore');
    return { kind: 'search', paths: [...paths], gitignore: existsSync(gitignore) ? gitignore : undefined };
  }
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of [...explicitFiles.map((f) => path.normalize(f)), ...listed]) {
    if (seen.has(file)) continue;
    seen.add(file);
    // The index may still list a file deleted from the work tree; a submodule is listed as a directory.
    const absolute = path.resolve(cwd, file);
    if (existsSync(absolute) && statSync(absolute).isFile()) files.push(file);
  }
  return { kind: 'git', files };
}

/** `git ls-files` over `paths`, or `undefined` when git is unavailable or a path is outside a work tree. */
function gitListFiles(cwd: string, paths: readonly string[]): string[] | undefined {
  const result = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (result.error !== undefined || result.status !== 0) return undefined;
  return result.stdout
    .split('\0')
    .filter((file) => file.length > 0)
    .map((file) => path.normalize(file));
}

/** The lower-cased extension of a path, with its dot. */
export function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}
