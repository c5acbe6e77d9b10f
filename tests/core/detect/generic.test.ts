import { describe, expect, it } from 'vitest';
import { assessGenericValue, isPlaceholder, isPublicByDesignValue } from '../../../src/core/detect/index.js';
import type { SensitiveKind } from '../../../src/core/names.js';
import { ALNUM, AWS_DOC_SECRET_ACCESS_KEY, BASE64, LOWER_HEX, randomChars } from '../../helpers/fake-tokens.js';

describe('assessGenericValue: secrets', () => {
  it.each<[string, string, SensitiveKind | undefined]>([
    ['random API key', randomChars(32, ALNUM, 1), 'apiKey'],
    ['AWS-style secret access key', randomChars(40, BASE64, 11), 'apiKey'],
    ['random token', randomChars(40, `${ALNUM}-_`, 2), 'token'],
    ['base64 secret', `${randomChars(42, BASE64, 3)}==`, 'secret'],
    ['32-hex client secret bound to a secret name', randomChars(32, LOWER_HEX, 4), 'secret'],
    ['40-hex API key bound to an API key name', randomChars(40, LOWER_HEX, 5), 'apiKey'],
    ['printable password', `k9#Qv2!x${randomChars(4, ALNUM, 6)}`, 'password'],
    ['short real password', 'Tr0ub4dor&3', 'password'],
    ['hello123-style password', 'hel1o-W0rld9', 'password'],
    ['session secret with symbols', 'f8$kQ2@pLz!9wX', 'secret'],
    ['long random value without a name', randomChars(40, ALNUM, 7), undefined],
    ['UUID bound to an API key name (Heroku API keys are UUIDs)', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 'apiKey'],
    ['one ascending run is chance', 'q7Rk1234Zp9WmX2vB8nY', 'apiKey'],
    ['UUID bound to a token name', 'd9428888-122b-41ea-a2c4-0d8b1f0f5c4e', 'token'],
    ['upper-case UUID bound to a secret name', 'D9428888-122B-41EA-A2C4-0D8B1F0F5C4E', 'secret'],
  ])('%s', (_name, value, kind) => {
    expect(assessGenericValue(value, kind)).toMatchObject({ secret: true });
  });

  it('returns the entropy', () => {
    const result = assessGenericValue(randomChars(32, ALNUM, 8), 'apiKey');
    expect(result.secret && result.entropy).toBeGreaterThan(4);
  });

  it('accepts at least 95% of random 24-character keys', () => {
    let ok = 0;
    for (let seed = 1; seed <= 400; seed++) if (assessGenericValue(randomChars(24, ALNUM, seed), 'apiKey').secret) ok++;
    expect(ok).toBeGreaterThanOrEqual(380);
  });
});

