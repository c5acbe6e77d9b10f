/**
 * The five rules give one answer for one env name: each rule is shown the name where it looks for
 * secrets (a log call, an HTTP response, a comparison with a request value, a client file, a hard-coded
 * fallback), and either all report it or none do. The names are the disagreements of 0.1.0.
 */
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { judgeEnvName } from '../src/core/env/index.js';

const clientDir = path.resolve(__dirname, 'fixtures/env-in-client/next-app/app/dashboard');

/** For each rule, a file where reading `process.env.<NAME>` is a finding exactly when NAME is a secret. */
interface Probe {
  filename: string;
  code: (name: string) => string;
}

const PROBES: Record<string, Probe> = {
  'no-secret-logging': { filename: 'server.js', code: (n) => `console.log(process.env.${n});\n` },
  'no-secret-exposure': {
    filename: 'server.js',
    code: (n) => `export function handler(req, res) { res.json({ value: process.env.${n} }); }\n`,
  },
  'no-unsafe-secret-comparison': {
    filename: 'server.js',
    code: (n) => `export function check(req) { return req.body.value === process.env.${n}; }\n`,
  },
  'no-secret-env-in-client': {
    filename: path.join(clientDir, 'widget.jsx'),
    code: (n) => `'use client';\nexport const value = process.env.${n};\n`,
  },
  'no-hardcoded-secrets': {
    filename: 'server.js',
    code: (n) => `export const value = process.env.${n} || 'Zq8xv4LmT2pRw9Ke7Nb3Yd6';\n`,
  },
};

function reports(rule: string, probe: Probe, name: string): boolean {
  const linter = new Linter({ cwd: path.resolve(__dirname, '..') });
  const messages = linter.verify(
    probe.code(name),
    [{ files: ['**/*.js', '**/*.jsx'], plugins: { secrets: plugin }, rules: { [`secrets/${rule}`]: 'error' }, languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } }],
    probe.filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.some((m) => m.ruleId === `secrets/${rule}`);
}

describe('one answer for one env name', () => {
  it.each([
    ['OPENAI_KEY', true],
    ['STRIPE_SECRET_KEY', true],
    ['DB_PASSWORD', true],
    ['GOOGLE_MAPS_API_KEY', false],
    ['STRIPE_PUBLISHABLE_KEY', false],
    ['NODE_ENV', false],
    ['SITE_URL', false],
  ] as const)('%s: secret=%s in every rule', (name, secret) => {
    expect(judgeEnvName(name).verdict === 'secret').toBe(secret);
    const answers = Object.fromEntries(Object.entries(PROBES).map(([rule, probe]) => [rule, reports(rule, probe, name)]));
    expect(answers).toEqual(Object.fromEntries(Object.keys(PROBES).map((rule) => [rule, secret])));
  });
});

describe('every form of env read, in every taint rule', () => {
  const forms = [
    'console.log(process.env.STRIPE_SECRET_KEY);',
    "console.log(process.env['STRIPE_SECRET_KEY']);",
    'console.log(import.meta.env.STRIPE_SECRET_KEY);',
    'console.log(Bun.env.STRIPE_SECRET_KEY);',
    "console.log(Deno.env.get('STRIPE_SECRET_KEY'));",
    'const { STRIPE_SECRET_KEY } = process.env;\nconsole.log(STRIPE_SECRET_KEY);',
    "import { STRIPE_SECRET_KEY } from '$env/static/private';\nconsole.log(STRIPE_SECRET_KEY);",
    "import { env } from '$env/dynamic/private';\nconsole.log(env.STRIPE_SECRET_KEY);",
    "import { STRIPE_SECRET_KEY } from 'astro:env/server';\nconsole.log(STRIPE_SECRET_KEY);",
  ];
  it.each(forms)('no-secret-logging reports %s', (code) => {
    const linter = new Linter({ cwd: path.resolve(__dirname, '..') });
    const messages = linter.verify(
      code,
      [{ files: ['**/*.js'], plugins: { secrets: plugin }, rules: { 'secrets/no-secret-logging': 'error' }, languageOptions: { sourceType: 'module' } }],
      'server.js',
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['secrets/no-secret-logging']);
  });
});
