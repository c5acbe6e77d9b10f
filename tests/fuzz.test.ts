/**
 * Property-based tests (issue 15): generated programs mixing env reads, SDK calls, sinks, comparisons,
 * literals with generated tokens and local bindings that shadow the fix's import names. For every program,
 * with all rules and their fixing options on: no rule throws; every fix and every suggestion leaves a file
 * that parses; `--fix` run twice converges; no message shows a generated token.
 *
 * `npm test` runs a few dozen programs; `npm run fuzz` (FUZZ_RUNS) runs many more. Timing is in bench.
 */
import fc from 'fast-check';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { ALNUM, fakeAwsAccessKeyId, fakeGithubToken, randomChars } from './helpers/fake-tokens.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const secrets = plugin as never;
const rules = {
  ...Object.fromEntries(Object.keys(plugin.rules).map((r) => [`secrets/${r}`, 'error' as const])),
  'secrets/no-hardcoded-secrets': ['error', { secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } }],
  'secrets/no-secret-logging': ['error', { redact: { importFrom: '@acme/redact', importName: 'redact' } }],
} as Linter.RulesRecord;

const configFor = (sourceType: 'module' | 'commonjs' | 'script'): Linter.Config[] => [
  { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType }, plugins: { secrets }, rules },
];

/** Tokens the programs embed; no message may show them. */
const tokens = [fakeGithubToken('p', 31), fakeAwsAccessKeyId(32), randomChars(24, ALNUM, 33)];

const envName = fc.constantFrom('STRIPE_SECRET_KEY', 'DB_PASSWORD_2', 'API_KEY_V2', 'GITHUB_TOKEN', 'PORT', 'NODE_ENV');
const local = fc.constantFrom('getSecret', 'redact', 'crypto', 'timingSafeEqual', 'password', 'token', 'apiKey');
const token = fc.constantFrom(...tokens);

const statement: fc.Arbitrary<string> = fc.oneof(
  envName.map((n) => `const v_${n} = process.env.${n};`),
  envName.map((n) => `console.log(process.env.${n});`),
  fc.tuple(local, token).map(([l, t]) => `const ${l}Value = "${t}";`),
  token.map((t) => `const apiKey = "${t}";`),
  token.map((t) => `const headers = { "${t}": 1 };`),
  token.map((t) => `loggers["${t}"].log.info(password);`),
  fc.constantFrom(
    'if (token === process.env.API_TOKEN) {}',
    'function check(crypto, token) { return token === process.env.API_TOKEN; }',
    'function f(password) { console.log(`value: ${password} /* ` + "`" + ` */`); }',
    'function g(getSecret) { return { apiKey: "a8F3KD92jf83NF02mx7QP1zl" }; }',
    'const redact = (x) => x;',
    'res.json({ key: process.env.STRIPE_SECRET_KEY });',
    'fetch(`https://api.acme.dev/?key=${process.env.API_KEY}`);',
    'for (const x of xs) { for (const y of ys) { console.log(process.env.JWT_SECRET, x, y); } }',
  ),
  local.map((l) => `function use_${l}(${l}) { console.log(${l}); }`),
);

const program = fc.record({
  lines: fc.array(statement, { minLength: 1, maxLength: 8 }),
  sourceType: fc.constantFrom('module' as const, 'commonjs' as const),
  disableFirst: fc.boolean(),
});

function parses(linter: Linter, code: string, sourceType: 'module' | 'commonjs' | 'script'): boolean {
  const messages = linter.verify(code, [{ files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType } }], 'file.js');
  return !messages.some((m) => m.fatal);
}

function applySuggestion(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('fuzz: generated programs (issue 15)', () => {
  it(`${RUNS} programs: no throw, fixes parse and converge, no token in messages`, () => {
    const linter = new Linter({ configType: 'flat' });
    let linted = 0;
    let reported = 0;
    fc.assert(
      fc.property(program, ({ lines, sourceType, disableFirst }) => {
        const body = lines.join('\n');
        const code = disableFirst ? `// eslint-disable-next-line no-console\n${body}\n` : `${body}\n`;
        if (!parses(linter, code, sourceType)) return; // a generated line may redeclare a name: not our concern
        const config = configFor(sourceType);
        const messages = linter.verify(code, config, 'file.js');
        linted++;
        if (messages.length > 0) reported++;
        for (const m of messages) {
          expect(m.fatal, m.message).not.toBe(true);
          for (const t of tokens) expect(m.message).not.toContain(t.slice(4, 16));
          if (m.fix) expect(parses(linter, applySuggestion(code, m.fix), sourceType), `fix of ${m.ruleId ?? 'no rule'}`).toBe(true);
          for (const s of m.suggestions ?? []) {
            for (const t of tokens) expect(s.desc).not.toContain(t.slice(4, 16));
            expect(parses(linter, applySuggestion(code, s.fix), sourceType), `suggestion of ${m.ruleId ?? 'no rule'}: ${s.desc}\n${code}`).toBe(true);
          }
        }
        const once = linter.verifyAndFix(code, config, 'file.js');
        expect(parses(linter, once.output, sourceType), `--fix output\n${once.output}`).toBe(true);
        const twice = linter.verifyAndFix(once.output, config, 'file.js');
        const thrice = linter.verifyAndFix(twice.output, config, 'file.js');
        expect(thrice.fixed, `--fix converges\n${twice.output}`).toBe(false);
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 15 },
    );
    // The generator must mostly make valid programs that the rules report on, or the properties say nothing.
    expect(linted).toBeGreaterThan(RUNS / 2);
    expect(reported).toBeGreaterThan(RUNS / 4);
  });
});
