import { describe, expect, it } from 'vitest';
import { PROVIDERS, scanText } from '../../../src/core/detect/index.js';
import { ALNUM, AWS_DOC_ACCESS_KEY_ID, FAKE_PROVIDER_TOKENS, fakeAgeKey, fakeGithubToken, fakeNpmToken, randomChars } from '../../helpers/fake-tokens.js';

const secretProviders = PROVIDERS.filter((p) => !p.publicByDesign);
/** Fake tokens that carry their keyword context in front of the token (`mailgun key-…`). */
const strip = (s: string): string => s.replace(/^(?:mailgun|notion) /, '');
/** The secret part of a fake token (Azure keys are reported without the connection string around them). */
function expectedSecret(id: string, fake: string): string {
  if (id === 'azure-storage-account-key') return /AccountKey=([^;]+)/.exec(fake)?.[1] ?? '';
  if (id === 'azure-shared-access-key') return /SharedAccessKey=([^;]+)$/.exec(fake)?.[1] ?? '';
  return strip(fake);
}

describe('every provider has a fake token generator', () => {
  it.each(secretProviders.map((p) => p.id))('%s', (id) => {
    expect(FAKE_PROVIDER_TOKENS[id]).toBeTypeOf('function');
  });
});

describe('provider hits', () => {
  for (const provider of secretProviders) {
    const make = FAKE_PROVIDER_TOKENS[provider.id];
    if (!make) continue;
    it.each([1, 2, 3])(`${provider.id} (seed %i)`, (seed) => {
      const fake = make(seed);
      const text = `const value = "${fake}"; // end`;
      const found = scanText(text);
      const secret = expectedSecret(provider.id, fake);
      const start = text.indexOf(secret);
      expect(found).toEqual([
        {
          detectorId: provider.id,
          kind: provider.kind,
          confidence: provider.confidence,
          start,
          end: start + secret.length,
          envName: provider.envName,
        },
      ]);
    });
  }
});

describe('provider near misses', () => {
  for (const provider of secretProviders) {
    const make = FAKE_PROVIDER_TOKENS[provider.id];
    if (!make) continue;
    const fake = strip(make(5));
    if (!provider.secretGroup) {
      it(`${provider.id}: prefix inside a longer word`, () => {
        const found = scanText(`my_${fake}`, { minConfidence: 'low', context: 'mailgun notion' });
        expect(found.filter((d) => d.detectorId === provider.id)).toEqual([]);
      });
    }
    it(`${provider.id}: masked random part`, () => {
      const prefix = provider.prefixes.find((p) => fake.includes(p)) ?? '';
      const at = fake.indexOf(prefix) + prefix.length;
      const masked = provider.lead ? fake.replace(/[A-Za-z0-9]/g, 'x') : fake.slice(0, at) + fake.slice(at).replace(/[A-Za-z0-9]/g, 'x');
      expect(scanText(`"${masked}"`, { minConfidence: 'low', context: 'mailgun notion' })).toEqual([]);
    });
  }

  it('a token followed by more token characters is a longer word, not a token', () => {
    expect(scanText(`${fakeGithubToken('p', 3)}abc`, { minConfidence: 'low' })).toEqual([]);
    expect(scanText(`${(FAKE_PROVIDER_TOKENS['shopify-access-token'] as (s?: number) => string)(3)}0`, { minConfidence: 'low' })).toEqual([]);
  });

  it('a token one character short is no match', () => {
    expect(scanText(fakeGithubToken('p', 3).slice(0, -1), { minConfidence: 'low' })).toEqual([]);
    expect(scanText(fakeNpmToken(3).slice(0, -1), { minConfidence: 'low' })).toEqual([]);
  });
});

