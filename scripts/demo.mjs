#!/usr/bin/env node
// Lints the example app in examples/ with configs.recommended, and configs.yaml / configs.json for the deploy
// configuration when yaml-eslint-parser and @eslint/json are installed, and prints what the plugin finds.
// The leaky-* files are meant to contain mistakes next to their correct versions; the demo exits 1 when a
// leaky file reports nothing or a correct file reports something, so a regression cannot hide here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeakyExample, lintExamples, unexpectedExamples } from './examples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` (`npm run demo` does).');
  process.exit(1);
}
const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));
const examplesDir = path.join(root, 'examples');

const { eslint, results, presets, skipped } = await lintExamples(secrets, examplesDir);
for (const reason of skipped) console.log(`Skipping ${reason}`);
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
const clean = results.filter((r) => r.messages.length === 0).map((r) => path.relative(examplesDir, r.filePath));
console.log(`Linted ${results.length} example files with secrets.configs.${presets.join(', secrets.configs.')}: ${findings} findings.`);
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
console.log(`Files without findings (the correct versions): ${clean.length}`);
for (const file of clean) console.log(`  ${file}${isLeakyExample(file) ? '   <- a leaky example!' : ''}`);

const problems = unexpectedExamples(results, examplesDir);
if (problems.length > 0) {
  console.error(`\nThe examples do not behave as they should:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
