/**
 * The GitHub owner (user or organisation) of the repository a file belongs to: from `GITHUB_REPOSITORY`
 * (set in GitHub Actions), else from the `origin` remote (or the first github.com remote) in the git config
 * found by walking up from the file. Synchronous reads only, no writes, no network; asked only for workflows
 * that pass `secrets: inherit` to another repository's workflow, so nothing is memoised.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

/** The file system calls made; injectable for tests. */
export interface OwnerFs {
  existsSync(path: string): boolean;
  statSync(path: string): { isDirectory(): boolean };
  readFileSync(path: string, encoding: 'utf8'): string;
}

const MAX_LEVELS = 32;
const OWNER = /^[A-Za-z0-9-]{1,39}$/u;

/** The owner in a GitHub remote URL (`git@github.com:owner/repo.git`, `https://github.com/owner/repo`). */
function githubOwner(url: string): string | undefined {
  const at = url.indexOf('github.com');
  if (at === -1) return undefined;
  let start = at + 'github.com'.length;
  while (url[start] === ':' || url[start] === '/') start++;
  const end = url.indexOf('/', start);
  const owner = end === -1 ? undefined : url.slice(start, end);
  return owner !== undefined && OWNER.test(owner) ? owner : undefined;
}

/** The owner in a git config's remotes: `origin` first, else the first github.com remote. */
export function ownerFromGitConfig(config: string): string | undefined {
  let section = '';
  let first: string | undefined;
  for (const rawLine of config.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('[')) {
      section = line;
      continue;
    }
    if (!section.startsWith('[remote ') || !line.startsWith('url')) continue;
    const owner = githubOwner(line);
    if (owner === undefined) continue;
    if (section === '[remote "origin"]') return owner.toLowerCase();
    first ??= owner.toLowerCase();
  }
  return first;
}

function gitConfigPath(gitPath: string, fs: OwnerFs): string | undefined {
  if (fs.statSync(gitPath).isDirectory()) return nodePath.join(gitPath, 'config');
  // A worktree or submodule: `.git` is a file naming the real git directory.
  const content = fs.readFileSync(gitPath, 'utf8').trim();
  if (!content.startsWith('gitdir:')) return undefined;
  const pointer = (content.split('\n')[0] as string).slice('gitdir:'.length).trim();
  if (pointer === '') return undefined;
  const gitDir = nodePath.resolve(nodePath.dirname(gitPath), pointer);
  const commonDirFile = nodePath.join(gitDir, 'commondir');
  if (fs.existsSync(commonDirFile)) {
    return nodePath.join(nodePath.resolve(gitDir, fs.readFileSync(commonDirFile, 'utf8').trim()), 'config');
  }
  return nodePath.join(gitDir, 'config');
}

/**
 * The lower-case owner of the repository holding `filename`, or `undefined` when it cannot be told (no git
 * directory, no GitHub remote). `env` defaults to `process.env`.
 */
export function repositoryOwner(
  filename: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  fs: OwnerFs = nodeFs,
): string | undefined {
  const fromEnv = env['GITHUB_REPOSITORY'];
  if (fromEnv !== undefined && fromEnv.includes('/')) return (fromEnv.split('/')[0] as string).toLowerCase();
  if (!nodePath.isAbsolute(filename)) return undefined;
  try {
    let dir = nodePath.dirname(filename);
    for (let level = 0; level < MAX_LEVELS; level++) {
      const gitPath = nodePath.join(dir, '.git');
      if (fs.existsSync(gitPath)) {
        const configPath = gitConfigPath(gitPath, fs);
        if (configPath === undefined || !fs.existsSync(configPath)) return undefined;
        return ownerFromGitConfig(fs.readFileSync(configPath, 'utf8'));
      }
      const parent = nodePath.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  } catch {
    // unreadable: unknown
  }
  return undefined;
}
