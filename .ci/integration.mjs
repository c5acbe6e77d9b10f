#!/usr/bin/env node
// Integration: `npm pack` the plugin, check the tarball (publint, are-the-types-wrong, npm publish --dry-run),
// install it into throwaway projects with ESLint 9 and with ESLint 10, and lint a sample through real config
// files (eslint.config.js, .cjs and .ts), as a user would; SARIF of the examples through the README's CI
// command; the zero-config scan (`npx eslint-plugin-secrets`) in a project with no ESLint config; and
// `eslint --fix` with `secretsClient` over a small Next.js, Vite, SvelteKit and Nuxt app: only server files
// are rewritten, every file still parses and compiles, and a second pass changes nothing.
// The samples' fake credentials are built here at run time, never stored in the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'secrets-integration-'));
let failures = 0;
let passes = 0;

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function check(name, fn) {
  try {
    fn();
    passes++;
    console.log(`  ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`  FAIL ${name}\n${String(error?.stderr || error?.stdout || error?.message || error).slice(0, 4000)}`);
  }
}

function randomFrom(alphabet, length, seed) {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const password = randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 24, 7) + '#9';

const samples = {
  'src/leak.js': `export const db = { host: 'db.internal', user: 'app', password: '${password}' };\n`,
  'src/leak.ts': `interface Db { password: string }\nexport const db: Db = { password: '${password}' };\n`,
  'src/safe.js': `export const db = { host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD };\n`,
};

const configs = {
  'eslint.config.js': `import secrets from 'eslint-plugin-secrets';
import tsParser from '@typescript-eslint/parser';

export default [
  secrets.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
];
`,
  'eslint.config.cjs': `const secrets = require('eslint-plugin-secrets');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  secrets.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
];
`,
  'eslint.config.ts': `import { defineConfig } from 'eslint/config';
import tsParser from '@typescript-eslint/parser';
import secrets from 'eslint-plugin-secrets';

const version: string = secrets.meta.version;

export default defineConfig([
  secrets.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { rules: { 'secrets/no-hardcoded-secrets': ['error', { secretsClient: { importFrom: './secrets', importName: 'getSecret' } }] } },
  { name: 'version ' + version },
]);
`,
};

/** Runs a command that may exit non-zero; returns its status and output. */
/** ESLint's JSON report of `args` run in `cwd`: exit 1 means findings; any other failure throws. */
function eslintJson(args, cwd) {
  try {
    return run('npx', ['--no-install', 'eslint', '--format', 'json', ...args], cwd);
  } catch (error) {
    if (error.status !== 1) throw error;
    return error.stdout;
  }
}

function runStatus(cmd, args, cwd, env = {}) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** npm's own warnings in an install's output (`npm warn …`): a user's install must have none. */
function npmWarnings(output) {
  return output.split('\n').filter((line) => /^npm (?:warn|WARN)/u.test(line));
}

console.log(`Packing ${root}`);
run('npm', ['pack', '--pack-destination', work, '--silent'], root);
const tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));

// The tarball as it would be published: packaging lint, type resolution in every mode, npm's own checks.
check('publint: the packed tarball has no problems (warnings count)', () => {
  const output = run('npx', ['--no-install', 'publint', 'run', tarball, '--strict'], root);
  if (!output.includes('All good!')) throw new Error(output);
});
check('are-the-types-wrong: types resolve in node10, node16 (CJS and ESM) and bundler', () =>
  run('npx', ['--no-install', 'attw', tarball], root),
);
check('npm publish --dry-run: no corrections to package.json, dist/ and the bin in the tarball', () => {
  // prepack already ran for `npm pack`; the dry run checks the manifest and contents.
  const { status, stdout, stderr } = runStatus('npm', ['publish', '--dry-run', '--ignore-scripts'], root);
  const output = stdout + stderr;
  if (status !== 0) throw new Error(output);
  const warnings = npmWarnings(output).filter((line) => !line.includes('requires you to be logged in'));
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js', 'LICENSE', 'CHANGELOG.md', 'README.md']) {
    if (!output.includes(` ${file}\n`)) throw new Error(`${file} is not in the tarball:\n${output}`);
  }
});

// The secrets of the examples, for checks that an output holds none of them: filled from ESLint's JSON
// output (which does hold them, in each file's `source`) by the ESLint 10 project below.
let exampleSecrets = [];

// The peer range's floor (9.15.0 is the first ESLint that merges meta.defaultOptions, which the rules rely on,
// and it predates TypeScript config files and eslint/config's defineConfig), the newest 9 and the newest 10.
const matrix = [
  { eslintVersion: '9.15.0', spec: '9.15.0', tsConfig: false, sarif: false },
  { eslintVersion: '9', spec: '^9', tsConfig: true, sarif: false },
  { eslintVersion: '10', spec: '^10', tsConfig: true, sarif: true },
];

for (const { eslintVersion, spec, tsConfig, sarif } of matrix) {
  const project = path.join(work, `eslint-${eslintVersion}`);
  mkdirSync(path.join(project, 'src'), { recursive: true });
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: `integration-eslint-${eslintVersion}`, private: true, type: 'module' }, null, 2),
  );
  for (const [file, text] of Object.entries({ ...samples, ...configs })) writeFileSync(path.join(project, file), text);
  console.log(`ESLint ${eslintVersion}: installing the packed plugin`);
  check(`eslint ${eslintVersion}: npm install`, () =>
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--silent',
        tarball,
        `eslint@${spec}`,
        '@typescript-eslint/parser@^8.72.0',
        'jiti@^2',
        'typescript@~6.0.3',
        ...(sarif ? ['@microsoft/eslint-formatter-sarif@^3'] : []),
      ],
      project,
    ),
  );

  const configFiles = Object.keys(configs).filter((c) => tsConfig || !c.endsWith('.ts'));
  for (const config of configFiles) {
    check(`eslint ${eslintVersion}: ${config} reports the leaks, and no message holds the secret`, () => {
      const output = eslintJson(['--config', config, 'src'], project);
      const results = JSON.parse(output);
      const byFile = Object.fromEntries(results.map((r) => [path.relative(project, r.filePath), r.messages]));
      for (const file of ['src/leak.js', 'src/leak.ts']) {
        const found = (byFile[file] ?? []).filter((m) => m.ruleId === 'secrets/no-hardcoded-secrets');
        if (found.length !== 1) throw new Error(`${file}: expected one finding, got ${JSON.stringify(byFile[file])}`);
      }
      if ((byFile['src/safe.js'] ?? []).length !== 0) throw new Error(`src/safe.js: ${JSON.stringify(byFile['src/safe.js'])}`);
      // The JSON formatter includes each file's source; the messages are what CI logs show.
      if (JSON.stringify(results.map((r) => r.messages)).includes(password)) throw new Error('a message contains the secret');
    });
  }

  if (tsConfig) check(`eslint ${eslintVersion}: eslint.config.ts type-checks against the plugin's type definitions`, () =>
    run(
      'npx',
      ['--no-install', 'tsc', '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'eslint.config.ts'],
      project,
    ),
  );

  check(`eslint ${eslintVersion}: --fix with secretsClient rewrites the value and a second pass changes nothing`, () => {
    writeFileSync(
      path.join(project, 'eslint.config.fix.cjs'),
      `const secrets = require('eslint-plugin-secrets');\nconst tsParser = require('@typescript-eslint/parser');\nmodule.exports = [\n  secrets.configs.recommended,\n  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },\n  { rules: { 'secrets/no-hardcoded-secrets': ['error', { secretsClient: { importFrom: './secrets', importName: 'getSecret' } }] } },\n];\n`,
    );
    const fixDir = path.join(project, 'fix');
    mkdirSync(fixDir, { recursive: true });
    const file = path.join(fixDir, 'client.ts');
    writeFileSync(file, `export async function connect() {\n  return { password: '${password}' };\n}\n`);
    const fix = () => {
      try {
        run('npx', ['--no-install', 'eslint', '--config', 'eslint.config.fix.cjs', '--fix', 'fix'], project);
      } catch (error) {
        if (error.status !== 1) throw error;
      }
    };
    fix();
    const once = run('cat', [file], project);
    fix();
    const twice = run('cat', [file], project);
    if (!once.includes("await getSecret(") || once.includes(password)) throw new Error(`not rewritten:\n${once}`);
    if ((once.match(/import \{ getSecret \}/g) ?? []).length !== 1) throw new Error(`import not added once:\n${once}`);
    if (once !== twice) throw new Error('the second --fix changed the file');
  });

  check(`eslint ${eslintVersion}: bad options stop linting with the rule, the option and what is allowed`, () => {
    const cases = [
      [{ 'secrets/no-secret-env-in-client': ['error', { framework: 'angular' }] }, `Error while loading rule 'secrets/no-secret-env-in-client': option \`framework\` is "angular"; it must be one of "auto", "next",`],
      [{ 'secrets/no-hardcoded-secrets': ['error', { customDetectors: [{ id: 'acme', pattern: '(a+)+$' }] }] }, `Error while loading rule 'secrets/no-hardcoded-secrets': option \`customDetectors[0].pattern\` ("(a+)+$") can take exponential time to match`],
      [{ 'secrets/no-hardcoded-secrets': ['error', { ignoreValues: [''] }] }, `Error while loading rule 'secrets/no-hardcoded-secrets': option \`ignoreValues[0]\` is an empty pattern`],
    ];
    for (const [rules, expected] of cases) {
      writeFileSync(
        path.join(project, 'eslint.config.bad.cjs'),
        `const secrets = require('eslint-plugin-secrets');\nmodule.exports = [secrets.configs.recommended, { rules: ${JSON.stringify(rules)} }];\n`,
      );
      const { status, stdout, stderr } = runStatus('npx', ['--no-install', 'eslint', '--config', 'eslint.config.bad.cjs', 'src/safe.js'], project);
      if (status !== 2 || !(stdout + stderr).includes(expected)) throw new Error(`exit ${status}, expected ${expected}\n${stdout}${stderr}`);
    }
  });

  if (sarif) checkSarif(project);
}

/** The README's "Use in CI" command over a copy of the examples: SARIF carries no secret, `-f json` does. */
function checkSarif(project) {
  cpSync(path.join(root, 'examples'), path.join(project, 'examples'), { recursive: true });
  writeFileSync(
    path.join(project, 'eslint.config.examples.js'),
    `import secrets from 'eslint-plugin-secrets';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  secrets.configs.recommended,
];
`,
  );
  const eslint = (...args) => {
    const { status, stdout, stderr } = runStatus('npx', ['--no-install', 'eslint', '--config', 'eslint.config.examples.js', ...args, 'examples'], project);
    if (status !== 1) throw new Error(`eslint exited ${status}:\n${stdout}${stderr}`);
  };
  check('eslint 10: -f json of the examples holds their secrets (each file\'s source), which we collect', () => {
    eslint('-f', 'json', '-o', 'eslint.json');
    const results = JSON.parse(readFileSync(path.join(project, 'eslint.json'), 'utf8'));
    const secrets = new Set();
    for (const result of results) {
      const lines = (result.source ?? '').split('\n');
      for (const m of result.messages) {
        if (m.ruleId !== 'secrets/no-hardcoded-secrets' || m.line !== m.endLine) continue;
        const text = lines[m.line - 1].slice(m.column - 1, m.endColumn - 1).replace(/^['"`]|['"`]$/gu, '');
        if (text.length >= 12) secrets.add(text);
      }
    }
    exampleSecrets = [...secrets];
    if (exampleSecrets.length < 8) throw new Error(`only ${exampleSecrets.length} secrets collected: ${exampleSecrets.length}`);
    const json = readFileSync(path.join(project, 'eslint.json'), 'utf8');
    const inJson = exampleSecrets.filter((secret) => json.includes(secret));
    if (inJson.length !== exampleSecrets.length) throw new Error('the JSON output no longer holds the sources: update the README warning');
  });
  check('eslint 10: SARIF (@microsoft/eslint-formatter-sarif) of the examples has every finding and no secret', () => {
    eslint('-f', '@microsoft/eslint-formatter-sarif', '-o', 'eslint.sarif');
    const text = readFileSync(path.join(project, 'eslint.sarif'), 'utf8');
    const leaked = exampleSecrets.filter((secret) => text.includes(secret));
    if (leaked.length > 0) throw new Error(`SARIF holds ${leaked.length} of the examples' secrets`);
    const sarifLog = JSON.parse(text);
    const results = sarifLog.runs[0].results;
    const json = JSON.parse(readFileSync(path.join(project, 'eslint.json'), 'utf8'));
    const expected = json.reduce((n, r) => n + r.messages.length, 0);
    if (results.length !== expected) throw new Error(`SARIF has ${results.length} results, ESLint found ${expected}`);
    const rules = sarifLog.runs[0].tool.driver.rules;
    if (!rules.every((rule) => rule.helpUri?.startsWith('https://github.com/eslint-plugin-secrets/'))) throw new Error(JSON.stringify(rules));
  });
}

/** The version range of one of this package's devDependencies, so throwaway projects install what the tests use. */
const devDependency = (name) => JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies[name];

// The zero-config scan: a project with no ESLint config and, at first, no TypeScript parser.
{
  const project = path.join(work, 'zero-config');
  mkdirSync(path.join(project, 'ignored'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'zero-config-scan', private: true }, null, 2));
  cpSync(path.join(root, 'examples'), path.join(project, 'examples'), { recursive: true });
  writeFileSync(path.join(project, 'ignored', 'leak.js'), samples['src/leak.js']);
  writeFileSync(path.join(project, '.gitignore'), 'node_modules/\nignored/\n*.sarif\n');
  run('git', ['init', '-q', '.'], project);

  // What the demo finds in examples/, by rule: the scan must find the same.
  const demo = run('node', ['scripts/demo.mjs'], root);
  // The scan lints code and components (once their parsers are installed below); the demo also lints YAML and
  // JSON: count the demo's findings in code and component files, from its stylish report (a file's path, then
  // one line per finding ending in the rule id).
  const demoByRule = {};
  let demoFile = '';
  for (const line of demo.split('\n')) {
    if (line.startsWith('/')) demoFile = line.trim();
    const rule = /\s(secrets\/[\w-]+)$/u.exec(line)?.[1];
    if (rule === undefined || !/^\s+\d+:\d+\s/u.test(line) || /\.(?:ya?ml|json[c5]?)$/u.test(demoFile)) continue;
    demoByRule[rule] = (demoByRule[rule] ?? 0) + 1;
  }
  const demoTotal = Object.values(demoByRule).reduce((a, b) => a + b, 0);
  const sortedKeys = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));

  /** `file:line:col  message` rows of the scan's report, by rule. */
  const parseReport = (stdout) => {
    const byRule = {};
    let rule;
    for (const line of stdout.split('\n')) {
      const heading = /^(secrets\/[\w-]+): \d+ findings?/u.exec(line);
      if (heading) rule = heading[1];
      else if (rule && /^ {2}\S+:\d+:\d+ {2}/u.test(line)) (byRule[rule] ??= []).push(line.trim().split(/:\d+:\d+ {2}/u)[0]);
    }
    return byRule;
  };
  const scan = (...args) => runStatus('npx', ['--no-install', 'eslint-plugin-secrets', ...args], project);

  check('zero-config: npm install of the tarball alone (ESLint comes as its peer) prints no warning', () => {
    const { status, stdout, stderr } = runStatus('npm', ['install', '--no-audit', '--no-fund', tarball], project);
    if (status !== 0) throw new Error(stdout + stderr);
    const warnings = npmWarnings(stdout + stderr);
    if (warnings.length > 0) throw new Error(warnings.join('\n'));
  });
  check('zero-config: without @typescript-eslint/parser, scans the JavaScript files and says what it skipped', () => {
    const { status, stdout, stderr } = scan('examples');
    if (status !== 1) throw new Error(`exit ${status}\n${stdout}${stderr}`);
    if (!/^Skipped \d+ TypeScript files: @typescript-eslint\/parser could not be loaded/mu.test(stderr)) throw new Error(stderr);
    for (const [name, parser] of [['Vue', 'vue-eslint-parser'], ['Svelte', 'svelte-eslint-parser'], ['Astro', 'astro-eslint-parser']]) {
      if (!new RegExp(`^Skipped \\d+ ${name} components?: ${parser} could not be loaded`, 'mu').test(stderr)) throw new Error(stderr);
    }
    const files = Object.values(parseReport(stdout)).flat();
    if (files.length === 0 || files.some((file) => /\.(?:[cm]?tsx?|vue|svelte|astro)$/u.test(file))) throw new Error(stdout);
  });
  // svelte-eslint-parser loads only next to svelte (an optional peer, there in every Svelte project).
  check('zero-config: npm install of @typescript-eslint/parser, typescript and the component parsers', () =>
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--silent',
        `@typescript-eslint/parser@${devDependency('@typescript-eslint/parser')}`,
        `typescript@${devDependency('typescript')}`,
        `vue-eslint-parser@${devDependency('vue-eslint-parser')}`,
        // svelte-eslint-parser's peer `svelte` is optional to npm, yet the parser cannot load without it
        `svelte-eslint-parser@${devDependency('svelte-eslint-parser')}`,
        `svelte@${devDependency('svelte')}`,
        `astro-eslint-parser@${devDependency('astro-eslint-parser')}`,
      ],
      project,
    ),
  );
  check("zero-config: `npx eslint-plugin-secrets .` finds the demo's leaks, skips .gitignore'd files, exits 1, prints no secret", () => {
    const { status, stdout, stderr } = scan('--sarif', 'secrets.sarif', '.');
    if (status !== 1) throw new Error(`exit ${status}\n${stdout}${stderr}`);
    const byRule = parseReport(stdout);
    const counts = Object.fromEntries(Object.entries(byRule).map(([rule, rows]) => [rule, rows.length]));
    if (JSON.stringify(sortedKeys(counts)) !== JSON.stringify(sortedKeys(demoByRule))) throw new Error(`scan ${JSON.stringify(counts)}, demo ${JSON.stringify(demoByRule)}`);
    const files = new Set(Object.values(byRule).flat());
    if (files.size === 0 || [...files].some((file) => !file.includes('leaky'))) throw new Error(`findings outside leaky files:\n${stdout}`);
    if (!stdout.includes(`${demoTotal} findings in ${files.size} files`)) throw new Error(stdout);
    if (stdout.includes('ignored/leak.js')) throw new Error('a .gitignore\'d file was scanned');
    const sarifText = readFileSync(path.join(project, 'secrets.sarif'), 'utf8');
    for (const [where, text] of [['output', stdout + stderr], ['SARIF', sarifText]]) {
      const leaked = [...exampleSecrets, password].filter((secret) => text.includes(secret));
      if (leaked.length > 0) throw new Error(`the ${where} holds ${leaked.length} secrets`);
    }
    if (JSON.parse(sarifText).runs[0].results.length !== demoTotal) throw new Error('SARIF results differ from the report');
  });
  check('zero-config: exits 0 on a clean file and 2 on a usage error', () => {
    const clean = scan('examples/node-service/src/safe-hardcoded-config.ts');
    if (clean.status !== 0 || !clean.stdout.startsWith('No findings')) throw new Error(clean.stdout + clean.stderr);
    const usage = scan('--no-such-option');
    if (usage.status !== 2) throw new Error(`exit ${usage.status}`);
  });
}

