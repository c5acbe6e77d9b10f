/**
 * The deploy-time knowledge without ESLint: Serverless and CloudFormation references, GitHub expressions, the
 * shell reader, the repository owner, inline assignments in command lines.
 */
import { describe, expect, it } from 'vitest';
import { findInlineAssignments } from '../../src/core/detect/assignments.js';
import { findExpressions, secretUse } from '../../src/core/deploy/github-expressions.js';
import {
  findDynamicSecretReferences,
  findServerlessVariables,
  isNonSecretField,
  judgeSsmVariable,
  lastPathSegment,
} from '../../src/core/deploy/references.js';
import { ownerFromGitConfig, repositoryOwner, type OwnerFs } from '../../src/core/deploy/repository.js';
import { commandName, isAssignmentOnly, parseShell } from '../../src/core/deploy/shell.js';

describe('Serverless variables', () => {
  it('finds outermost variables with nesting, parameters, fallbacks and the ~true suffix', () => {
    const text = 'x ${ssm:/app/${sls:stage}/db-password, "none"} ${ssm(noDecrypt):/a/b} ${ssm:/c~true} ${self:custom.k}';
    expect(findServerlessVariables(text).map((v) => [v.source, v.parameter, v.address, v.decryptSuffix])).toEqual([
      ['ssm', undefined, '/app/${sls:stage}/db-password', false],
      ['ssm', 'noDecrypt', '/a/b', false],
      ['ssm', undefined, '/c', true],
      ['self', undefined, 'custom.k', false],
    ]);
  });

  it.each([
    ['${ssm:/aws/reference/secretsmanager/prod/db}', 'TABLE', 'secretsManager'],
    ['${ssm:/app/anything~true}', 'TABLE', 'secureParameter'],
    ['${ssm:/app/db-password}', 'DB', 'secureParameter'],
    ['${ssm:/app/db}', 'DB_PASSWORD', 'secureParameter'],
    ['${ssm:/app/table-name}', 'TABLE_NAME', undefined],
    ['${ssm(noDecrypt):/app/db-password}', 'DB_PASSWORD', undefined],
    ['${ssm:/app/${sls:stage}}', 'STAGE', undefined],
    ['${env:DB_PASSWORD}', 'DB_PASSWORD', undefined],
  ])('%s under %s → %s', (text, key, kind) => {
    const [variable] = findServerlessVariables(text);
    expect(variable === undefined ? undefined : judgeSsmVariable(variable, key)?.kind).toBe(kind);
  });

  it('takes the last path segment, not a nested variable', () => {
    expect(lastPathSegment('/app/${sls:stage}/stripe-key')).toBe('stripe-key');
    expect(lastPathSegment('/app/${sls:stage}')).toBeUndefined();
  });

  it('stays linear on unterminated and deeply nested text', () => {
    const text = '${'.repeat(50_000) + '${ssm:'.repeat(10_000);
    const started = performance.now();
    findServerlessVariables(text);
    // A guard against catastrophic (quadratic or worse) behaviour, not a speed target: on a loaded
    // 2-core machine the linear scan of this 160 KB text takes up to ~3 s; quadratic would take minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('CloudFormation dynamic references', () => {
  it('finds secrets manager and ssm-secure references with their JSON field, not plain ssm', () => {
    const text = '{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:db:SecretString:password::}} {{resolve:ssm-secure:/a/b:1}} {{resolve:ssm:/plain}}';
    expect(findDynamicSecretReferences(text).map((r) => [r.name, r.field])).toEqual([
      ['arn:aws:secretsmanager:us-east-1:1:secret:db', 'password'],
      ['/a/b:1', undefined],
    ]);
  });

  it('a non-secret field read into a non-secret name is not a secret', () => {
    expect(isNonSecretField('username', 'DB_USER')).toBe(true);
    expect(isNonSecretField('username', 'DB_PASSWORD')).toBe(false);
    expect(isNonSecretField('password', 'DB_USER')).toBe(false);
    expect(isNonSecretField(undefined, 'DB_USER')).toBe(false);
  });
});

describe('GitHub expressions', () => {
  it('finds expressions and the secrets they read', () => {
    const text = 'a ${{ secrets.NPM_TOKEN }} b ${{ github.sha }} ${{ secrets[\'X\'] || secrets.Y }} ${{ toJSON(secrets) }} ${{ fromJSON(secrets.CREDS).user }}';
    const uses = findExpressions(text).map((e) => secretUse(e.body));
    expect(uses.map((u) => u && [u.names, u.all, u.fromJson, u.exact])).toEqual([
      [['NPM_TOKEN'], false, undefined, 'NPM_TOKEN'],
      undefined,
      [['X', 'Y'], false, undefined, undefined],
      [[], true, undefined, undefined],
      [['CREDS'], false, 'CREDS', undefined],
    ]);
  });

  it('ignores other contexts named like secrets', () => {
    expect(secretUse('github.event.inputs.secrets')).toBeUndefined();
    expect(secretUse('env.secrets_dir')).toBeUndefined();
  });
});

describe('parseShell', () => {
  it('splits pipelines, stages, redirections and substitutions', () => {
    const commands = parseShell('echo "$T" | base64 > out.txt\nX=$(echo "$T" | rev)\necho "a" >> "$GITHUB_OUTPUT" && cat <<EOF | base64\n$T\nEOF\n');
    const summary = commands.map((c) => [commandName(c)?.name, c.stage, c.last, c.depth, c.stdout]);
    expect(summary).toContainEqual(['echo', 0, false, 0, 'inherit']);
    expect(summary).toContainEqual(['base64', 1, true, 0, 'file']);
    expect(summary).toContainEqual(['rev', 1, true, 1, 'inherit']);
    expect(summary).toContainEqual(['echo', 0, true, 0, 'github']);
    const heredoc = commands.find((c) => commandName(c)?.name === 'cat');
    expect(heredoc?.input.map((w) => w.text)).toEqual(['$T\n']);
    expect(commands.some((c) => isAssignmentOnly(c))).toBe(true);
  });

  it('reads quotes, escapes, comments and >&2', () => {
    const commands = parseShell("echo 'a | b' \\| c # not | a pipe\necho x >&2");
    expect(commands.map((c) => [c.words.map((w) => w.text), c.stdout])).toEqual([
      [['echo', "'a | b'", '\\|', 'c'], 'inherit'],
      [['echo', 'x'], 'inherit'],
    ]);
  });

  it('stays linear on deeply nested substitutions', () => {
    const text = '$('.repeat(20_000) + ')'.repeat(20_000);
    const started = performance.now();
    parseShell(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('repositoryOwner', () => {
  const fakeFs = (files: Record<string, string>, dirs: string[]): OwnerFs => ({
    existsSync: (p) => p in files || dirs.includes(p),
    statSync: (p) => ({ isDirectory: () => dirs.includes(p) }),
    readFileSync: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`no ${p}`);
      return text;
    },
  });

  it('reads GITHUB_REPOSITORY first', () => {
    expect(repositoryOwner('/r/.github/workflows/ci.yml', { GITHUB_REPOSITORY: 'Acme/api' }, fakeFs({}, []))).toBe('acme');
  });

  it('reads the origin remote of the nearest git directory, also through a worktree pointer', () => {
    const config = '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/api.git\n[remote "origin"]\n\turl = git@github.com:acme/api.git\n';
    expect(repositoryOwner('/r/.github/workflows/ci.yml', {}, fakeFs({ '/r/.git/config': config }, ['/r/.git']))).toBe('acme');
    const worktree = fakeFs({ '/w/.git': 'gitdir: /r/.git/worktrees/w\n', '/r/.git/worktrees/w/commondir': '../..\n', '/r/.git/config': config }, ['/r/.git']);
    expect(repositoryOwner('/w/.github/workflows/ci.yml', {}, worktree)).toBe('acme');
  });

  it('is unknown without a git directory or a GitHub remote', () => {
    expect(repositoryOwner('/r/ci.yml', {}, fakeFs({}, []))).toBeUndefined();
    expect(ownerFromGitConfig('[remote "origin"]\n\turl = https://gitlab.com/acme/api.git\n')).toBeUndefined();
  });
});

describe('findInlineAssignments', () => {
  it.each([
    ['NPM_TOKEN=abc123 npm publish', [['NPM_TOKEN', 'abc123']]],
    ['export API_KEY="k e y"', [['API_KEY', 'k e y']]],
    ['tool --api-key=xyz --verbose', [['api-key', 'xyz']]],
    ['tool --password hunter --x', [['password', 'hunter']]],
    ['curl -u admin:s3cret https://x', [['password', 's3cret']]],
    ['curl --user admin:s3cret https://x', [['password', 's3cret']]],
    ['docker login --password-stdin -u me', []],
    ['a==b c', []],
  ])('%s', (text, expected) => {
    expect(findInlineAssignments(text).map((a) => [a.name, text.slice(a.start, a.end)])).toEqual(expected);
  });
});
