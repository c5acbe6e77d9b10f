#!/usr/bin/env node
// Integration: `npm pack` the plugin, install the tarball into throwaway projects with ESLint 9 and with
// ESLint 10, and lint a sample through real config files (eslint.config.js, .cjs and .ts), as a user would.
// The sample's fake credential is built here at run time, never stored in the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
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

console.log(`Packing ${root}`);
run('npm', ['pack', '--pack-destination', work, '--silent'], root);
const tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));

// The peer range's floor (9.15.0 is the first ESLint that merges meta.defaultOptions, which the rules rely on,
// and it predates TypeScript config files and eslint/config's defineConfig), the newest 9 and the newest 10.
const matrix = [
  { eslintVersion: '9.15.0', spec: '9.15.0', tsConfig: false },
  { eslintVersion: '9', spec: '^9', tsConfig: true },
  { eslintVersion: '10', spec: '^10', tsConfig: true },
];

for (const { eslintVersion, spec, tsConfig } of matrix) {
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
      ],
      project,
    ),
  );

  const configFiles = Object.keys(configs).filter((c) => tsConfig || !c.endsWith('.ts'));
  for (const config of configFiles) {
    check(`eslint ${eslintVersion}: ${config} reports the leaks, and no message holds the secret`, () => {
      let output;
      try {
        output = run('npx', ['--no-install', 'eslint', '--config', config, '--format', 'json', 'src'], project);
      } catch (error) {
        // Exit code 1 means findings; anything else is a failure.
        if (error.status !== 1) throw error;
        output = error.stdout;
      }
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
}

// Without the optional parsers: configs.all lints code only, configs.yaml says what to install.
for (const { eslintVersion } of matrix) {
  const project = path.join(work, `eslint-${eslintVersion}`);
  check(`eslint ${eslintVersion}: without the optional parsers, configs.all lints code and configs.yaml says what to install`, () => {
    writeFileSync(path.join(project, 'eslint.config.all.cjs'), `const secrets = require('eslint-plugin-secrets');\nmodule.exports = [...secrets.configs.all];\n`);
    let output;
    try {
      output = run('npx', ['--no-install', 'eslint', '--config', 'eslint.config.all.cjs', '--format', 'json', 'src/leak.js', 'src/safe.js'], project);
    } catch (error) {
      if (error.status !== 1) throw error;
      output = error.stdout;
    }
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
    let output;
    try {
      output = run('npx', ['--no-install', 'eslint', '--format', 'json', '.'], project);
    } catch (error) {
      if (error.status !== 1) throw error;
      output = error.stdout;
    }
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

rmSync(work, { recursive: true, force: true });
console.log(`integration checks: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
