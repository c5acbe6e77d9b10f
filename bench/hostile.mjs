#!/usr/bin/env node
// Hostile inputs (issue 15): inputs built to make a linter super-linear or crash. Each generator takes a size
// factor n and returns { text, filename, options? }; `npm run bench` times each at 1× and 4× with all rules and
// with ESLint alone (no-debugger), and prints the ratios. Run alone: node bench/hostile.mjs [name…]
//
// Fake credentials are assembled at run time from harmless parts: no live-format token is in this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dash = '-'.repeat(5);
const pemHeader = `${dash}BEGIN PRIVATE KEY${dash}`;
const awsPrefix = ['AK', 'IA'].join('');
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** A deterministic pseudo-random string over an alphabet. */
function chars(length, alphabet, seed) {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

export const HOSTILE = {
  /** A string of repeated PEM headers with no body (was: 264 KB in 8 s). */
  'pem-headers': (n) => ({ text: `const s = "${pemHeader.repeat(2000 * n)}";\n` }),
  /** A large object literal whose values read env secrets (was: 0.5 MB in 38 s). */
  'env-object': (n) => ({
    text: `const config = {\n${Array.from({ length: 1500 * n }, (_, i) => `  k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n};\nconsole.log(config.k1);\n`,
  }),
  /** Property writes of env secrets, then the object logged (was: 8k writes in 58 s, 1.4 GB). */
  'property-writes': (n) => ({
    text: `const o = {};\n${Array.from({ length: 1500 * n }, (_, i) => `o.p${i} = process.env.SVC_${i}_SECRET_KEY;`).join('\n')}\nconsole.log(o);\n`,
  }),
  /** Pushes of objects holding env secrets (was: 20k pushes out of memory). */
  pushes: (n) => ({
    text: `const a = [];\n${Array.from({ length: 1500 * n }, (_, i) => `a.push({ k: process.env.SVC_${i}_SECRET_KEY, i: ${i} });`).join('\n')}\nconsole.log(a);\n`,
  }),
  /** Logging findings with the `redact` suggestion (was: findings × statements). */
  'redact-logging': (n) => ({
    text: Array.from({ length: 800 * n }, (_, i) => `function f${i}(password) { console.log(password); }`).join('\n') + '\n',
    rules: { 'no-secret-logging': ['error', { redact: { importName: 'redact', importFrom: '@acme/redact' } }] },
  }),
  /**
   * Many credentials in one string literal: URL and connection-string passwords, every one reported (was:
   * 41 KB in 22 s and 2.7 GB, each finding's rewrite rebuilding the whole literal).
   */
  'credentials-in-one-literal': (n) => ({
    text: `const s = "${Array.from({ length: 200 * n }, (_, i) =>
      i % 2 === 0
        ? `postgres://app:${chars(16, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789', i + 7)}@db${i}.internal:5432/app`
        : `Server=db${i};User Id=app;Password=${chars(16, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789', i + 7)};`,
    ).join(' ')}";\n`,
  }),
  /** A Pages Router file with many secret env reads in one top-level declaration. */
  'pages-router': (n) => ({
    text: `const env = {\n${Array.from({ length: 800 * n }, (_, i) => `  k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n};\nexport default function Page() { return null; }\nexport async function getServerSideProps() { return { props: { a: env.k0 } }; }\n`,
    filename: 'pages/index.jsx',
  }),
  /** Nested loops, then a leak in another function: must still be reported (was: 2^depth, silently dropped). */
  'nested-loops': (n) => {
    const depth = 4 * n;
    let body = 'x = x + y; y = String(x);';
    for (let d = 0; d < depth; d++) body = `for (let i${d} = 0; i${d} < 2; i${d}++) { ${body} }`;
    return { text: `function hot(x, y) { ${body} return x; }\nfunction leak() { console.log(process.env.STRIPE_SECRET_KEY); }\n` };
  },
  /**
   * Deep destructuring (was: RangeError at 2,000). 250 levels a unit: at 1,200 espree itself gives up in a
   * fresh process ("Not enough stack space"), and the 4× input timed a parse error; tests/hostile.test.ts
   * checks that no rule overflows on 2,000.
   */
  'deep-destructuring': (n) => ({
    text: `const ${'{ a: '.repeat(250 * n)}password${' }'.repeat(250 * n)} = input;\nconsole.log(password);\n`,
  }),
  /**
   * A long `+` chain compared with a secret (was: RangeError at 4,250). 500 operands a unit: at 4,000 ESLint
   * alone overflows the stack in a fresh process on Node 20 (eslint-scope's recursive visitor), at 3,200
   * after the other inputs ran, and the input would time nothing of ours; tests/hostile.test.ts checks that
   * no rule overflows on 5,000.
   */
  'plus-chain': (n) => ({
    text: `if (password === ${Array.from({ length: 500 * n }, (_, i) => `a${i % 10}`).join(' + ')}) {}\n`,
  }),
  /**
   * 5,000 calls (× n) of local logging helpers with env secrets, some masked (issue 13): each call applies the
   * helpers' parameter summaries and reports at the call site; must stay linear in the number of calls.
   */
  'helper-calls': (n) => ({
    text: [
      'function ts() { return new Date().toISOString(); }',
      'function log(...args) { console.log(ts(), ...args); }',
      'function warn(label, value) { log(`[warn] ${label}`, value); }',
      'function mask(value) { return value.slice(0, 2); }',
      ...Array.from({ length: 5000 * n }, (_, i) =>
        i % 3 === 0
          ? `log('k${i}', process.env.SVC_${i}_SECRET_KEY);`
          : i % 3 === 1
            ? `warn('k${i}', mask(process.env.SVC_${i}_SECRET_KEY));`
            : `log('step', ${i});`,
      ),
    ].join('\n') + '\n',
  }),
  /** Nested awaits compared with a secret (was: RangeError at 3,250). */
  'nested-awaits': (n) => ({
    text: `async function f(token) { return token === ${'await '.repeat(600 * n)}g(); }\n`,
  }),
};

/**
 * Lints hostile inputs, each with its config; returns the CPU ms of each one's median round. Each is first
 * linted until V8 has compiled what it runs: for half a second of CPU and at least 10 times, at most 100
 * times or 2 s. Process CPU time counts V8's compiler threads too, and a rule that reports 800 times in one
 * file is still being compiled in its first 20 to 30 runs (10 ms a run once warm, 15–35 ms before; ESLint
 * alone 1.1 ms warm, 2–4 ms before), which says nothing of how its time grows with the input; an editor's
 * ESLint is a long-lived, warm process. The rounds then take the runs in turn (one round of each, 5 rounds,
 * up to 15 while they take less than 4 s together): a slow moment of a shared machine moves every run's
 * round alike, not the one being timed, and the ratios between them hold.
 */
export function timeInputs(linter, runs, minRounds = 5, maxRounds = 15) {
  for (const { config, input } of runs) {
    const warm = process.cpuUsage();
    for (let w = 1; w <= 100; w++) {
      linter.verify(input.text, config, input.filename ?? 'hostile.js');
      const used = process.cpuUsage(warm);
      const cpu = used.user + used.system;
      if ((w >= 10 && cpu > 5e5) || cpu > 2e6) break;
    }
  }
  const times = runs.map(() => []);
  let spent = 0;
  for (let r = 0; r < maxRounds && (r < minRounds || spent < 4000); r++) {
    runs.forEach(({ config, input }, i) => {
      const start = process.cpuUsage();
      linter.verify(input.text, config, input.filename ?? 'hostile.js');
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      times[i].push(ms);
      spent += ms;
    });
  }
  return times.map((t) => t.sort((x, y) => x - y)[t.length >> 1]);
}

/**
 * The plugin's own rule time on an input (ESLint's `stats`, summed over the plugin's rules; median of 5
 * rounds, after the input was timed warm): what the rules cost apart from ESLint's parse, scope analysis and
 * traversal, which grow faster than linearly on some inputs (deep nesting) with or without the plugin.
 */
export function rulesTime(linter, config, input, rounds = 5) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    linter.verifyAndFix(input.text, config, { filename: input.filename ?? 'hostile.js', stats: true, fix: false });
    let ms = 0;
    for (const pass of linter.getTimes().passes) {
      for (const [rule, t] of Object.entries(pass.rules ?? {})) if (rule.startsWith('secrets/')) ms += t.total;
    }
    times.push(ms);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

/** Flat configs for the plugin with all rules (plus an input's rule options) and for ESLint alone. */
export function hostileConfigs(secrets, input) {
  const languageOptions = { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
  const base = { 'no-debugger': 'error' };
  const rules = { ...base, ...Object.fromEntries(Object.keys(secrets.rules).map((r) => [`secrets/${r}`, 'error'])) };
  for (const [rule, setting] of Object.entries(input.rules ?? {})) rules[`secrets/${rule}`] = setting;
  return {
    plugin: [{ files: ['**/*.js', '**/*.jsx'], languageOptions, plugins: { secrets }, rules }],
    base: [{ files: ['**/*.js', '**/*.jsx'], languageOptions, rules: base }],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { Linter } = await import('eslint');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { default: secrets } = await import(path.join(root, 'dist', 'index.js'));
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const linter = new Linter({ configType: 'flat' });
  console.log('input                        1× plugin  4× plugin  4×/1×   1× base  4× base  plugin/base at 4×  rules 1×  rules 4×  4×/1×  findings');
  for (const [name, make] of Object.entries(HOSTILE)) {
    if (names.length > 0 && !names.includes(name)) continue;
    const small = make(1);
    const large = make(4);
    const { plugin, base } = hostileConfigs(secrets, small);
    let messages;
    try {
      messages = linter.verify(large.text, plugin, large.filename ?? 'hostile.js');
    } catch (error) {
      let alone = 'succeeds';
      try {
        linter.verify(large.text, base, large.filename ?? 'hostile.js');
      } catch {
        alone = 'throws too';
      }
      console.log(`${name.padEnd(28)} throws: ${String(error.message).split('\n')[0]} (ESLint alone ${alone})`);
      continue;
    }
    const [p1, p4, b1, b4] = timeInputs(linter, [
      { config: plugin, input: small },
      { config: plugin, input: large },
      { config: base, input: small },
      { config: base, input: large },
    ]);
    const r1 = rulesTime(linter, plugin, small);
    const r4 = rulesTime(linter, plugin, large);
    const fatal = messages.filter((m) => m.fatal).map((m) => m.message);
    // one decimal below 10 ms: ESLint alone takes about 1 ms on some inputs
    const ms = (t) => t.toFixed(t < 10 ? 1 : 0);
    console.log(
      `${name.padEnd(28)} ${ms(p1).padStart(8)} ${ms(p4).padStart(10)} ${(p4 / p1).toFixed(1).padStart(6)} ${ms(b1).padStart(9)} ${ms(b4).padStart(8)} ${(p4 / b4).toFixed(1).padStart(18)} ${ms(r1).padStart(9)} ${ms(r4).padStart(9)} ${(r4 / r1).toFixed(1).padStart(6)}  ${messages.length - fatal.length}${fatal.length ? ` fatal: ${fatal[0]}` : ''}`,
    );
  }
}
