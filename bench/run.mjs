#!/usr/bin/env node
// npm run bench: the plugin's cost and findings on real third-party code, next to its peers.
//
// Corpus: ESLint's lib/ and @typescript-eslint/*/dist from node_modules (~700 files of real JavaScript, none of
// which holds a secret, so every finding there is a false one).
//
// How it measures, and why:
// - Every configuration runs in a fresh Node process of its own, and the processes take turns (base, plugin,
//   peers, base, plugin, peers, …), in a rotated order each pass. Run in one process, the configurations
//   disturbed each other: whichever ran later inherited a bigger heap and a warmer JIT, and the order of the
//   configurations moved the result by more than the plugin costs.
// - Each process lints the whole corpus once to warm up (its findings are the ones reported), then
//   BENCH_ROUNDS more times; the time of each round is the process's CPU time (user + system), which other load
//   on the machine disturbs less than wall time. The table shows the median round over all processes.
// - The config is normalized once per process and reused for every file, as the ESLint class (the CLI, the
//   editor integrations) does. Passing a plain config array to Linter#verify re-validates every rule's options
//   on every file, which no real run does.
// - "Extra" is the time over the base: ESLint with one core rule that costs nothing (no-debugger), i.e. parse,
//   scope analysis, code path analysis and traversal, as in any real project. "Over parse-only" is the time over
//   ESLint with no rule at all, which still builds the traversal but dispatches to no listener; it is the
//   stricter reading of "parse-only", and shown too.
// Then a synthetic minified single line of 256 KB, 512 KB and 1 MB shows whether the cost grows linearly.
// Numbers only: nothing here passes or fails.
//
// CPU time on this kind of shared machine still moves by ±10% between processes; `--instructions` counts
// instructions under valgrind instead, with V8 in predictable mode (one round = 3 rounds minus 1, so
// loading cancels out). Host load does not disturb it and identical runs agree within 0.01%, but a code
// change moves the heap layout and with it the garbage collection schedule (the base moved by up to 4%
// between builds that did not touch it), and it does not see cache misses.
//
//   node bench/run.mjs [--per-rule] [--only=base,secrets] [--no-minified] [--no-hostile] [--no-per-file]
//                      BENCH_PROCESSES (default 3), BENCH_ROUNDS (default 3)
//   node bench/run.mjs --instructions [--only=secrets,rule:no-secret-logging]   BENCH_SAMPLE (default 4)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const nm = path.join(root, 'node_modules');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const languageOptions = { ecmaVersion: 'latest', sourceType: 'commonjs' };
// The corpus's own eslint-disable comments name rules that are not loaded here: ignore inline config.
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off' };
const baseRules = { 'no-debugger': 'error' };

/** The configurations, by id. Plugins are loaded only in the child process that needs them. */
async function loadConfig(id) {
  const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));
  const all = Object.keys(secrets.rules);
  if (id === 'base') return [{ languageOptions, linterOptions, rules: baseRules }];
  if (id === 'parse') return [{ languageOptions, linterOptions }];
  if (id === 'secrets' || id.startsWith('rule:')) {
    const names = id === 'secrets' ? all : [id.slice('rule:'.length)];
    const rules = { ...baseRules, ...Object.fromEntries(names.map((r) => [`secrets/${r}`, 'error'])) };
    return [{ languageOptions, linterOptions, plugins: { secrets }, rules }];
  }
  if (id === 'no-secrets') {
    const { default: plugin } = await import('eslint-plugin-no-secrets');
    return [{ languageOptions, linterOptions, plugins: { 'no-secrets': plugin }, rules: { ...baseRules, 'no-secrets/no-secrets': 'error' } }];
  }
  if (id === 'sonarjs') {
    const { default: plugin } = await import('eslint-plugin-sonarjs');
    const rules = { ...baseRules, 'sonarjs/no-hardcoded-passwords': 'error', 'sonarjs/no-hardcoded-secrets': 'error' };
    return [{ languageOptions, linterOptions, plugins: { sonarjs: plugin }, rules }];
  }
  throw new Error(`unknown configuration ${id}`);
}