// Without the optional parsers: configs.all lints code only, configs.yaml says what to install.
for (const { eslintVersion } of matrix) {
  const project = path.join(work, `eslint-${eslintVersion}`);
  check(`eslint ${eslintVersion}: without the optional parsers, configs.all lints code and configs.yaml says what to install`, () => {
    writeFileSync(path.join(project, 'eslint.config.all.cjs'), `const secrets = require('eslint-plugin-secrets');\nmodule.exports = [...secrets.configs.all];\n`);
    const output = eslintJson(['--config', 'eslint.config.all.cjs', 'src/leak.js', 'src/safe.js'], project);
    const found = JSON.parse(output).flatMap((r) => r.messages.map((m) => m.ruleId));
    if (found.length !== 1 || found[0] !== 'secrets/no-hardcoded-secrets') throw new Error(`expected one finding, got ${JSON.stringify(found)}`);
    writeFileSync(path.join(project, 'eslint.config.yaml.cjs'), `const secrets = require('eslint-plugin-secrets');\nmodule.exports = [...secrets.configs.yaml];\n`);
    try {
      run('npx', ['--no-install', 'eslint', '--config', 'eslint.config.yaml.cjs', 'src'], project);
      throw new Error('configs.yaml loaded without yaml-eslint-parser');
    } catch (error) {
      const text = String(error.stderr ?? '') + String(error.stdout ?? '');
      if (!text.includes('configs.yaml needs yaml-eslint-parser')) throw new Error(`unclear error: ${text.slice(0, 2000)}`);
    }
  });
}

