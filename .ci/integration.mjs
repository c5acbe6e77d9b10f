#!/usr/bin/env node
// Integration: `npm pack` the plugin, install the tarball into throwaway projects with ESLint 9 and with
// ESLint 10, and lint a sample through real config files (eslint.config.js, .cjs and .ts), as a user would.
// The sample's fake credential is built here at run time, never stored in the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
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

// The README's recipes for Vue/Nuxt, Svelte/SvelteKit, Astro and a monorepo, taken from the README itself
// (fenced as ```js recipe=NAME), each linting a small tree with the real parsers installed as a user would.
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const recipes = Object.fromEntries([...readme.matchAll(/```js recipe=(\w+)\n([\s\S]*?)```/gu)].map((m) => [m[1], m[2]]));
const devDependency = (name) => JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies[name];
const token = randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 24, 11);
const recipeTrees = {
  vue: {
    'components/leaky.vue': `<template>\n  <Map secret-key="${token}" :stripe-key="import.meta.env.STRIPE_SECRET_KEY" />\n</template>\n`,
    'components/safe.vue': '<script setup lang="ts">\nconst password = ref<string>(\'\');\n</script>\n<template>\n  <input v-model="password" type="password" name="api_key" aria-label="Secret key" />\n</template>\n',
  },
  svelte: {
    'src/lib/leaky.svelte': `<script lang="ts">\n  import { env } from '$env/dynamic/private';\n</script>\n<Map secretKey="${token}" region={env.REGION} />\n`,
    'src/lib/safe.svelte': '<script lang="ts">\n  let password: string = $state(\'\');\n</script>\n<input type="password" bind:value={password} name="api_key" />\n',
  },
  astro: {
    'src/pages/leaky.astro': `---\nconst key: string = import.meta.env.MAPS_SECRET_KEY;\n---\n<Map client:load apiKey={key} />\n<div api-secret="${token}"></div>\n`,
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
      let output;
      try {
        output = run('npx', ['--no-install', 'eslint', '--config', config, '--format', 'json', '.'], dir);
      } catch (error) {
        if (error.status !== 1) throw error;
        output = error.stdout;
      }
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
      if (JSON.stringify(results.map((r) => r.messages)).includes(token)) throw new Error('a message contains the secret');
    });
  }
}

rmSync(work, { recursive: true, force: true });
console.log(`integration checks: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
