import { describe, expect, it } from 'vitest';
import {
  assessGenericValue,
  compileCustomDetectors,
  isPlaceholder,
  PROVIDERS,
  scanText,
  STRUCTURED_DETECTORS,
} from '../../../src/core/detect/index.js';
import { fakeAwsAccessKeyId, fakeGithubToken, fakeJwt, fakePrivateKey, randomChars } from '../../helpers/fake-tokens.js';

describe('scanText basics', () => {
  it('finds a GitHub token with its offsets, kind and env name', () => {
    const token = fakeGithubToken('p', 7);
    const text = `const t = "${token}";`;
    expect(scanText(text)).toEqual([
      {
        detectorId: 'github-pat',
        kind: 'GitHub personal access token',
        confidence: 'high',
        start: 11,
        end: 11 + 40,
        envName: 'GITHUB_TOKEN',
      },
    ]);
  });

  it('lowers a failing checksum to low, which the default minConfidence drops', () => {
    const token = fakeGithubToken('p', 7, false);
    expect(scanText(token)).toEqual([]);
    expect(scanText(token, { minConfidence: 'low' })).toMatchObject([{ detectorId: 'github-pat', confidence: 'low' }]);
  });

  it('returns nothing for short and empty texts', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText('ghp_')).toEqual([]);
  });

  it('finds several secrets in one text, in order', () => {
    const text = `a=${fakeAwsAccessKeyId(3)} b=${fakeGithubToken('s', 4)}`;
    expect(scanText(text).map((d) => d.detectorId)).toEqual(['aws-access-key-id', 'github-app-token']);
  });

  it('classifies JWTs and private keys', () => {
    expect(scanText(fakeJwt({ sub: 'svc', role: 'service_role' }))).toMatchObject([{ detectorId: 'supabase-service-role-key', confidence: 'high' }]);
    expect(scanText(fakeJwt({ sub: 'svc', role: 'anon' }))).toEqual([]);
    expect(scanText(fakePrivateKey())).toMatchObject([{ detectorId: 'private-key', confidence: 'high' }]);
  });
});

describe('isPlaceholder', () => {
  it.each(['<YOUR_API_KEY>', 'your-api-key-here', 'xxxxxxxx', '****', 'changeme', '${VAR}', '{{ secrets.X }}', '%VAR%', 'aaaaaaaa', 'TODO', 'REPLACE_ME'])(
    '%s is a placeholder',
    (value) => { expect(isPlaceholder(value)).toBe(true); },
  );
  it('a random value is not', () => { expect(isPlaceholder(randomChars(24, undefined, 9))).toBe(false); });
});

describe('assessGenericValue', () => {
  it('accepts a random key bound to an API key name', () => {
    expect(assessGenericValue(randomChars(24, undefined, 5), 'apiKey')).toMatchObject({ secret: true });
  });
  it('rejects words', () => {
    expect(assessGenericValue('my-secret-name', 'secret')).toMatchObject({ secret: false });
  });
});

describe('compileCustomDetectors', () => {
  it('compiles and runs a custom detector', () => {
    const custom = compileCustomDetectors([{ id: 'acme', pattern: 'acme_([a-z0-9]{20})' }], 'no-hardcoded-secrets');
    const text = `k = "acme_${randomChars(20, 'abcdefghijklmnopqrstuvwxyz0123456789', 2)}"`;
    expect(scanText(text, { custom })).toMatchObject([{ detectorId: 'acme', confidence: 'high', start: 10, end: 30 }]);
  });
  it('throws a clear error for an invalid pattern', () => {
    expect(() => compileCustomDetectors([{ id: 'bad', pattern: '(' }], 'no-hardcoded-secrets')).toThrow(
      /^option `customDetectors\[0\]\.pattern` is not a valid regular expression: Invalid regular expression: .*Unterminated group/u,
    );
  });
});

describe('provider table', () => {
  it('has unique ids, a kind and a prefix for every entry', () => {
    const ids = [...PROVIDERS.map((p) => p.id), ...STRUCTURED_DETECTORS.flatMap((d) => d.ids)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROVIDERS) {
      expect(p.kind.length).toBeGreaterThan(0);
      expect(p.prefixes.length).toBeGreaterThan(0);
      expect(p.pattern.source.startsWith('^')).toBe(true);
      expect(p.envName).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (p.lead) expect(p.lead.source.endsWith('$')).toBe(true);
    }
  });
});