/** Normalizes the config once, as the ESLint class does; falls back to the plain array if ESLint moved it. */
function normalize(config) {
  try {
    const require = createRequire(here);
    const { FlatConfigArray } = require(path.join(nm, 'eslint', 'lib', 'config', 'flat-config-array.js'));
    const array = new FlatConfigArray(config, { basePath: root });
    array.normalizeSync();
    return array;
  } catch {
    return config;
  }
}

const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function corpus() {
  const walk = (dir, out) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, out);
      else if (entry.endsWith('.js')) out.push(full);
    }
    return out;
  };
  const dirs = [path.join(nm, 'eslint', 'lib')];
  for (const name of readdirSync(path.join(nm, '@typescript-eslint'))) {
    const dist = path.join(nm, '@typescript-eslint', name, 'dist');
    if (existsSync(dist)) dirs.push(dist);
  }
  return dirs.flatMap((d) => walk(d, [])).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

// A synthetic minified line: credential-like names, env reads, URLs, logging, ids and class strings.
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

// ---- child: one configuration, one process -------------------------------------------------------------------
if (flag('--child')) {
  const id = value('--config');
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const config = normalize(await loadConfig(id));
  const linter = new Linter({ configType: 'flat' });
  const minified = value('--minified');
  let result;
  if (flag('--per-file')) {
    // The editor's figure: the plugin's own rule time per file (ESLint's `stats` option times each rule on
    // each file). Each file is linted `rounds` times; its time is the median round. An editor's ESLint is a
    // long-lived process: the corpus is linted once first, so the first files are not timed while V8 is still
    // compiling the rules.
    const files = corpus();
    for (const { file, text } of files) linter.verify(text, config, path.join(root, 'bench-corpus', path.relative(nm, file)));
    const perFile = [];
    for (const { file, text } of files) {
      const filename = path.join(root, 'bench-corpus', path.relative(nm, file));
      const rounds = [];
      for (let r = 0; r < Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3)); r++) {
        linter.verifyAndFix(text, config, { filename, stats: true, fix: false });
        let ms = 0;
        for (const pass of linter.getTimes().passes) {
          for (const [rule, t] of Object.entries(pass.rules ?? {})) if (rule.startsWith('secrets/')) ms += t.total;
        }
        rounds.push(ms);
      }
      rounds.sort((a, b) => a - b);
      perFile.push({ file: path.relative(root, file), ms: rounds[rounds.length >> 1] });
    }
    process.stdout.write(JSON.stringify({ perFile }));
    process.exit(0);
  }
  if (minified) {
    const text = minifiedLine(Number(minified) * 1024);
    const filename = path.join(root, 'bench-corpus', 'min.js');
    linter.verify(text, config, filename);
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const start = process.cpuUsage();
      linter.verify(text, config, filename);
      times.push(cpuMs(start));
    }
    result = { times, bytes: text.length };
  } else {
    const sample = Number(value('--sample') ?? 1);
    const files = corpus().filter((_, i) => i % sample === 0);
    const lintAll = (keep) => {
      const findings = [];
      const start = process.cpuUsage();
      for (const { file, text } of files) {
        // A virtual path outside node_modules/, which ESLint ignores by default.
        const messages = linter.verify(text, config, path.join(root, 'bench-corpus', path.relative(nm, file)));
        if (keep) {
          for (const m of messages) {
            if (m.ruleId || m.fatal) findings.push({ file: path.relative(root, file), line: m.line, column: m.column, ruleId: m.ruleId, fatal: m.fatal, message: m.message });
          }
        }
      }
      return { ms: cpuMs(start), findings };
    };
    const { findings } = lintAll(true);
    const times = [];
    for (let r = 0; r < rounds; r++) times.push(lintAll(false).ms);
    result = { times, findings, files: files.length, bytes: files.reduce((n, f) => n + f.text.length, 0) };
  }
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

