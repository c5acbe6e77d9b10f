import { describe, expect, it } from 'vitest';
import { classifySensitiveName, nameWords, splitWords, toUpperSnakeCase } from '../../src/core/names.js';

describe('splitWords', () => {
  it.each([
    ['clientSecret', ['client', 'secret']],
    ['DB_PASSWORD', ['db', 'password']],
    ['APIKey', ['api', 'key']],
    ['x-api-key', ['x', 'api', 'key']],
    ['oauth2Token', ['oauth2', 'token']],
    ['NEXT_PUBLIC_STRIPE_SECRET_KEY', ['next', 'public', 'stripe', 'secret', 'key']],
    ['aws.secretAccessKey', ['aws', 'secret', 'access', 'key']],
    ['', []],
  ])('%s', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('toUpperSnakeCase', () => {
  it.each([
    ['clientSecret', 'CLIENT_SECRET'],
    ['stripeApiKey', 'STRIPE_API_KEY'],
    ['DB_PASSWORD', 'DB_PASSWORD'],
    ['x-api-key', 'X_API_KEY'],
  ])('%s → %s', (name, expected) => {
    expect(toUpperSnakeCase(name)).toBe(expected);
  });
});

describe('classifySensitiveName', () => {
  it.each([
    ['password', 'password'],
    ['dbPass', 'password'],
    ['pass', 'password'],
    ['SMTP_PASS', 'password'],
    ['passphrase', 'password'],
    ['clientSecret', 'secret'],
    ['JWT_SECRET', 'secret'],
    ['secret', 'secret'],
    ['GITHUB_TOKEN', 'token'],
    ['accessToken', 'token'],
    ['refresh_token', 'token'],
    ['apiKey', 'apiKey'],
    ['apikey', 'apiKey'],
    ['x-api-key', 'apiKey'],
    ['AWS_SECRET_ACCESS_KEY', 'apiKey'],
    ['secretAccessKey', 'apiKey'],
    ['privateKey', 'privateKey'],
    ['signingKey', 'privateKey'],
    ['credentials', 'credential'],
    ['DATABASE_URL', 'connectionString'],
    ['redisUri', 'connectionString'],
    ['connectionString', 'connectionString'],
    ['SLACK_WEBHOOK_URL', 'credential'],
    ['NEXT_PUBLIC_STRIPE_SECRET_KEY', 'apiKey'],
    ['sessionKey', 'secret'],
    // near misses of the request and concurrency tokens below: a token read from a request is one
    ['requestToken', 'token'],
    ['clientToken', 'token'],
    ['actionToken', 'token'],
    ['SLACK_VERIFICATION_TOKEN', 'token'],
  ])('%s is a %s', (name, kind) => {
    expect(classifySensitiveName(name)?.kind).toBe(kind);
  });

  it.each([
    'secretName',
    'secretId',
    'isSecret',
    'hasPassword',
    'tokenExpiresAt',
    'maxTokens',
    'maxOutputTokens',
    'publicKey',
    'STRIPE_PUBLISHABLE_KEY',
    'SUPABASE_ANON_KEY',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY',
    'RECAPTCHA_SITE_KEY',
    'passwordHash',
    'secretary',
    'key',
    'cacheKey',
    'primaryKey',
    'apiKeyHeader',
    'TOKEN_URL',
    'tokenType',
    'getToken',
    'showPassword',
    'nextPageToken',
    'designTokens',
    'directTemplateToken',
    'staticMemberAccessKey',
    'propertyAccessKey',
    'csrfToken',
    'passwordPlaceholder',
    'bypass',
    'renderPass',
    'AWS_ACCESS_KEY_ID',
    'API_URL',
    'secretsClient',
    // request, concurrency and DNS tokens of AWS APIs (botocore's data and responses), KMS grant tokens
    'ClientRequestToken',
    'clientRequestToken',
    'IdempotencyToken',
    'idempotency_token',
    'ChangeToken',
    'input.ChangeToken',
    'LifecycleActionToken',
    'DkimTokens',
    'GrantToken',
    '',
  ])('%s is not sensitive', (name) => {
    expect(classifySensitiveName(name)).toBeUndefined();
  });
});

describe('numbered and suffixed names (issue 15)', () => {
  it.each([
    ['DB_PASSWORD_2', 'password'],
    ['DB_PASSWORD2', 'password'],
    ['STRIPE_SECRET_KEY_OLD', 'apiKey'],
    ['GITHUB_TOKEN_1', 'token'],
    ['API_KEY_V2', 'apiKey'],
    ['apiKey2', 'apiKey'],
    ['password1', 'password'],
    ['githubToken_old', 'token'],
    ['JWT_SECRET_PREV_2', 'secret'],
    ['DATABASE_URL_2', 'connectionString'],
  ])('%s is a %s', (name, kind) => {
    expect(classifySensitiveName(name)?.kind).toBe(kind);
  });

  it.each(['password_reset_url', 'token_count_2', 'max_tokens_2', 'public_key_v2', 'key2', 'v2', 'sha256', 'oauth2', 'secretName_2'])(
    '%s is not sensitive',
    (name) => {
      expect(classifySensitiveName(name)).toBeUndefined();
    },
  );

  it('drops at most two suffix words and keeps one word', () => {
    expect(nameWords('API_KEY_OLD_2')).toEqual(['api', 'key']);
    expect(nameWords('OLD')).toEqual(['old']);
    expect(nameWords('token_count_2')).toEqual(['token', 'count']);
  });
});