// With the optional parsers: YAML and JSON files through configs.all, at the peer range's floor and its newest.
const token = randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 32, 11);
const configSamples = {
  '.github/workflows/release.yml': 'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish --token ${{ secrets.NPM_TOKEN }}\n',
  'serverless.yml': 'service: api\nprovider:\n  name: aws\n  environment:\n    DB_PASSWORD: ${ssm:/aws/reference/secretsmanager/prod/db}\n    TABLE_NAME: ${ssm:/api/table-name}\n',
  'docker-compose.yml': `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${password}\n      POSTGRES_USER: app\n`,
  'config/production.json': JSON.stringify({ database: { host: 'db.internal', password } }, null, 2),
  '.vscode/settings.json': `{\n  // connections\n  "sqltools.connections": [{ "name": "db", "password": "${password}" }]\n}\n`,
  'package.json': JSON.stringify({ name: 'integration-config-files', private: true, type: 'module', scripts: { release: `NPM_TOKEN=${token} npm publish` } }, null, 2),
  'eslint.config.js': `import secrets from 'eslint-plugin-secrets';\nexport default [...secrets.configs.all];\n`,
};
const expected = {
  '.github/workflows/release.yml': ['secrets/no-deploy-time-secrets'],
  'serverless.yml': ['secrets/no-deploy-time-secrets'],
  'docker-compose.yml': ['secrets/no-hardcoded-secrets'],
  'config/production.json': ['secrets/no-hardcoded-secrets'],
  '.vscode/settings.json': ['secrets/no-hardcoded-secrets'],
  'package.json': ['secrets/no-hardcoded-secrets'],
};
for (const { label, packages } of [
  { label: 'eslint 9.15.0 with yaml-eslint-parser 1 and @eslint/json 1', packages: ['eslint@9.15.0', 'yaml-eslint-parser@^1.2.0', '@eslint/json@^1.0.0'] },
  { label: 'eslint 10 with yaml-eslint-parser 2 and @eslint/json 2', packages: ['eslint@^10', 'yaml-eslint-parser@^2.0.0', '@eslint/json@^2.0.0'] },
]) {
  const project = path.join(work, label.replace(/[^a-z0-9]+/giu, '-'));
  for (const [file, text] of Object.entries(configSamples)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  check(`${label}: npm install`, () => run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball, ...packages], project));
  check(`${label}: configs.all reports YAML and JSON findings, and no message holds a secret`, () => {
    const output = eslintJson(['.'], project);
    const results = JSON.parse(output);
    const byFile = Object.fromEntries(results.map((r) => [path.relative(project, r.filePath), r.messages]));
    for (const [file, rules] of Object.entries(expected)) {
      const got = (byFile[file] ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
      if (JSON.stringify(got) !== JSON.stringify(rules)) throw new Error(`${file}: expected ${JSON.stringify(rules)}, got ${JSON.stringify(got)}`);
    }
    const messages = JSON.stringify(results.map((r) => r.messages));
    if (messages.includes(password) || messages.includes(token)) throw new Error('a message contains the secret');
  });
}

