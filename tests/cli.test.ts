/**
 * The zero-config scan (`npx eslint-plugin-secrets`), run in-process on throwaway folders with no ESLint
 * configuration. The end-to-end run from the packed tarball is in .ci/integration.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, loadParser, main } from '../src/cli/index.js';
import { fakeGithubToken, randomChars } from './helpers/fake-tokens.js';

const token = fakeGithubToken('p', 11);
const password = `${randomChars(20, undefined, 5)}#7`;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function project(files: Record<string, string>, git: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'secrets-cli-'));
  folders.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  if (git) execFileSync('git', ['init', '-q', dir]);
  return dir;
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function scan(cwd: string, args: string[], io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: io.stderr?.isTTY ?? false },
    ...(io.now === undefined ? {} : { now: io.now }),
    ...(io.missingParsers === undefined ? {} : { missingParsers: io.missingParsers }),
  });
  return { status, stdout, stderr };
}

const leaky = {
  'src/client.js': `export const github = new Octokit({ auth: '${token}' });\n`,
  'src/db.ts': `interface Db { password: string }\nexport const db: Db = { password: '${password}' };\n`,
  'src/safe.js': `export const db = { password: process.env.DB_PASSWORD };\n`,
  'build/bundle.js': `const t = '${token}';\n`,
  '.gitignore': 'build/\n',
};

describe('eslint-plugin-secrets (zero-config scan)', () => {
  it('--help shows usage and exits 0', async () => {
    const run = await scan(tmpdir(), ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npx eslint-plugin-secrets \[options\] \[paths\.\.\.\]/u);
    expect(run.stdout).toContain('--sarif FILE');
    expect(run.stdout).toContain('Exit status: 0 when there are no findings, 1 when there are, 2 on a usage error.');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(await scan(tmpdir(), ['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/u],
    [['--sarif'], /--sarif/u],
    [['--sarif', ' '], /--sarif needs a file name/u],
    [['no-such-dir'], /no such file or directory: no-such-dir/u],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const run = await scan(tmpdir(), args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('reports JavaScript and TypeScript findings grouped by rule, skips git-ignored files, exits 1', async () => {
    const dir = project(leaky, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('secrets/no-hardcoded-secrets: 2 findings (Disallow credentials written into source code)');
    expect(lines[1]).toBe('  https://github.com/eslint-plugin-secrets/eslint-plugin-secrets/blob/main/docs/rules/no-hardcoded-secrets.md');
    expect(lines[2]).toMatch(/^ {2}src\/client\.js:1:43 {2}Hard-coded GitHub personal access token \("ghp_…", 40 characters\)\./u);
    expect(lines[3]).toMatch(/^ {2}src\/db\.ts:2:35 {2}Hard-coded password in "password" \("[^"]{4}…", 22 characters\)\./u);
    expect(lines[4]).toBe('');
    expect(lines[5]).toMatch(/^2 findings in 2 files \(3 files scanned in \d+\.\d s\)\.$/u);
    expect(run.stdout).not.toContain('build/bundle.js');
    expect(run.stdout).not.toContain(token);
    expect(run.stdout).not.toContain(password);
    expect(run.stderr).toBe('');
  });

  it('scans a git-ignored file named on the command line', async () => {
    const dir = project(leaky, true);
    const run = await scan(dir, ['build/bundle.js']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('build/bundle.js:1:11');
  });

  it('outside a git work tree, reads the root .gitignore', async () => {
    const dir = project(leaky, false);
    const run = await scan(dir, ['.']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('src/client.js:1:43');
    expect(run.stdout).not.toContain('build/bundle.js');
    expect(run.stdout).toMatch(/2 findings in 2 files \(3 files scanned/u);
  });

  it('exits 0 on a clean tree', async () => {
    const dir = project({ 'index.js': 'export const password = process.env.PASSWORD;\n' }, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No findings \(1 file scanned in \d+\.\d s\)\.\n$/u);
  });

  it('writes SARIF 2.1.0 with relative locations and help links, and without the secret', async () => {
    const dir = project(leaky, true);
    const run = await scan(dir, ['--sarif', 'reports/secrets.sarif', 'src']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('SARIF written to reports/secrets.sarif');
    const text = readFileSync(path.join(dir, 'reports', 'secrets.sarif'), 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(password);
    const sarif = JSON.parse(text) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [sarifRun] = sarif.runs;
    expect(sarifRun?.tool.driver.name).toBe('eslint-plugin-secrets');
    expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toEqual([
      'secrets/no-deploy-time-secrets',
      'secrets/no-hardcoded-secrets',
      'secrets/no-secret-env-in-client',
      'secrets/no-secret-exposure',
      'secrets/no-secret-logging',
      'secrets/no-unsafe-secret-comparison',
    ]);
    expect(sarifRun?.tool.driver.rules[1]?.helpUri).toMatch(/docs\/rules\/no-hardcoded-secrets\.md$/u);
    expect(sarifRun?.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
      ['secrets/no-hardcoded-secrets', 1, 'error', 'src/client.js'],
      ['secrets/no-hardcoded-secrets', 1, 'error', 'src/db.ts'],
    ]);
    expect(sarifRun?.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/client.js', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 43, endLine: 1, endColumn: 85 },
    });
  });

  const components = {
    'src/App.vue': `<template>\n  <Chat api-key="${token}" />\n</template>\n<script setup lang="ts">\nconst n: number = 1;\n</script>\n`,
    'src/routes/+page.svelte': `<script lang="ts">\n  const label: string = 'Password';\n  const key = '${token}';\n</script>\n<p>{label}</p>\n`,
    'src/pages/index.astro': `---\nconst title: string = 'Home';\n---\n<Widget token="${token}" />\n`,
    'src/Safe.vue': `<template>\n  <input type="password" :placeholder="t('password')" v-model="password" />\n</template>\n`,
  };

  it('scans Vue, Svelte and Astro components, script and markup, with TypeScript inside', async () => {
    const dir = project(components, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const found = run.stdout.split('\n').filter((line) => line.startsWith('  src/')).map((line) => line.trim().split(/\s{2}/u)[0]);
    expect(found).toEqual(['src/App.vue:2:17', 'src/pages/index.astro:4:15', 'src/routes/+page.svelte:3:15']);
    expect(run.stdout).toMatch(/3 findings in 3 files \(4 files scanned/u);
    expect(run.stdout).not.toContain(token);
  });

  it('counts components it cannot parse for want of their parser, and names the package', async () => {
    const dir = project(components, true);
    const run = await scan(dir, [], { missingParsers: ['vue-eslint-parser', 'astro-eslint-parser'] });
    expect(run.stdout).toMatch(/1 finding in 1 file \(1 file scanned/u);
    expect(run.stderr).toContain('Skipped 2 Vue components: vue-eslint-parser could not be loaded. Install it in the project, or run: npx -p eslint-plugin-secrets -p vue-eslint-parser eslint-plugin-secrets\n');
    expect(run.stderr).toContain('Skipped 1 Astro component: astro-eslint-parser could not be loaded.');
    expect(run.stderr).not.toContain('Svelte');
  });

  describe('a parser in the project that cannot load without a peer (svelte-eslint-parser without svelte)', () => {
    const files = {
      'src/A.svelte': `<p>{'${token}'}</p>\n`,
      'node_modules/svelte-eslint-parser/package.json': JSON.stringify({ name: 'svelte-eslint-parser', main: 'index.js' }),
      'node_modules/svelte-eslint-parser/index.js': "require('svelte');\n",
      '.gitignore': 'node_modules/\n',
    };

    it('names the missing peer', () => {
      const dir = project(files, false);
      expect(loadParser('svelte-eslint-parser', [path.join(dir, 'package.json')])).toEqual({ missing: 'svelte' });
      expect(loadParser('vue-eslint-parser', [path.join(dir, 'package.json')])).toEqual({ missing: 'vue-eslint-parser' });
    });

    it("falls back to the parser beside this package, and scans the component", async () => {
      const run = await scan(project(files, true), []);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/1 finding in 1 file/u);
    });
  });

  it('lists files it cannot parse on stderr, and they do not count as findings', async () => {
    const dir = project({ 'broken.js': 'export const = ;\n', 'ok.js': 'export const a = 1;\n' }, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^Could not parse 1 file, not scanned:\n {2}broken\.js: Parsing error: /u);
    expect(run.stdout).toMatch(/^No findings \(1 file scanned/u);
  });

  it('scans a file with an /* eslint-env */ comment, which ESLint 10 reports as fatal', async () => {
    const dir = project({ 'a.js': `/* eslint-env node */\nexport const db = { password: '${password}' };\n` }, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/1 finding in 1 file \(1 file scanned/u);
  });

  it("ignores the project's own eslint-disable comments for rules it does not load", async () => {
    const dir = project({ 'a.js': '// eslint-disable-next-line react-hooks/exhaustive-deps\nexport const a = 1;\n' }, true);
    const run = await scan(dir, []);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No findings/u);
  });

  it("does not pass on ESLint's warning about a .eslintignore, which the scan does not read either", async () => {
    const dir = project({ '.eslintignore': 'dist/\n', 'a.js': 'export const a = 1;\n' }, true);
    const warnings: string[] = [];
    const listener = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on('warning', listener);
    try {
      await scan(dir, []);
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).not.toContain('ESLintIgnoreWarning');
  });

  it('shows progress on a terminal and clears it before the report', async () => {
    const dir = project(leaky, true);
    const run = await scan(dir, [], { stderr: { write: () => true, isTTY: true } });
    expect(run.stderr).toContain('\r\u001b[2KScanning: 0/3 files (0%)');
    expect(run.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('off a terminal, shows progress only when the scan runs long', async () => {
    const dir = project(leaky, true);
    expect((await scan(dir, [])).stderr).toBe('');
    let clock = 0;
    const slow = await scan(dir, [], { now: () => (clock += 20_000) });
    expect(slow.stderr).toMatch(/^Scanning: 0\/3 files \(0%\), \d+ s\n$/u);
  });
});
