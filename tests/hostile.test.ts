/**
 * Hostile inputs (issue 15): deep nesting where ESLint alone succeeds must not overflow the stack in any
 * rule, and a leak after expensive code is still reported. Timing lives in `npm run bench`, not here.
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { ALNUM, fakeAwsAccessKeyId, fakeGithubToken, fakeJwt, randomChars } from './helpers/fake-tokens.js';

const secrets = plugin as never;
const allRules = Object.fromEntries(Object.keys(plugin.rules).map((r) => [`secrets/${r}`, 'error' as const]));
const parsers = { espree, typescript: tsParser } as const;

function lint(code: string, parser: keyof typeof parsers, withPlugin: boolean): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const languageOptions = { ecmaVersion: 'latest', sourceType: 'module', parser: parsers[parser] } as Linter.LanguageOptions;
  const config: Linter.Config[] = [
    withPlugin
      ? { files: ['**/*.ts'], languageOptions, plugins: { secrets }, rules: { 'no-debugger': 'error', ...allRules } }
      : { files: ['**/*.ts'], languageOptions, rules: { 'no-debugger': 'error' } },
  ];
  return linter.verify(code, config, 'file.ts');
}

const deepInputs: [string, string][] = [
  ['a 2,000-deep destructuring pattern', `const ${'{ a: '.repeat(2000)}password${' }'.repeat(2000)} = input;\nconsole.log(password);\n`],
  ['a 5,000-long + chain', `if (password === ${Array.from({ length: 5000 }, (_, i) => `a${i % 10}`).join(' + ')}) {}\n`],
  ['3,250 nested awaits', `async function f(token) { return token === ${'await '.repeat(3250)}g(); }\n`],
  ['a 1,500-long || chain logged', `console.log(${Array.from({ length: 1500 }, (_, i) => `a${i}`).join(' || ')} || process.env.API_KEY);\n`],
  ['3,000 nested calls around a secret', `console.log(${'f('.repeat(3000)}process.env.API_KEY${')'.repeat(3000)});\n`],
];

describe('deep nesting: no stack overflow where ESLint alone succeeds', () => {
  for (const parser of Object.keys(parsers) as (keyof typeof parsers)[]) {
    it.each(deepInputs)(`%s (${parser})`, (_name, code) => {
      const alone = lint(code, parser, false);
      if (alone.some((m) => m.fatal)) return; // the parser itself gives up: nothing for the rules to do
      expect(() => lint(code, parser, true)).not.toThrow();
    });
  }
});

describe('a leak after expensive code', () => {
  it('16 nested loops, then a leak in another function, is reported', () => {
    let body = 'x = x + y; y = String(x) + z;';
    for (let d = 0; d < 16; d++) body = `for (let i${d} = 0; i${d} < n; i${d}++) { ${body} }`;
    const code = `function hot(x, y, n) { ${body} return x; }\nfunction leak() { console.log(process.env.STRIPE_SECRET_KEY); }\n`;
    const messages = lint(code, 'espree', true);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['secrets/no-secret-logging', 2]]);
  });
});

describe('no message or data shows a detected token (issue 15)', () => {
  const jwt = fakeJwt({ sub: '1234567890', name: 'x' }, 3);
  const ghp = fakeGithubToken('p', 4);
  const aws = fakeAwsAccessKeyId(5);
  const pw = randomChars(18, ALNUM, 9);
  const cases: [string, string, string][] = [
    ['a logger call path', `function f(password) { loggers["${jwt}"].log.info(password); }`, jwt],
    ['a comparison operand', `if (new URL("postgres://app:${pw}@db.internal:5432/app").password === token) {}`, pw],
    ['an object key', `const creds = { "${aws}": process.env.AWS_SECRET_ACCESS_KEY };`, aws],
    ['an object key with a secret value', `const creds = { "${ghp}": "${randomChars(40, ALNUM, 11)}" };`, ghp],
  ];
  it.each(cases)('%s', (_name, code, token) => {
    const messages = lint(code, 'typescript', true);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.message).not.toContain(token);
      expect(m.message).not.toContain(token.slice(4, 16));
      for (const s of m.suggestions ?? []) expect(s.desc).not.toContain(token.slice(4, 16));
    }
  });

  it('a token used as an object key is reported as the hard-coded secret it is', () => {
    const messages = lint(`const creds = { "${ghp}": 1 };`, 'typescript', true);
    expect(messages.map((m) => m.ruleId)).toContain('secrets/no-hardcoded-secrets');
  });
});

