#!/usr/bin/env node
// npm run bench: the plugin's cost and findings on real third-party code, next to its peers.
//
// Corpus: ESLint's lib/ and @typescript-eslint/*/dist from node_modules (~700 files of real JavaScript, none of
// which holds a secret, so every finding there is a false one). Each configuration lints the whole corpus,
// in memory, several rounds in turn; the median round counts. Times are this process's CPU time, which other
// load on the machine disturbs less than wall time. "Extra" is the time over parse-only linting.
// Then a synthetic minified single line of 256 KB, 512 KB and 1 MB shows that the cost grows linearly.
// Numbers only: nothing here passes or fails.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));

function walk(dir, out) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full, out);
    else if (entry.endsWith('.js')) out.push(full);
  }
  return out;
}

const nm = path.join(root, 'node_modules');
const dirs = [path.join(nm, 'eslint', 'lib')];
for (const name of readdirSync(path.join(nm, '@typescript-eslint'))) {
  const dist = path.join(nm, '@typescript-eslint', name, 'dist');
  if (existsSync(dist)) dirs.push(dist);
}
const files = dirs.flatMap((d) => walk(d, [])).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const bytes = files.reduce((n, f) => n + f.text.length, 0);

const languageOptions = { ecmaVersion: 'latest', sourceType: 'commonjs' };
// The corpus's own eslint-disable comments name rules that are not loaded here: ignore inline config.
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off' };
const ruleNames = Object.keys(secrets.rules);

async function optional(name) {
  try {
    return (await import(name)).default;
  } catch {
    return undefined;
  }
}
const noSecrets = await optional('eslint-plugin-no-secrets');
const sonarjs = await optional('eslint-plugin-sonarjs');

// ESLint skips the AST traversal entirely when no rule is on, which no real project does; so the base is
// ESLint with one core rule that costs nothing (no-debugger): parse, scope analysis and traversal.
const baseRules = { 'no-debugger': 'error' };
const configs = [
  { name: 'base: parse + traversal (no-debugger)', config: [{ languageOptions, linterOptions, rules: baseRules }] },
  { name: 'parse only (no rule at all)', config: [{ languageOptions, linterOptions }], reference: true },
  {
    name: 'eslint-plugin-secrets (all rules)',
    config: [
      {
        languageOptions,
        linterOptions,
        plugins: { secrets },
        rules: { ...baseRules, ...Object.fromEntries(ruleNames.map((r) => [`secrets/${r}`, 'error'])) },
      },
    ],
  },
];
if (args.has('--per-rule')) {
  for (const rule of ruleNames) {
    configs.push({
      name: `  secrets/${rule}`,
      config: [{ languageOptions, linterOptions, plugins: { secrets }, rules: { ...baseRules, [`secrets/${rule}`]: 'error' } }],
    });
  }
}
if (noSecrets) {
  configs.push({
    name: 'eslint-plugin-no-secrets',
    config: [{ languageOptions, linterOptions, plugins: { 'no-secrets': noSecrets }, rules: { ...baseRules, 'no-secrets/no-secrets': 'error' } }],
  });
}
if (sonarjs) {
  configs.push({
    name: 'eslint-plugin-sonarjs (2 hard-coded-secret rules)',
    config: [
      {
        languageOptions,
        linterOptions,
        plugins: { sonarjs },
        rules: { ...baseRules, 'sonarjs/no-hardcoded-passwords': 'error', 'sonarjs/no-hardcoded-secrets': 'error' },
      },
    ],
  });
}

const linter = new Linter({ configType: 'flat' });

function lintAll(config) {
  const findings = [];
  const start = process.cpuUsage();
  for (const { file, text } of files) {
    // A virtual path outside node_modules/, which ESLint ignores by default.
    const messages = linter.verify(text, config, path.join(root, 'bench-corpus', path.relative(nm, file)));
    for (const m of messages) if (m.ruleId || m.fatal) findings.push({ file: path.relative(root, file), ...m });
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, findings };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`Corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (eslint/lib, @typescript-eslint/*/dist)`);
console.log(`Rounds: ${rounds} (set BENCH_ROUNDS to change), median counts; Node ${process.version}\n`);

// Warm up every configuration once (JIT, module loading), keeping its findings.
const results = configs.map((c) => ({ ...c, times: [], findings: lintAll(c.config).findings }));
for (let round = 0; round < rounds; round++) {
  for (const r of results) r.times.push(lintAll(r.config).ms);
}

const base = median(results[0].times);
const pad = Math.max(...results.map((r) => r.name.length));
console.log(`${'configuration'.padEnd(pad)}  CPU ms      extra   findings`);
for (const r of results) {
  const ms = median(r.times);
  const extra = r === results[0] || r.reference ? '' : `${(((ms - base) / base) * 100).toFixed(1)}%`;
  const fatal = r.findings.filter((f) => f.fatal).length;
  console.log(
    `${r.name.padEnd(pad)}  ${ms.toFixed(0).padStart(9)}  ${extra.padStart(6)}   ${String(r.findings.length - fatal).padStart(8)}${fatal ? ` (+${fatal} parse errors)` : ''}`,
  );
}

const ours = results[2].findings.filter((f) => !f.fatal);
console.log(`\neslint-plugin-secrets findings on this corpus (every one is a false positive): ${ours.length}`);
for (const f of ours) console.log(`  ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);

// Linear time on a minified single line.
function minifiedLine(size) {
  const parts = [];
  let n = 0;
  let i = 0;
  while (n < size) {
    const chunk =
      `var a${i}=function(b,c){if(!b)throw new Error("missing value "+c);return b.token?b.token+"-${(i * 7919).toString(36)}":` +
      `{id:"${(i * 104729).toString(16).padStart(12, '0')}",className:"px-4 py-2 text-sm",apiKey:process.env.API_KEY_${i % 10},` +
      `password:c.password,url:"https://example.com/a/${i}?q="+encodeURIComponent(c.q)}};console.log("done",a${i}.name);`;
    parts.push(chunk);
    n += chunk.length;
    i++;
  }
  return parts.join('');
}
const allRules = results[2].config;
const baseConfig = results[0].config;
console.log('\nMinified single line, all rules (CPU ms; the rules\' ms per MB should stay flat):');
for (const size of [256 * 1024, 512 * 1024, 1024 * 1024]) {
  const text = minifiedLine(size);
  const baseTimes = [];
  const ruleTimes = [];
  for (let round = 0; round < 3; round++) {
    let start = process.cpuUsage();
    linter.verify(text, baseConfig, 'min.js');
    let used = process.cpuUsage(start);
    baseTimes.push((used.user + used.system) / 1000);
    start = process.cpuUsage();
    linter.verify(text, allRules, 'min.js');
    used = process.cpuUsage(start);
    ruleTimes.push((used.user + used.system) / 1000);
  }
  const b = median(baseTimes);
  const r = median(ruleTimes);
  const mb = text.length / (1024 * 1024);
  console.log(
    `  ${(text.length / 1024).toFixed(0).padStart(5)} KB: base ${b.toFixed(0)} ms, with rules ${r.toFixed(0)} ms, rules ${((r - b) / mb).toFixed(0)} ms/MB`,
  );
}
const heap = process.memoryUsage();
console.log(`\nMemory after the run: heap used ${(heap.heapUsed / 1e6).toFixed(0)} MB, rss ${(heap.rss / 1e6).toFixed(0)} MB`);
