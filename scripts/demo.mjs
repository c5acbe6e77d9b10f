#!/usr/bin/env node
// Lints the example app in examples/ with configs.recommended and prints what the plugin finds.
// Exits 0: the examples are meant to contain mistakes (leaky-* files) next to their correct versions.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` (`npm run demo` does).');
  process.exit(1);
}
const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));

const eslint = new ESLint({
  cwd: path.join(root, 'examples'),
  overrideConfigFile: true,
  errorOnUnmatchedPattern: false,
  overrideConfig: [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    secrets.configs.recommended,
  ],
});

const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
console.log(text || 'No findings.');

const byRule = new Map();
let findings = 0;
for (const result of results) {
  for (const message of result.messages) {
    findings++;
    byRule.set(message.ruleId ?? '(parse error)', (byRule.get(message.ruleId ?? '(parse error)') ?? 0) + 1);
  }
}
const clean = results.filter((r) => r.messages.length === 0).map((r) => path.relative(path.join(root, 'examples'), r.filePath));
console.log(`Linted ${results.length} example files with secrets.configs.recommended: ${findings} findings.`);
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
console.log(`Files without findings (the correct versions): ${clean.length}`);
for (const file of clean) console.log(`  ${file}`);