describe('checksums', () => {
  it.each(['p', 'o', 'u', 's', 'r'] as const)('GitHub gh%s_ with a bad checksum is low', (kind) => {
    const bad = fakeGithubToken(kind, 11, false);
    expect(scanText(bad)).toEqual([]);
    expect(scanText(bad, { minConfidence: 'low' })).toMatchObject([{ confidence: 'low' }]);
  });
  it('npm with a valid checksum is high, with a bad one low', () => {
    expect(scanText(fakeNpmToken(12))).toMatchObject([{ detectorId: 'npm-token', confidence: 'high' }]);
    expect(scanText(fakeNpmToken(12, false), { minConfidence: 'low' })).toMatchObject([{ detectorId: 'npm-token', confidence: 'low' }]);
  });
  it('age key with a bad bech32 checksum is low', () => {
    expect(scanText(fakeAgeKey(4))).toMatchObject([{ detectorId: 'age-secret-key', confidence: 'high' }]);
    expect(scanText(fakeAgeKey(4, false), { minConfidence: 'low' })).toMatchObject([{ detectorId: 'age-secret-key', confidence: 'low' }]);
  });
  it('lower-case age key is still validated (bech32 is case-insensitive)', () => {
    expect(scanText(fakeAgeKey(4).toLowerCase())).toEqual([]); // the format is upper case
  });
});

describe('documentation examples and public values', () => {
  it('AWS documentation example keys are never reported', () => {
    expect(scanText(AWS_DOC_ACCESS_KEY_ID, { minConfidence: 'low' })).toEqual([]);
    expect(scanText(`AK${'IA'}${randomChars(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}EXAMPLE`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Stripe publishable keys are public by design', () => {
    expect(scanText(`p${'k'}_live_${randomChars(99, ALNUM, 3)}`, { minConfidence: 'low' })).toEqual([]);
    expect(scanText(`p${'k'}_test_${randomChars(99, ALNUM, 3)}`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Stripe test-mode secret keys are still reported (medium)', () => {
    expect(scanText(FAKE_PROVIDER_TOKENS['stripe-test-secret-key']?.(3) ?? '')).toMatchObject([{ confidence: 'medium' }]);
  });
  it('a Stripe key with an all-x body is a placeholder', () => {
    expect(scanText(`s${'k'}_live_${'x'.repeat(24)}`, { minConfidence: 'low' })).toEqual([]);
    expect(scanText(`s${'k'}_live_${'X'.repeat(30)}`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Stripe object ids are not keys', () => {
    expect(scanText(`price_1Q${randomChars(22, ALNUM, 4)} prod_${randomChars(14, ALNUM, 4)}`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Mapbox public tokens and Supabase publishable keys are public by design', () => {
    expect(scanText(`p${'k'}.eyJ${randomChars(60, ALNUM, 3)}.${randomChars(22, ALNUM, 4)}`, { minConfidence: 'low' })).toEqual([]);
    expect(scanText(`sb_publishable_${randomChars(31, ALNUM, 3)}`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Google API keys (also Firebase web config) are medium, id google-api-key', () => {
    expect(scanText(FAKE_PROVIDER_TOKENS['google-api-key']?.(2) ?? '')).toMatchObject([{ detectorId: 'google-api-key', confidence: 'medium' }]);
  });
  it('Twilio account SIDs (AC…) are ids, not keys', () => {
    expect(scanText(`AC${randomChars(32, '0123456789abcdef', 3)}`, { minConfidence: 'low' })).toEqual([]);
  });
  it('Sentry DSNs are public by design', () => {
    const dsn = `https://${randomChars(32, '0123456789abcdef', 3)}@o123456.ingest.sentry.io/4505`;
    expect(scanText(dsn, { minConfidence: 'low' })).toEqual([]);
  });
});

describe('keywords of weak formats', () => {
  const key = `key-${randomChars(32, '0123456789abcdef', 8)}`;
  it('Mailgun key without the keyword is low', () => {
    expect(scanText(key)).toEqual([]);
    expect(scanText(key, { minConfidence: 'low' })).toMatchObject([{ detectorId: 'mailgun-api-key', confidence: 'low' }]);
  });
  it('the keyword may come from the context (the binding name)', () => {
    expect(scanText(key, { context: 'MAILGUN_KEY' })).toMatchObject([{ detectorId: 'mailgun-api-key', confidence: 'medium' }]);
  });
  it('or from the text', () => {
    expect(scanText(`https://api:${key}@api.mailgun.net/v3`)).toMatchObject([{ detectorId: 'mailgun-api-key', confidence: 'medium' }]);
  });
});
