#!/usr/bin/env node
// Lints the example app in examples/ with configs.recommended (and configs.yaml / configs.json for the deploy
// configuration, when yaml-eslint-parser and @eslint/json are installed) and prints what the plugin finds.
// Exits 0: the examples are meant to contain mistakes (leaky-* files) next to their correct versions.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` (npm ci runs it through `prepare`).');
  process.exit(1);
}
const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));

// The presets for configuration files need their optional parsers: without them, say so and lint code only.
const configFilePresets = [];
for (const preset of ['yaml', 'json']) {
  try {
    configFilePresets.push(...secrets.configs[preset]);
  } catch (error) {
    console.log(`Skipping configs.${preset}: ${error.message}`);
  }
}

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
    { ...secrets.configs.recommended, files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'] },
    ...configFilePresets,
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
const presets = ['recommended', ...(configFilePresets.some((c) => c.name === 'secrets/yaml') ? ['yaml'] : []), ...(configFilePresets.some((c) => c.name === 'secrets/json') ? ['json'] : [])];
console.log(`Linted ${results.length} example files with secrets.configs.${presets.join(', secrets.configs.')}: ${findings} findings.`);
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
console.log(`Files without findings (the correct versions): ${clean.length}`);
for (const file of clean) console.log(`  ${file}`);