describe('assessGenericValue: not secrets', () => {
  it.each<[string, string, SensitiveKind | undefined]>([
    ['too short password', 'a1B2c3', 'password'],
    ['AWS documentation secret access key', AWS_DOC_SECRET_ACCESS_KEY, 'apiKey'],
    ['too short key', randomChars(12, ALNUM, 1), 'apiKey'],
    ['placeholder', '<YOUR_API_KEY>', 'apiKey'],
    ['your-api-key-here', 'your-api-key-here', 'apiKey'],
    ['changeme', 'changeme', 'password'],
    ['template', '${API_KEY}', 'apiKey'],
    ['dictionary password', 'password123', 'password'],
    ['a secret name', 'orders/prod/jwt', 'secret'],
    ['argon2 password hash', `$argon2id$v=19$m=19456,t=2,p=1$${randomChars(22, ALNUM, 3)}$${randomChars(43, ALNUM, 4)}`, 'password'],
    ['bcrypt password hash', `$2b$10$${randomChars(53, ALNUM, 5)}`, 'password'],
    ['express-session docs secret', 'keyboard cat', 'secret'],
    ['dummy words', 'my-super-secret-key', 'secret'],
    ['mysecretpassword', 'mysecretpassword', 'password'],
    ['documentation UUID bound to an API key name', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'apiKey'],
    ['RFC 4122 example UUID', '123e4567-e89b-12d3-a456-426614174000', 'token'],
    ['made-up UUID', '12345678-1234-4234-8234-123456789012', 'apiKey'],
    ['nil UUID', '00000000-0000-0000-0000-000000000000', 'secret'],
    ['made-up UUID of one repeated block', '1a2b3c4d-1a2b-3c4d-1a2b-3c4d1a2b3c4d', 'apiKey'],
    ['typed by a person: two ascending runs (Kubernetes example manifest)', '8312341g-5678-abcd-4a2b2c-33bcsd655', 'apiKey'],
    ['made-up UUID of few digits', 'abcd1234-abcd-1234-abcd-1234abcd1234', 'token'],
    ['made-up upper-case UUID', 'DEADBEEF-DEAD-BEEF-DEAD-BEEFDEADBEEF', 'secret'],
    ['UUID bound to a name that is not a credential kind', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 'connectionString'],
    ['UUID without a name', '7c9e6679-7425-40de-944b-e07fc1f90ae7', undefined],
    ['ULID', '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'token'],
    ['md5 without a name', randomChars(32, LOWER_HEX, 2), undefined],
    ['commit SHA without a name', randomChars(40, LOWER_HEX, 3), undefined],
    ['sha256 without a name', randomChars(64, LOWER_HEX, 3), undefined],
    ['sha1 of the empty string, even with a name', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'secret'],
    ['SRI hash', `sha384-${randomChars(64, BASE64, 4)}`, 'secret'],
    ['data URI', `data:image/png;base64,${randomChars(40, BASE64, 5)}`, 'secret'],
    ['URL without credentials', 'https://api.example.com/v1/keys?x=1', 'apiKey'],
    ['file path', './config/secrets/prod.json', 'secret'],
    ['absolute path', '/var/run/secrets/db-password', 'password'],
    ['Tailwind classes', 'bg-[#0a0a0a] hover:bg-blue-500 md:flex', 'secret'],
    ['single Tailwind class', 'hover:bg-blue-500/50', 'token'],
    ['i18n sentence', 'Enter your password to continue', 'password'],
    ['camelCase identifier', 'resetPasswordTokenExpiry', 'token'],
    ['acronym identifier', 'GPUBindGroupLayoutDescriptor', 'apiKey'],
    ['dotted property path', 'process.env.STRIPE_SECRET_KEY', 'secret'],
    ['env var name', 'STRIPE_SECRET_KEY', 'apiKey'],
    ['kebab name', 'stripe-secret-key-name', 'secret'],
    ['sequential', 'abcdefghijklmnop', 'apiKey'],
    ['digits', '12345678901234567890', 'apiKey'],
    ['alphabet', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'apiKey'],
    ['regex source', String.raw`^[A-Za-z0-9]{32}\d+$`, 'secret'],
    ['Stripe price id', `price_1Q${randomChars(22, ALNUM, 6)}`, 'apiKey'],
    ['Stripe customer id', `cus_${randomChars(14, ALNUM, 6)}`, 'token'],
    ['Twilio account SID', `AC${randomChars(32, LOWER_HEX, 6)}`, 'credential'],
    ['prefixed ULID-like record id', `pn_1${randomChars(25, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789', 6)}`, 'token'],
    ['Stripe-style object id', `rsl_1${randomChars(23, ALNUM, 6)}`, 'apiKey'],
    ['cuid', `cl${randomChars(23, 'abcdefghijklmnopqrstuvwxyz0123456789', 6)}`, 'token'],
    ['UUID-shaped mock id', 'a1b2c3d4-5678-4e5f-6g7h-8i9j0k1l2m3n', 'apiKey'],
    ['hostname', 'eu.i.posthog.com', 'apiKey'],
    ['elided id', 'clux0rgak00011...', 'token'],
    ['cache header', 's-maxage=31536000', 'token'],
    ['version', '1.24.3-beta.2+build.77', 'token'],
    ['date', '2024-05-01T12:30:00Z', 'token'],
    ['MIME type', 'application/vnd.api+json', 'token'],
    ['base64 of a short sentence', Buffer.from('hello there general kenobi').toString('base64'), 'secret'],
    ['Stripe publishable key', `p${'k'}_live_${randomChars(40, ALNUM, 7)}`, 'apiKey'],
    ['Google Analytics id', 'G-ABC123DEF4', 'apiKey'],
    ['repeated characters', 'aaaaaaaaaaaaaaaaaaaa', 'secret'],
    ['masked value', '****************', 'password'],
    ['whitespace', `${randomChars(10, ALNUM, 8)} ${randomChars(10, ALNUM, 9)}`, 'secret'],
    ['non-ASCII', 'pässwörtSicher123', 'password'],
    ['too long', randomChars(600, ALNUM, 9), 'apiKey'],
    ['letters-only word-ish key', 'thisisaverylongidentifier', 'apiKey'],
    ['random hex without a name, below threshold', '1111222233334444aaaa', undefined],
  ])('%s', (_name, value, kind) => {
    expect(assessGenericValue(value, kind)).toMatchObject({ secret: false });
  });

  it('gives a reason', () => {
    expect(assessGenericValue('3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'apiKey')).toEqual({ secret: false, reason: 'example UUID' });
    expect(assessGenericValue('3f2504e0-4f89-41d3-9a0c-0305e82c3301')).toEqual({ secret: false, reason: 'UUID' });
  });
});

describe('isPlaceholder', () => {
  it.each([
    '<YOUR_API_KEY>', 'your-api-key-here', 'xxxx', 'XXXXXXXXXXXX', '****', '••••••', 'changeme', 'CHANGE_ME', '${VAR}',
    '{{ secrets.X }}', '%VAR%', '$DB_PASSWORD', ':password', 'aaaaaaaaaa', 'TODO', 'REPLACE_ME', 'placeholder', 'example-key',
    'sample_token', 'dummy', 'fake-secret', 'test-key-123', 'insert-key', 'abcdefgh', '12345678', '[API_KEY]', '__SECRET__',
    'password', 'Password1!', 'supersecret', 'secret', 'keyboard cat', 'redacted', '<%= key %>', '#{secret}', '',
  ])('%j', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });
  it.each([randomChars(24, ALNUM, 1), randomChars(32, LOWER_HEX, 2), 'Tr0ub4dor&3', 'k9#Qv2!xLm'])('not %j', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
  it('is linear on long inputs', () => {
    const started = performance.now();
    isPlaceholder('ab'.repeat(100_000));
    isPlaceholder('myyour'.repeat(10_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('isPublicByDesignValue', () => {
  it('knows publishable keys and analytics ids', () => {
    expect(isPublicByDesignValue(`p${'k'}_test_${randomChars(40, ALNUM, 2)}`)).toBe(true);
    expect(isPublicByDesignValue('G-ABC123DEF4')).toBe(true);
    expect(isPublicByDesignValue('UA-12345678-1')).toBe(true);
    expect(isPublicByDesignValue(randomChars(40, ALNUM, 2))).toBe(false);
  });
});
