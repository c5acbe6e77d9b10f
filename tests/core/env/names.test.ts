import { describe, expect, it } from 'vitest';
import { findPublicPrefix, isPublicByDesignEnvName, judgeEnvName, secretEnvName } from '../../../src/core/env/index.js';

describe('judgeEnvName', () => {
  it.each([
    // secrets without a prefix
    ['STRIPE_SECRET_KEY', 'apiKey', undefined],
    ['DATABASE_URL', 'connectionString', undefined],
    ['OPENAI_API_KEY', 'apiKey', undefined],
    ['OPENAI_KEY', 'apiKey', undefined],
    ['JWT_SECRET', 'secret', undefined],
    ['GITHUB_TOKEN', 'token', undefined],
    ['SUPABASE_SERVICE_ROLE_KEY', 'apiKey', undefined],
    ['SMTP_PASSWORD', 'password', undefined],
    // public prefix + secret: judged on the name without the prefix
    ['NEXT_PUBLIC_STRIPE_SECRET_KEY', 'apiKey', 'NEXT_PUBLIC_'],
    ['NEXT_PUBLIC_API_KEY', 'apiKey', 'NEXT_PUBLIC_'],
    ['VITE_OPENAI_API_KEY', 'apiKey', 'VITE_'],
    ['VITE_BACKEND_API_KEY', 'apiKey', 'VITE_'],
    ['REACT_APP_SECRET_KEY', 'apiKey', 'REACT_APP_'],
    ['EXPO_PUBLIC_OPENAI_KEY', 'apiKey', 'EXPO_PUBLIC_'],
    ['GATSBY_CONTENTFUL_ACCESS_TOKEN', 'token', 'GATSBY_'],
    ['PUBLIC_SUPABASE_SERVICE_ROLE_KEY', 'apiKey', 'PUBLIC_'],
    ['NUXT_PUBLIC_ADMIN_PASSWORD', 'password', 'NUXT_PUBLIC_'],
  ])('%s is a %s secret (prefix %s)', (name, kind, prefix) => {
    const judged = judgeEnvName(name);
    expect(judged.verdict).toBe('secret');
    expect(judged.verdict === 'secret' && judged.kind).toBe(kind);
    expect(judged.publicPrefix?.prefix).toBe(prefix);
  });

  it.each([
    'NODE_ENV',
    'NEXT_PUBLIC_SITE_URL',
    'SITE_URL',
    'NEXT_PUBLIC_API_URL',
    'VITE_API_BASE_URL',
    'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY',
    'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY',
    'VITE_SUPABASE_ANON_KEY',
    'NEXT_PUBLIC_FIREBASE_API_KEY',
    'VITE_FIREBASE_API_KEY',
    'REACT_APP_FIREBASE_AUTH_DOMAIN',
    'NEXT_PUBLIC_GOOGLE_MAPS_API_KEY',
    'NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY',
    'NEXT_PUBLIC_ALGOLIA_APP_ID',
    'NEXT_PUBLIC_MAPBOX_TOKEN',
    'NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN',
    'NEXT_PUBLIC_POSTHOG_KEY',
    'NEXT_PUBLIC_POSTHOG_API_KEY',
    'NEXT_PUBLIC_GA_MEASUREMENT_ID',
    'NEXT_PUBLIC_GA_ID',
    'NEXT_PUBLIC_SENTRY_DSN',
    'VITE_RECAPTCHA_SITE_KEY',
    'NEXT_PUBLIC_MIXPANEL_TOKEN',
    'NEXT_PUBLIC_DATADOG_CLIENT_TOKEN',
    'NEXT_PUBLIC_VAPI_WEB_TOKEN',
    'NEXT_PUBLIC_HYPERTUNE_TOKEN',
    'NEXT_PUBLIC_BOTD_API_TOKEN',
    'VITE_UNLEASH_FRONTEND_TOKEN',
    'VITE_FIREBASE_WEB_API_KEY',
    'NEXT_PUBLIC_STRIPE_PUBLIC_KEY',
    'PUBLIC_KEY',
    'VITE_PUBLIC_KEY',
    'NEXT_PUBLIC_SECRET_NAME',
    'NEXT_PUBLIC_TOKEN_EXPIRY',
    'NEXT_PUBLIC_MAX_TOKENS',
    'OPENAI_MODEL',
    'STRIPE_KEY_PATH',
    'VITE_',
    'NEXT_PUBLIC_',
  ])('%s is not a secret', (name) => {
    expect(judgeEnvName(name).verdict).not.toBe('secret');
    expect(secretEnvName(name)).toBeUndefined();
  });

  it.each(['GOOGLE_MAPS_API_KEY', 'NEXT_PUBLIC_GOOGLE_MAPS_API_KEY', 'STRIPE_PUBLISHABLE_KEY', 'VITE_SUPABASE_ANON_KEY'])(
    '%s is public by design, with the reason',
    (name) => {
      const judged = judgeEnvName(name);
      expect(judged.verdict).toBe('public');
      expect(judged.reason).toMatch(/public by design/u);
    },
  );

  it('says why a name is not a secret', () => {
    expect(judgeEnvName('NODE_ENV').reason).toBe('not a credential name');
    expect(judgeEnvName('X').reason).toMatch(/too short/u);
  });

  it('honours allowedNames over the heuristic and sensitiveNames', () => {
    const options = { allowedNames: [/^NEXT_PUBLIC_ALCHEMY_API_KEY$/u], sensitiveNames: [/ALCHEMY/u] };
    expect(judgeEnvName('NEXT_PUBLIC_ALCHEMY_API_KEY', options)).toMatchObject({ verdict: 'not-secret', reason: 'allowed by `allowedNames`' });
    expect(secretEnvName('ALCHEMY_ID', options)?.kind).toBe('secret');
  });

  it('matches sensitiveNames against the name without its prefix', () => {
    const judged = judgeEnvName('VITE_INTERNAL_HMAC', { sensitiveNames: [/^INTERNAL_HMAC$/u] });
    expect(judged.publicPrefix?.prefix).toBe('VITE_');
  });

  it('uses extra public prefixes, longest first', () => {
    expect(findPublicPrefix('APP_PUBLIC_DB_PASSWORD', ['APP_PUBLIC_'])?.prefix).toBe('APP_PUBLIC_');
    expect(judgeEnvName('APP_PUBLIC_DB_PASSWORD', { publicPrefixes: ['APP_PUBLIC_'] }).publicPrefix?.tool).toBe('your bundler');
    expect(findPublicPrefix('NEXT_PUBLIC_X')?.prefix).toBe('NEXT_PUBLIC_');
    expect(findPublicPrefix('PUBLIC_X')?.prefix).toBe('PUBLIC_');
  });

  it('knows public-by-design names', () => {
    expect(isPublicByDesignEnvName('STRIPE_PUBLISHABLE_KEY')).toBe(true);
    expect(isPublicByDesignEnvName('firebaseApiKey')).toBe(true);
    expect(isPublicByDesignEnvName('STRIPE_SECRET_KEY')).toBe(false);
  });

  it('is linear on long names', () => {
    const start = performance.now();
    for (let i = 0; i < 200; i++) judgeEnvName(`NEXT_PUBLIC_${'A_'.repeat(90)}KEY`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('judgeEnvName: numbered and suffixed names (issue 15)', () => {
  it.each([
    ['DB_PASSWORD_2', 'password'],
    ['STRIPE_SECRET_KEY_OLD', 'apiKey'],
    ['GITHUB_TOKEN_1', 'token'],
    ['OPENAI_KEY_2', 'apiKey'],
    ['NEXT_PUBLIC_API_KEY_V2', 'apiKey'],
  ])('%s is a secret %s', (name, kind) => {
    expect(secretEnvName(name)?.kind).toBe(kind);
  });

  it.each(['STRIPE_PUBLISHABLE_KEY_2', 'GOOGLE_MAPS_API_KEY_OLD', 'PASSWORD_RESET_URL', 'TOKEN_COUNT_2'])('%s is not a secret', (name) => {
    expect(judgeEnvName(name).verdict).not.toBe('secret');
  });
});
