/**
 * Bad options fail with a message that names the option and what is allowed, through ESLint's Linter as a
 * user's config would (ESLint 9.15, 9 and 10 are run from the packed tarball in .ci/integration.mjs), and
 * the check for catastrophic backtracking in user patterns, on its own.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { catastrophicBacktracking } from '../src/util/regex-safety.js';

function lint(rule: string, options: unknown): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify('const a = 1;', [{ plugins: { secrets: plugin }, rules: { [`secrets/${rule}`]: ['error', options] } }], 'a.js');
}

const REDOS = /can take exponential time to match \(catastrophic backtracking\)/u;

describe('bad options name the rule, the option and what is allowed', () => {
  it.each([
    ['no-secret-env-in-client', { framework: 'angular' }, 'option `framework` is "angular"; it must be one of "auto", "next", "sveltekit", "nuxt", "astro", "remix", "gatsby", "expo", "qwik", "cra", "vite", "parcel", "webpack", "node".'],
    ['no-hardcoded-secrets', { minConfidence: 'lowest' }, 'option `minConfidence` is "lowest"; it must be one of "high", "medium", "low".'],
    ['no-hardcoded-secrets', { ignoreValues: ['^fake_', ''] }, 'option `ignoreValues[1]` is an empty pattern, which matches every string and would turn the rule off.'],
    ['no-hardcoded-secrets', { ignoreIdentifiers: ['.*'] }, 'option `ignoreIdentifiers[0]` (".*") matches every string, which would turn the rule off; turn the rule off instead, or anchor the pattern.'],
    ['no-hardcoded-secrets', { customDetectors: [{ id: 'acme', pattern: '' }] }, 'option `customDetectors[0].pattern` is an empty pattern, which matches every string.'],
    ['no-hardcoded-secrets', { customDetectors: [{ id: 'acme', pattern: 'acme_\\w*' , flags: 'g' }] }, 'option `customDetectors[0].flags` is "g"; allowed flags are "i", "m", "s", "u" and "v".'],
    ['no-hardcoded-secrets', { customDetectors: [{ id: ' ', pattern: 'acme_\\w+' }] }, 'option `customDetectors[0].id` is empty; give each detector a name.'],
    ['no-hardcoded-secrets', { customDetectors: [{ id: 'acme', pattern: 'x?' }] }, 'option `customDetectors[0].pattern` ("x?") matches the empty string, so it would report every string.'],
    ['no-hardcoded-secrets', { secretsClient: { importFrom: '', importName: 'getSecret' } }, 'option `secretsClient.importFrom` is an empty string.'],
    ['no-secret-env-in-client', { allowedNames: [''] }, 'option `allowedNames[0]` is an empty pattern, which matches every string and would turn the rule off.'],
    ['no-secret-env-in-client', { sensitiveNames: [' '] }, 'option `sensitiveNames[0]` is an empty pattern, which matches every string.'],
    ['no-secret-env-in-client', { publicPrefixes: ['PUBLIC_', ''] }, 'option `publicPrefixes[1]` is an empty string.'],
    ['no-secret-env-in-client', { clientFiles: [''] }, 'option `clientFiles[0]` is an empty string.'],
    ['no-secret-logging', { sinks: [''] }, 'option `sinks[0]` is an empty string.'],
    ['no-secret-logging', { sources: [{ module: '@acme/vault', export: '' }] }, 'option `sources[0].export` is an empty string.'],
    ['no-secret-logging', { redact: { importFrom: '@acme/log', importName: ' ' } }, 'option `redact.importName` is an empty string.'],
    ['no-secret-exposure', { sanitizers: [''] }, 'option `sanitizers[0]` is an empty string.'],
    ['no-secret-exposure', { sources: [{ callee: '' }] }, 'option `sources[0].callee` is an empty string.'],
    ['no-unsafe-secret-comparison', { allowNames: [''] }, 'option `allowNames[0]` is an empty string.'],
    ['no-unsafe-secret-comparison', { secretNames: ['token', ''] }, 'option `secretNames[1]` is an empty string.'],
  ])('%s %j', (rule, options, message) => {
    expect(() => lint(rule, options)).toThrow(`Error while loading rule 'secrets/${rule}': ${message}`);
  });

  it.each([
    ['no-hardcoded-secrets', 'customDetectors[0].pattern', { customDetectors: [{ id: 'acme', pattern: '(a+)+$' }] }],
    ['no-hardcoded-secrets', 'ignoreValues[0]', { ignoreValues: ['^(\\w+\\s?)*$'] }],
    ['no-hardcoded-secrets', 'ignoreIdentifiers[0]', { ignoreIdentifiers: ['(?:mock|mocked)+Key'] }],
    ['no-secret-env-in-client', 'sensitiveNames[0]', { sensitiveNames: ['^(?:[A-Z]+_?)+SECRET$'] }],
    ['no-secret-env-in-client', 'allowedNames[0]', { allowedNames: ['^(PUBLIC|PUB)*_KEY$'] }],
  ])('%s rejects a catastrophic pattern in %s when the config is loaded', (rule, option, options) => {
    expect(() => lint(rule, options)).toThrow(`Error while loading rule 'secrets/${rule}': option \`${option}\``);
    expect(() => lint(rule, options)).toThrow(REDOS);
  });

  it('accepts the patterns users write', () => {
    const options = {
      ignoreValues: ['^fake_', 'EXAMPLE$', '.*fixture.*', '^(?:sk|pk)_test_\\w+$'],
      ignoreIdentifiers: ['^mock', '^(?:[a-z]+_)*sample$'],
      customDetectors: [{ id: 'acme', pattern: 'acme_([A-Za-z0-9]{32})', flags: 'i', keywords: ['acme'] }],
    };
    expect(lint('no-hardcoded-secrets', options)).toEqual([]);
    expect(lint('no-secret-env-in-client', { framework: 'next', allowedNames: ['^NEXT_PUBLIC_(?:MAPS|ANALYTICS)_KEY$'], sensitiveNames: ['_PASSPHRASE$'] })).toEqual([]);
  });

  it('ESLint still rejects wrong types through the schema, quoting the value', () => {
    expect(() => lint('no-secret-logging', { errors: 'yes' })).toThrow('Value "yes" should be boolean.');
    expect(() => lint('no-secret-env-in-client', { frameworks: 'next' })).toThrow('Unexpected property "frameworks". Expected properties: "framework"');
  });

  it('the docs list the allowed values of an option that takes one of a few', () => {
    const schema = plugin.rules['no-secret-env-in-client']?.meta?.schema as { properties: Record<string, { description: string }> }[];
    expect(schema[0]?.properties.framework?.description).toMatch(/One of `auto`, `next`, .*, `node`\.$/u);
  });
});

describe('catastrophicBacktracking', () => {
  it.each([
    ['(a+)+$', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(a*)*', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['((a+)+)+', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(\\w+\\s?)*$', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(x+x+)+y', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(a{1,5})+$', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(\\w+_)*x', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(.*a)+', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(?<word>[a-z]+)+@', 'a repetition inside a repeated group can match the same text in more than one way'],
    ['(?:a+a+_)*', 'two repetitions inside a repeated group can match the same characters'],
    ['(a|a)*b', 'a repeated group has alternatives that can match the same text'],
    ['(\\w|\\d)+', 'a repeated group has alternatives that can match the same text'],
  ])('%s: %s', (pattern, problem) => {
    expect(catastrophicBacktracking(pattern, 'u')).toBe(problem);
  });

  it.each([
    '^test',
    'EXAMPLE$',
    '^(?:dummy|fake)_',
    '.*fixture.*',
    '\\d+\\.\\d+',
    '^(?:[a-z]+_)*key$',
    '(?:\\s*,\\s*\\w+)*',
    '[^,]+(?:,[^,]+)*',
    '(?:\\.\\w+)+',
    'acme_([A-Za-z0-9]{32})',
    '^[\\w.-]+@example\\.com$',
    '(?:foo|bar)*baz',
    '\\p{Lu}+_KEY',
    '[\\]a]+(?:-[\\]a]+)*',
    'x(?=a+)+',
    '([^,]|,)*x',
  ])('%s is accepted', (pattern) => {
    expect(catastrophicBacktracking(pattern, 'u')).toBeUndefined();
  });

  it('folds ASCII case with the i flag', () => {
    expect(catastrophicBacktracking('(?:[a-z]+X)*', 'u')).toBeUndefined();
    expect(catastrophicBacktracking('(?:[a-z]+X)*', 'iu')).toBe('a repetition inside a repeated group can match the same text in more than one way');
  });

  it('parses non-unicode patterns, where \\p and \\k are letters', () => {
    expect(catastrophicBacktracking('\\p{L}+', '')).toBeUndefined();
    expect(catastrophicBacktracking('(\\p+)+', '')).toBe('a repetition inside a repeated group can match the same text in more than one way');
  });

  it('refuses very long patterns and answers in linear time for long safe ones', () => {
    expect(catastrophicBacktracking('a'.repeat(2001), 'u')).toBe('it is longer than 2000 characters');
    const long = Array.from({ length: 100 }, (_, i) => `(?:k${i}_[a-z]+)?`).join('');
    expect(catastrophicBacktracking(long, 'u')).toBeUndefined();
  });
});