// ——— `eslint --fix` with secretsClient over four framework apps ———
// The parsers for components and the compilers that check the result come from this repository's
// devDependencies (svelte-eslint-parser and vue-eslint-parser are optional peers of the plugin).
const rootRequire = createRequire(path.join(root, 'package.json'));
const key = (seed) => randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 24, seed);

/** Each app: its package.json dependencies, and files that must (server) or must not (client, shared) be rewritten. */
const apps = {
  next: {
    dependencies: { next: '15.0.0', react: '19.0.0' },
    server: {
      'app/api/checkout/route.ts': `import Stripe from 'stripe';\n\nexport async function POST(request: Request): Promise<Response> {\n  const client = new Stripe('${key(11)}');\n  return Response.json(await client.balance.retrieve());\n}\n`,
      'app/dashboard/page.tsx': `export default async function Page() {\n  const res = await fetch('https://api.example.dev/stats', { headers: { 'x-api-key': '${key(12)}' } });\n  return <pre>{JSON.stringify(await res.json())}</pre>;\n}\n`,
    },
    unchanged: {
      'app/checkout/pay-button.tsx': `'use client';\n\nexport function PayButton() {\n  const apiKey = '${key(13)}';\n  return <button onClick={() => fetch('/pay', { headers: { 'x-api-key': apiKey } })}>Pay</button>;\n}\n`,
      'pages/billing.tsx': `export default function Billing() {\n  return <Checkout publishableKey="pk_test_x" secretKey="${key(14)}" />;\n}\n`,
      'lib/db.ts': `export const db = { host: 'db.internal', password: '${key(15)}' };\n`,
    },
  },
  vite: {
    devDependencies: { vite: '6.0.0' },
    server: {
      'src/server/api.ts': `export async function handler(): Promise<{ apiKey: string }> {\n  return { apiKey: '${key(21)}' };\n}\n`,
    },
    unchanged: {
      'src/main.ts': `const apiKey = '${key(22)}';\ndocument.body.dataset.key = apiKey;\n`,
      'src/App.tsx': `export function App() {\n  return <Map accessToken="${key(23)}" />;\n}\n`,
    },
  },
  sveltekit: {
    devDependencies: { '@sveltejs/kit': '2.0.0', svelte: '5.0.0', vite: '6.0.0' },
    server: {
      'src/routes/+page.server.ts': `export async function load() {\n  const apiKey = '${key(31)}';\n  return { count: (await fetch('https://api.example.dev/count', { headers: { 'x-api-key': apiKey } })).status };\n}\n`,
      // top-level await in an ES module
      'src/lib/server/db.ts': `export const dbPassword = 'Xq7!${key(32)}';\n`,
    },
    unchanged: {
      'src/routes/+page.svelte': `<script lang="ts">\n  let { data } = $props();\n  const apiKey: string = '${key(33)}';\n</script>\n\n<h1>{data.count}</h1>\n<p>{apiKey.length}</p>\n`,
      'src/lib/Widget.svelte': `<h2>Widget</h2>\n<script>\n  const token = '${key(34)}';\n</script>\n<span>{token.length}</span>\n`,
      'src/routes/+page.ts': `export async function load({ fetch }) {\n  return { ok: (await fetch('/x', { headers: { 'x-api-key': '${key(35)}' } })).ok };\n}\n`,
    },
  },
  nuxt: {
    devDependencies: { nuxt: '3.14.0' },
    server: {
      'server/api/pay.ts': `export default defineEventHandler(async () => {\n  const apiKey = '${key(41)}';\n  return $fetch('https://api.example.dev/pay', { headers: { 'x-api-key': apiKey } });\n});\n`,
    },
    unchanged: {
      'components/Checkout.vue': `<template>\n  <button @click="pay">Pay</button>\n</template>\n\n<script setup lang="ts">\nconst apiKey = '${key(42)}';\nfunction pay() {\n  return fetch('/pay', { headers: { 'x-api-key': apiKey } });\n}\n</script>\n`,
      'pages/index.vue': `<script>\nexport default { data() { return { token: '${key(43)}' }; } };\n</script>\n\n<template><div>{{ token.length }}</div></template>\n`,
      'composables/useApi.ts': `export const useApi = () => ({ apiKey: '${key(44)}' });\n`,
    },
  },
};

