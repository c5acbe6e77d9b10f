#!/usr/bin/env node
// Integration: `npm pack` the plugin, install the tarball into throwaway projects with ESLint 9 and with
// ESLint 10, and lint a sample through real config files (eslint.config.js, .cjs and .ts), as a user would.
// Then `eslint --fix` with `secretsClient` over a small Next.js, Vite, SvelteKit and Nuxt app: only server
// files are rewritten, every file still parses and compiles, and a second pass changes nothing.
// The samples' fake credentials are built here at run time, never stored in the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

rmSync(work, { recursive: true, force: true });
console.log(`integration checks: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
