/**
 * secrets/no-hardcoded-secrets stays linear: a 1 MB single-line minified file, long static and non-static
 * concatenation chains, huge identifiers and adversarial strings. Generous bounds (no flaky timing): a
 * quadratic path would take minutes here, a linear one well under the limits.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { RULE_PATTERNS } from '../../src/rules/no-hardcoded-secrets/patterns.js';
import { fakeGithubToken } from '../helpers/fake-tokens.js';

const linter = new Linter({ configType: 'flat' });
const config = [
  {
    files: ['**/*.js'],
    plugins: { secrets: { rules: { 'no-hardcoded-secrets': rule as never } } },
    languageOptions: { ecmaVersion: 'latest' as const, sourceType: 'module' as const },
    rules: { 'secrets/no-hardcoded-secrets': 'error' as const },
  },
];

function lint(code: string): { ms: number; messages: Linter.LintMessage[] } {
  const start = performance.now();
  const messages = linter.verify(code, config, { filename: 'bundle.js' });
  return { ms: performance.now() - start, messages };
}

/** Minified-looking code: short and long literals, templates, objects with credential-like keys, concatenations. */
function minified(bytes: number): string {
  const pieces = [
    'a=function(e,t){return e+t},',
    'b={password:"",apiKey:n.apiKey,token:"abc",className:"flex items-center px-4"},',
    'c="Lorem ipsum dolor sit amet consectetur",',
    'd=`${e}/api/v1/${t}?page=${n}`,',
    'f="prefix-"+e+"-suffix-value"+t,',
    'g=new RegExp("^(?:[a-z0-9_-]{3,16})$","i"),',
    'h={authDomain:"x.firebaseapp.com",projectId:"p"},',
    'i="sk_"+"live"+"_",j="ghp_",k="AKIA",l="-----BEGIN ",m="postgres://",',
  ];
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += pieces[i % pieces.length] ?? '';
  return `var ${out}z=0;`;
}

describe('no-hardcoded-secrets performance', () => {
  it('lints a 1 MB single-line minified file in time linear in its size', { timeout: 180_000 }, () => {
    const small = lint(minified(256 * 1024)).ms;
    const large = lint(minified(1024 * 1024));
    expect(large.messages.filter((m) => m.fatal)).toEqual([]);
    expect(large.messages).toEqual([]);
    // 4× the input: linear ≈ 4×; allow noise, reject quadratic (≈ 16×)
    expect(large.ms).toBeLessThan(small * 10 + 1000);
    // the rule's own cost is small next to parsing and traversal of the same file
    const start = performance.now();
    linter.verify(minified(1024 * 1024), [{ ...config[0], rules: {} }], { filename: 'bundle.js' });
    const parseOnly = performance.now() - start;
    expect(large.ms).toBeLessThan(parseOnly * 2 + 1000);
  });

  it('handles long static and non-static concatenation chains', () => {
    const token = fakeGithubToken('p', 3);
    const staticChain = Array.from({ length: 800 }, (_, i) => JSON.stringify(`part${i}-`)).join('+');
    const mixedChain = Array.from({ length: 800 }, (_, i) => `x${i}+"segment-${i}"`).join('+');
    const code = `const a = ${staticChain};\nconst b = ${mixedChain};\nconst c = "${token.slice(0, 20)}" + "${token.slice(20)}";`;
    const { ms, messages } = lint(code);
    expect(messages.map((m) => m.messageId ?? m.message)).toEqual(['providerSecret']);
    expect(messages[0]?.line).toBe(3);
    expect(ms).toBeLessThan(10_000);
  });

  it('handles huge identifiers and adversarial strings', () => {
    const name = `set${'A'.repeat(50_000)}Provider`;
    const key = `${'api_'.repeat(20_000)}key`;
    const value = `${'ghp_'.repeat(25_000)}${'a1B2'.repeat(10_000)}`;
    const code = `${name}("${'x9Y'.repeat(1000)}"); new ${name}({ ${key}: "${'Zq8'.repeat(2000)}" }); const s = "${value}";`;
    const { ms, messages } = lint(code);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  it('runs every regular expression of the rule on adversarial input without backtracking', () => {
    const inputs = [
      'a'.repeat(100_000),
      'set'.repeat(50_000),
      `${'_URL'.repeat(25_000)}!`,
      `${'Provider'.repeat(12_500)}x`,
      `${' \t'.repeat(50_000)}x`,
      `${'1'.repeat(100_000)}x`,
      `$${'A_'.repeat(50_000)}-`,
      'GitHu'.repeat(20_000),
    ];
    for (const pattern of RULE_PATTERNS) {
      const start = performance.now();
      for (const input of inputs) input.replace(new RegExp(pattern.source, pattern.flags), '');
      expect(performance.now() - start, String(pattern)).toBeLessThan(1000);
    }
  });
});