/** Parses (and for components compiles) a file the way its toolchain would, throwing on any error. */
function assertParses(file, text) {
  if (file.endsWith('.svelte')) {
    const svelteParser = rootRequire('svelte-eslint-parser');
    svelteParser.parseForESLint(text, { parser: rootRequire('@typescript-eslint/parser'), ecmaVersion: 'latest', sourceType: 'module', filePath: file });
    const { compile } = rootRequire('svelte/compiler');
    compile(text, { filename: file, generate: 'client' });
    return;
  }
  if (file.endsWith('.vue')) {
    const vueParser = rootRequire('vue-eslint-parser');
    const { ast } = vueParser.parseForESLint(text, { parser: rootRequire('@typescript-eslint/parser'), ecmaVersion: 'latest', sourceType: 'module', filePath: file });
    if (ast.templateBody?.errors?.length) throw new Error(`${file}: ${ast.templateBody.errors[0].message}`);
    return;
  }
  const ts = rootRequire('typescript');
  const result = ts.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.Preserve },
  });
  const errors = (result.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`);
}

const frameworkProject = path.join(work, 'eslint-10');
const appsDir = path.join(frameworkProject, 'apps');
const originals = {};
for (const [name, app] of Object.entries(apps)) {
  const dir = path.join(appsDir, name);
  mkdirSync(dir, { recursive: true });
  const pkg = { name: `integration-${name}`, private: true, type: 'module' };
  if (app.dependencies) pkg.dependencies = app.dependencies;
  if (app.devDependencies) pkg.devDependencies = app.devDependencies;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const [file, text] of Object.entries({ ...app.server, ...app.unchanged })) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    originals[`${name}/${file}`] = text;
  }
}
writeFileSync(
  path.join(frameworkProject, 'eslint.config.frameworks.mjs'),
  `import { createRequire } from 'node:module';
import secrets from 'eslint-plugin-secrets';
import tsParser from '@typescript-eslint/parser';

const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
const svelteParser = require('svelte-eslint-parser');
const vueParser = require('vue-eslint-parser');

export default [
  secrets.configs.recommended,
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
  { rules: { 'secrets/no-hardcoded-secrets': ['error', { secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } }] } },
];
`,
);
const fixApps = () => {
  try {
    return run('npx', ['--no-install', 'eslint', '--config', 'eslint.config.frameworks.mjs', '--fix', '--format', 'json', 'apps'], frameworkProject);
  } catch (error) {
    if (error.status !== 1) throw error;
    return error.stdout;
  }
};
const readApps = () => Object.fromEntries(Object.keys(originals).map((file) => [file, readFileSync(path.join(appsDir, file), 'utf8')]));
let firstPass;
check('frameworks: eslint --fix with secretsClient runs over Next.js, Vite, SvelteKit and Nuxt apps without a parse error', () => {
  const results = JSON.parse(fixApps());
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${path.relative(appsDir, r.filePath)}: ${m.message}`));
  if (fatal.length > 0) throw new Error(fatal.join('\n'));
  firstPass = readApps();
});
for (const [name, app] of Object.entries(apps)) {
  check(`frameworks: ${name} server files are rewritten to await getSecret(…) with one import`, () => {
    for (const file of Object.keys(app.server)) {
      const text = firstPass?.[`${name}/${file}`] ?? '';
      if (!text.includes('await getSecret(') || (text.match(/import \{ getSecret \} from "~\/lib\/secrets";/g) ?? []).length !== 1) {
        throw new Error(`${name}/${file} was not rewritten:\n${text}`);
      }
      if (text === originals[`${name}/${file}`]) throw new Error(`${name}/${file} unchanged`);
    }
  });
  check(`frameworks: ${name} client and shared files are left as they are`, () => {
    for (const file of Object.keys(app.unchanged)) {
      if (firstPass?.[`${name}/${file}`] !== originals[`${name}/${file}`]) throw new Error(`${name}/${file} was changed:\n${firstPass?.[`${name}/${file}`]}`);
    }
  });
  check(`frameworks: every ${name} file parses${name === 'sveltekit' ? ' and compiles' : ''} after the fix`, () => {
    for (const file of Object.keys({ ...app.server, ...app.unchanged })) assertParses(file, firstPass?.[`${name}/${file}`] ?? '');
  });
}
check('frameworks: a second eslint --fix changes nothing', () => {
  fixApps();
  const second = readApps();
  const changed = Object.keys(second).filter((file) => second[file] !== firstPass?.[file]);
  if (changed.length > 0) throw new Error(`changed again: ${changed.join(', ')}`);
});