describe('importName options must be identifiers (issue 15)', () => {
  const configs: [string, Record<string, unknown>][] = [
    ['no-hardcoded-secrets', { secretsClient: { importFrom: '~/lib/secrets', importName: 'NAME' } }],
    ['no-secret-logging', { redact: { importFrom: '@acme/redact', importName: 'NAME' } }],
  ];
  for (const [rule, template] of configs) {
    it.each(['default', 'class', 'await', 'a b', '', '1x'])(`${rule} rejects importName %j at config load`, (name) => {
      const options = JSON.parse(JSON.stringify(template).replace('NAME', name)) as Record<string, unknown>;
      const linter = new Linter({ configType: 'flat' });
      expect(() => linter.verify('x;', [{ plugins: { secrets }, rules: { [`secrets/${rule}`]: ['error', options] } }], 'file.js')).toThrow(/option `(secretsClient|redact)\.importName` is /);
    });
    it(`${rule} accepts importName $get_secret1`, () => {
      const options = JSON.parse(JSON.stringify(template).replace('NAME', '$get_secret1')) as Record<string, unknown>;
      const linter = new Linter({ configType: 'flat' });
      expect(linter.verify('x;', [{ plugins: { secrets }, rules: { [`secrets/${rule}`]: ['error', options] } }], 'file.js')).toEqual([]);
    });
  }
});

describe('an empty pattern would turn a rule off: rejected at config load (issue 15)', () => {
  it.each([
    ['no-hardcoded-secrets', { ignoreValues: [''] }],
    ['no-hardcoded-secrets', { ignoreIdentifiers: [''] }],
    ['no-secret-env-in-client', { allowedNames: [''] }],
  ])('%s %j', (rule, options) => {
    const linter = new Linter({ configType: 'flat' });
    expect(() => linter.verify('x;', [{ plugins: { secrets }, rules: { [`secrets/${rule}`]: ['error', options] } }], 'file.js')).toThrow(/option `\w+\[0\]` is an empty/);
  });
});

describe('many credentials in one string (issue 15)', () => {
  const url = (i: number): string => `postgres://app:${randomChars(16, ALNUM, 100 + i)}@db${i}.internal:5432/app`;
  const literal = (count: number): string => `export const urls = "${Array.from({ length: count }, (_, i) => url(i)).join(' ')}";\n`;
  const hardcoded = (code: string) => lint(code, 'typescript', true).filter((m) => m.ruleId === 'secrets/no-hardcoded-secrets');

  it('a few: each credential is reported with its own rewrite', () => {
    const messages = hardcoded(literal(2));
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m.suggestions?.map((s) => s.messageId)).toEqual(['useEnv']);
  });

  it('more than 8: each credential is still reported, with no rewrite of the whole string', () => {
    const messages = hardcoded(literal(9));
    expect(messages).toHaveLength(9);
    for (const m of messages) {
      expect(m.fix).toBeUndefined();
      expect(m.suggestions ?? []).toEqual([]);
    }
  });
});

describe('no message shows a token written as an env name, a DefinePlugin key or an import path (issue 15)', () => {
  const ghp = fakeGithubToken('p', 21);
  const jwt = fakeJwt({ sub: 'x', name: 'y' }, 22);
  const lintAs = (code: string, filename: string): Linter.LintMessage[] => {
    const linter = new Linter({ configType: 'flat' });
    const languageOptions = { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } as Linter.LanguageOptions;
    return linter.verify(code, [{ files: ['**/*.{ts,tsx,js,mjs}'], languageOptions, plugins: { secrets }, rules: allRules }], filename);
  };
  const cases: [string, string, string, string][] = [
    ['an env name in client code', `'use client';\nexport const k = process.env["${ghp}"];`, 'app/page.tsx', ghp],
    ['an env name logged', `console.log(process.env["${ghp}_SECRET"]);`, 'server.ts', ghp],
    ['an env name in a comparison', `export const ok = (t: string) => t === process.env["${jwt}"];`, 'server.ts', jwt],
    ['a DefinePlugin key', `new webpack.DefinePlugin({ "${ghp}": JSON.stringify(process.env.STRIPE_SECRET_KEY) });`, 'webpack.config.js', ghp],
    ['an import path beside a server-only import', `'use client';\nimport { k } from '$env/static/private';\nimport { j } from './keys/${ghp}.server';\nexport const x = [k, j];`, 'app/page.tsx', ghp],
  ];
  it.each(cases)('%s', (_name, code, filename, token) => {
    const messages = lintAs(code, filename);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.message).not.toContain(token.slice(4, 16));
      for (const s of m.suggestions ?? []) expect(s.desc).not.toContain(token.slice(4, 16));
    }
  });
});