// ---- parent, --instructions: instruction counts under valgrind, deterministic where CPU time is not --------
if (flag('--instructions')) {
  const { spawn } = await import('node:child_process');
  const { availableParallelism } = await import('node:os');
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('--instructions needs valgrind (apt-get install valgrind).');
    process.exit(1);
  }
  const sample = Number(process.env.BENCH_SAMPLE ?? 4);
  const ids = value('--only')?.split(',') ?? ['base', 'secrets'];
  if (!ids.includes('base')) ids.unshift('base');
  // Instructions of a whole process: loading, a warm-up round and `rounds` rounds. One round's count is the
  // difference between 3 rounds and 1, halved, so loading and warm-up cancel out.
  const count = (id, rounds) =>
    new Promise((resolve, reject) => {
      const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath];
      // V8's predictable mode: one thread, a fixed hash seed, and a garbage collection schedule that does not
      // depend on elapsed time, so two runs of the same code count the same instructions (within 0.01%).
      args.push('--predictable', here, '--child', `--config=${id}`, `--sample=${sample}`);
      const run = spawn('valgrind', args, { cwd: root, env: { ...process.env, BENCH_ROUNDS: String(rounds) } });
      let err = '';
      run.stderr.on('data', (d) => (err += d));
      run.stdout.resume();
      run.on('close', (code) => {
        const m = /I\s+refs:\s+([\d,]+)/.exec(err);
        if (code !== 0 || !m) reject(new Error(`valgrind ${id} exited with ${code}:\n${err.slice(-2000)}`));
        else resolve(Number(m[1].replaceAll(',', '')));
      });
    });
  const jobs = ids.flatMap((id) => [1, 3].map((rounds) => ({ id, rounds })));
  const counts = new Map();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      counts.set(`${job.id}:${job.rounds}`, await count(job.id, job.rounds));
      process.stderr.write(`${job.id} x${job.rounds} done\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  const perRound = (id) => (counts.get(`${id}:3`) - counts.get(`${id}:1`)) / 2;
  const base = perRound('base');
  console.log(`Instructions per round of 1/${sample} of the corpus (valgrind, node --predictable)\n`);
  for (const id of ids) {
    const n = perRound(id);
    const extra = id === 'base' ? '' : `${(((n - base) / base) * 100).toFixed(1)}%`;
    console.log(`${id.padEnd(30)} ${(n / 1e9).toFixed(3).padStart(8)} G  ${extra.padStart(6)}`);
  }
  process.exit(0);
}

// ---- parent: schedule the processes and report -------------------------------------------------------------
const processes = Number(process.env.BENCH_PROCESSES ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const optional = (name) => existsSync(path.join(nm, name, 'package.json'));
const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));

let configs = [
  { id: 'base', name: 'base: parse + traversal (no-debugger)' },
  { id: 'parse', name: 'parse only (no rule at all)', reference: true },
  { id: 'secrets', name: 'eslint-plugin-secrets (all rules)' },
];
if (flag('--per-rule')) {
  for (const rule of Object.keys(secrets.rules)) configs.push({ id: `rule:${rule}`, name: `  secrets/${rule}` });
}
if (optional('eslint-plugin-no-secrets')) configs.push({ id: 'no-secrets', name: 'eslint-plugin-no-secrets' });
if (optional('eslint-plugin-sonarjs')) configs.push({ id: 'sonarjs', name: 'eslint-plugin-sonarjs (2 hard-coded-secret rules)' });
const only = value('--only')?.split(',');
if (only) configs = configs.filter((c) => only.includes(c.id) || c.id === 'base');

function child(args) {
  const run = spawnSync(process.execPath, [here, '--child', ...args], {
    cwd: root,
    env: { ...process.env, BENCH_ROUNDS: String(rounds) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`bench child ${args.join(' ')} exited with ${run.status}`);
  }
  return JSON.parse(run.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const results = new Map(configs.map((c) => [c.id, { ...c, times: [], rss: [] }]));
let meta;
for (let p = 0; p < processes; p++) {
  // Rotate the order each pass, so no configuration always runs right after the same one.
  const order = configs.map((_, i) => configs[(i + p) % configs.length]);
  for (const c of order) {
    const out = child([`--config=${c.id}`]);
    const r = results.get(c.id);
    r.times.push(...out.times);
    r.rss.push(out.maxRssMb);
    r.findings ??= out.findings;
    meta ??= out;
  }
  process.stderr.write(`pass ${p + 1}/${processes} done\n`);
}

console.log(`Corpus: ${meta.files} files, ${(meta.bytes / 1e6).toFixed(1)} MB (eslint/lib, @typescript-eslint/*/dist)`);
console.log(
  `${processes} processes per configuration, ${rounds} timed rounds each after a warm-up (BENCH_PROCESSES, BENCH_ROUNDS); Node ${process.version}\n`,
);
const base = median(results.get('base').times);
const pad = Math.max(...configs.map((c) => c.name.length));
const parseOnly = results.has('parse') ? median(results.get('parse').times) : undefined;
const percent = (ms, over) => `${(((ms - over) / over) * 100).toFixed(1)}%`;
console.log(
  `${'configuration'.padEnd(pad)}  median CPU ms   (min–max)      extra  over parse-only  max RSS MB  findings`,
);
for (const r of results.values()) {
  const ms = median(r.times);
  const extra = r.id === 'base' || r.reference ? '' : percent(ms, base);
  const overParse = parseOnly === undefined || r.reference ? '' : percent(ms, parseOnly);
  const spread = `(${Math.min(...r.times).toFixed(0)}–${Math.max(...r.times).toFixed(0)})`;
  const fatal = r.findings.filter((f) => f.fatal).length;
  console.log(
    `${r.name.padEnd(pad)}  ${ms.toFixed(0).padStart(13)}   ${spread.padEnd(13)} ${extra.padStart(6)}  ${overParse.padStart(15)}  ${Math.max(...r.rss).toFixed(0).padStart(10)}  ${String(r.findings.length - fatal).padStart(8)}${fatal ? ` (+${fatal} parse errors)` : ''}`,
  );
}

const ours = results.get('secrets')?.findings.filter((f) => !f.fatal) ?? [];
console.log(`\neslint-plugin-secrets findings on this corpus (every one is a false positive): ${ours.length}`);
for (const f of ours) console.log(`  ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);

if (!flag('--no-minified')) {
  console.log("\nMinified single line, all rules (median CPU ms; the rules' ms per MB should stay flat):");
  for (const kb of [256, 512, 1024]) {
    const b = [];
    const s = [];
    for (let p = 0; p < Math.max(2, processes - 1); p++) {
      b.push(...child(['--config=base', `--minified=${kb}`]).times);
      s.push(...child(['--config=secrets', `--minified=${kb}`]).times);
    }
    const mb = kb / 1024;
    console.log(
      `  ${String(kb).padStart(5)} KB: base ${median(b).toFixed(0)} ms, with rules ${median(s).toFixed(0)} ms, rules ${((median(s) - median(b)) / mb).toFixed(0)} ms/MB`,
    );
  }
}

if (!flag('--no-per-file')) {
  const { perFile } = child(['--config=secrets', '--per-file']);
  const sorted = perFile.map((f) => f.ms).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `\nThe plugin's own rule time per file (ESLint stats, median of rounds; ${sorted.length} files): median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms`,
  );
  for (const f of perFile.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${f.ms.toFixed(2).padStart(8)} ms  ${f.file}`);
}

if (!flag('--no-hostile')) {
  // Hostile inputs (issue 15): each at 1× and 4× size, with all rules and with ESLint alone, in a process of
  // its own. The 4×/1× column should stay near 4 and "plugin/base" near 1–2; findings show a leak is kept.
  console.log('\nHostile inputs (median CPU ms; bench/hostile.mjs):');
  const run = spawnSync(process.execPath, [path.join(root, 'bench', 'hostile.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  if (run.status !== 0) process.stderr.write(run.stderr.slice(-4000));
}