// The README's recipes for Vue/Nuxt, Svelte/SvelteKit, Astro, a monorepo and shared settings, taken from the README itself
// (fenced as ```js recipe=NAME), each linting a small tree with the real parsers installed as a user would.
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const recipes = Object.fromEntries([...readme.matchAll(/```js recipe=(\w+)\n([\s\S]*?)```/gu)].map((m) => [m[1], m[2]]));
const markupToken = randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 24, 11);
const recipeTrees = {
  vue: {
    'components/leaky.vue': `<template>\n  <Map secret-key="${markupToken}" :stripe-key="import.meta.env.STRIPE_SECRET_KEY" />\n</template>\n`,
    'components/safe.vue': '<script setup lang="ts">\nconst password = ref<string>(\'\');\n</script>\n<template>\n  <input v-model="password" type="password" name="api_key" aria-label="Secret key" />\n</template>\n',
  },
  svelte: {
    'src/lib/leaky.svelte': `<script lang="ts">\n  import { env } from '$env/dynamic/private';\n</script>\n<Map secretKey="${markupToken}" region={env.REGION} />\n`,
    'src/lib/safe.svelte': '<script lang="ts">\n  let password: string = $state(\'\');\n</script>\n<input type="password" bind:value={password} name="api_key" />\n',
  },
  astro: {
    'src/pages/leaky.astro': `---\nconst key: string = import.meta.env.MAPS_SECRET_KEY;\n---\n<Map client:load apiKey={key} />\n<div api-secret="${markupToken}"></div>\n`,
    'src/pages/safe.astro': '---\nconst key: string = import.meta.env.MAPS_SECRET_KEY;\nconst tiles = await fetch("https://maps.example.dev", { headers: { "x-api-key": key } });\n---\n<Map client:load tiles={tiles.status} />\n',
  },
  monorepo: {
    'apps/web/package.json': '{ "name": "web" }\n',
    'apps/web/pages/leaky.tsx': 'export default function Page() { return <p>{process.env.STRIPE_SECRET_KEY}</p>; }\n',
    'apps/web/lib/safe.ts': 'export const key = process.env.STRIPE_SECRET_KEY;\n',
    'apps/dashboard/package.json': '{ "name": "dashboard" }\n',
    'apps/dashboard/src/leaky.ts': 'export const key = import.meta.env.OPENAI_API_KEY;\n',
    'apps/api/package.json': '{ "name": "api" }\n',
    'apps/api/src/safe.ts': 'export const key = process.env.OPENAI_API_KEY;\n',
  },
  // The README's shared settings: the secrets client followed into a log, `clientFiles`, `framework` per block.
  settings: {
    'src/server/leaky.js': "import { getSecret } from '~/lib/secrets';\nexport async function charge(amount) {\n  const k = await getSecret('STRIPE_SECRET_KEY');\n  console.log('charging', k);\n  return amount;\n}\n",
    'src/server/safe.js': "import { getSecret } from '~/lib/secrets';\nexport async function charge(amount) {\n  const k = await getSecret('STRIPE_SECRET_KEY');\n  return stripeCharge(k, amount);\n}\n",
    'src/widgets/leaky.js': 'export const key = process.env.STRIPE_SECRET_KEY;\n',
    'src/widgets/safe.js': "export const label = 'Pay';\n",
    'apps/web/package.json': '{ "name": "web" }\n',
    'apps/web/pages/leaky.js': 'export default function Page() { return process.env.STRIPE_SECRET_KEY; }\n',
    'apps/web/lib/safe.js': 'export const key = process.env.STRIPE_SECRET_KEY;\n',
  },
};
{
  const project = path.join(work, 'recipes');
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'integration-recipes', private: true, type: 'module' }, null, 2));
  console.log('Recipes: installing the packed plugin with the markup parsers');
  check('recipes: npm install with vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser', () =>
    run(
      'npm',
      [
        'install', '--no-audit', '--no-fund', '--silent', tarball, 'eslint@^10', '@typescript-eslint/parser@^8.72.0',
        `vue-eslint-parser@${devDependency('vue-eslint-parser')}`,
        `svelte-eslint-parser@${devDependency('svelte-eslint-parser')}`,
        `svelte@${devDependency('svelte')}`,
        `astro-eslint-parser@${devDependency('astro-eslint-parser')}`,
      ],
      project,
    ),
  );
  for (const [name, tree] of Object.entries(recipeTrees)) {
    check(`recipe ${name}: the README's config reports each leaky file and nothing else`, () => {
      if (recipes[name] === undefined) throw new Error(`README has no \`\`\`js recipe=${name} block`);
      const dir = path.join(project, name);
      for (const [file, text] of Object.entries(tree)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      const config = path.join(project, `eslint.config.${name}.js`);
      writeFileSync(config, recipes[name]);
      const output = eslintJson(['--config', config, '.'], dir);
      const results = JSON.parse(output);
      const linted = results.map((r) => path.relative(dir, r.filePath)).sort();
      const expected = Object.keys(tree).filter((f) => !f.endsWith('.json')).sort();
      if (JSON.stringify(linted) !== JSON.stringify(expected)) throw new Error(`linted ${linted.join(', ')}; expected ${expected.join(', ')}`);
      for (const result of results) {
        const file = path.relative(dir, result.filePath);
        const fatal = result.messages.filter((m) => m.ruleId === null);
        if (fatal.length > 0) throw new Error(`${file}: ${fatal[0].message}`);
        const leaky = file.includes('leaky');
        if (leaky !== result.messages.length > 0) throw new Error(`${file}: ${JSON.stringify(result.messages.map((m) => m.message))}`);
      }
      if (JSON.stringify(results.map((r) => r.messages)).includes(markupToken)) throw new Error('a message contains the secret');
    });
  }
}

rmSync(work, { recursive: true, force: true });
console.log(`integration checks: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
