/**
 * Fake credentials built at run time, so the repository never contains a live-format token literal.
 * Deterministic: the same seed gives the same characters. Tokens that carry a checksum are built with a
 * valid one unless asked otherwise.
 */
import { base62, bech32Encode, crc32 } from '../../src/core/detect/checksum.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_HEX = '0123456789abcdef';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BASE64URL = `${ALNUM}-_`;
export const BASE64 = `${ALNUM}+/`;
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';

/** A deterministic pseudo-random generator (mulberry32) of strings over `charset`. */
export function randomChars(length: number, charset: string = ALNUM, seed = 1): string {
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += charset.charAt(Math.floor(r * charset.length));
  }
  return out;
}

/** `<prefix>_` + 30 random base62 + 6-char CRC32 checksum (GitHub `gh[pousr]_`, npm `npm_`). */
export function checksummedToken(prefix: string, seed = 1, validChecksum = true): string {
  const random = randomChars(30, ALNUM, seed);
  let checksum = base62(crc32(random), 6);
  if (!validChecksum) checksum = checksum === 'AAAAAA' ? 'BBBBBB' : `${checksum.slice(0, 5)}${checksum[5] === 'z' ? 'y' : 'z'}`;
  return `${prefix}${random}${checksum}`;
}

/** A GitHub token with a valid checksum; `kind` is the letter after `gh` (p, o, u, s, r). */
export function fakeGithubToken(kind: 'p' | 'o' | 'u' | 's' | 'r' = 'p', seed = 1, validChecksum = true): string {
  return checksummedToken(`gh${kind}_`, seed, validChecksum);
}

/** An npm token with a valid checksum. */
export function fakeNpmToken(seed = 1, validChecksum = true): string {
  return checksummedToken('np' + 'm_', seed, validChecksum);
}

/** An AWS access key id: `AKIA` + 16 base32 characters. */
export function fakeAwsAccessKeyId(seed = 1, prefix = 'AK' + 'IA'): string {
  return prefix + randomChars(16, BASE32_UPPER, seed);
}

/** An age secret key with a valid bech32 checksum (`validChecksum: false` flips the last character). */
export function fakeAgeKey(seed = 1, validChecksum = true): string {
  const data = Array.from(randomChars(52, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', seed)).map((c) => 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.indexOf(c));
  const key = bech32Encode('age-secret-key-', data).toUpperCase();
  if (validChecksum) return key;
  return key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q');
}

/** `Basic <base64(user:password)>` value (without the `Basic ` prefix). */
export function basicAuth(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

/** A JWT with the given payload, an HS256 header and a random signature. */
export function fakeJwt(payload: Record<string, unknown>, seed = 1, signatureLength = 43): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.${randomChars(signatureLength, BASE64URL, seed)}`;
}

/** A PEM private key block with a random base64 body of `bodyLength` characters. */
export function fakePrivateKey(label = 'RSA PRIVATE KEY', bodyLength = 800, seed = 1, newline = '\n'): string {
  const body = randomChars(bodyLength, BASE64, seed);
  const lines = body.match(/.{1,64}/g) ?? [];
  const dashes = '-'.repeat(5);
  return [`${dashes}BEGIN ${label}${dashes}`, ...lines, `${dashes}END ${label}${dashes}`].join(newline);
}

const r = randomChars;
const HEXL = LOWER_HEX;

/**
 * A fake token in the format of each provider of `src/core/detect/providers.ts`, by detector id.
 * Checksummed formats get a valid checksum.
 */
export const FAKE_PROVIDER_TOKENS: Readonly<Record<string, (seed?: number) => string>> = {
  'github-pat': (s = 1) => fakeGithubToken('p', s),
  'github-oauth-token': (s = 1) => fakeGithubToken('o', s),
  'github-user-token': (s = 1) => fakeGithubToken('u', s),
  'github-app-token': (s = 1) => fakeGithubToken('s', s),
  'github-refresh-token': (s = 1) => fakeGithubToken('r', s),
  'github-fine-grained-pat': (s = 1) => `github_${'pat'}_${r(22, ALNUM, s)}_${r(59, ALNUM, s + 1)}`,
  'npm-token': (s = 1) => fakeNpmToken(s),
  'aws-access-key-id': (s = 1) => fakeAwsAccessKeyId(s),
  'google-api-key': (s = 1) => `AI${'za'}${r(35, BASE64URL, s)}`,
  'google-oauth-client-secret': (s = 1) => `GOC${'SPX'}-${r(28, BASE64URL, s)}`,
  'google-oauth-access-token': (s = 1) => `ya${'29'}.${r(120, BASE64URL, s)}`,
  'slack-bot-token': (s = 1) => `xo${'xb'}-${r(11, DIGITS, s)}-${r(12, DIGITS, s + 1)}-${r(24, ALNUM, s + 2)}`,
  'slack-user-token': (s = 1) => `xo${'xp'}-${r(11, DIGITS, s)}-${r(12, DIGITS, s + 1)}-${r(12, DIGITS, s + 2)}-${r(32, ALNUM, s + 3)}`,
  'slack-legacy-token': (s = 1) => `xo${'xs'}-${r(10, DIGITS, s)}-${r(32, ALNUM, s + 1)}`,
  'slack-config-token': (s = 1) => `xoxe.xo${'xp'}-1-${r(160, ALNUM, s)}`,
  'slack-app-token': (s = 1) => `xa${'pp'}-1-A${r(10, UPPER_ALNUM, s)}-${r(13, DIGITS, s + 1)}-${r(64, 'abcdefghijklmnopqrstuvwxyz0123456789', s + 2)}`,
  'slack-webhook-url': (s = 1) => `https://hooks.slack.com/services/T${r(10, UPPER_ALNUM, s)}/B${r(10, UPPER_ALNUM, s + 1)}/${r(24, ALNUM, s + 2)}`,
  'stripe-secret-key': (s = 1) => `sk_${'live'}_${r(99, ALNUM, s)}`,
  'stripe-test-secret-key': (s = 1) => `sk_${'test'}_${r(99, ALNUM, s)}`,
  'stripe-restricted-key': (s = 1) => `rk_${'live'}_${r(99, ALNUM, s)}`,
  'stripe-test-restricted-key': (s = 1) => `rk_${'test'}_${r(99, ALNUM, s)}`,
  'stripe-webhook-secret': (s = 1) => `wh${'sec'}_${r(32, ALNUM, s)}`,
  'openai-api-key': (s = 1) => `sk-${'proj'}-${r(74, BASE64URL, s)}T3Blbk${'FJ'}${r(74, BASE64URL, s + 1)}`,
  'openai-legacy-api-key': (s = 1) => `sk-${r(20, ALNUM, s)}T3Blbk${'FJ'}${r(20, ALNUM, s + 1)}`,
  'anthropic-api-key': (s = 1) => `sk-ant-${'api03'}-${r(93, BASE64URL, s)}AA`,
  'groq-api-key': (s = 1) => `gs${'k'}_${r(52, ALNUM, s)}`,
  'huggingface-token': (s = 1) => `h${'f'}_${r(34, LETTERS, s)}`,
  'huggingface-org-token': (s = 1) => `api_${'org'}_${r(34, LETTERS, s)}`,
  'replicate-api-token': (s = 1) => `r${'8'}_${r(37, ALNUM, s)}`,
  'perplexity-api-key': (s = 1) => `pp${'lx'}-${r(48, ALNUM, s)}`,
  'xai-api-key': (s = 1) => `xa${'i'}-${r(80, ALNUM, s)}`,
  'langsmith-api-key': (s = 1) => `lsv2_${'pt'}_${r(32, HEXL, s)}_${r(10, HEXL, s + 1)}`,
  'gitlab-pat': (s = 1) => `gl${'pat'}-${r(20, BASE64URL, s)}`,
  'gitlab-deploy-token': (s = 1) => `gl${'dt'}-${r(20, ALNUM, s)}`,
  'gitlab-runner-token': (s = 1) => `gl${'rt'}-${r(20, ALNUM, s)}`,
  'gitlab-ci-build-token': (s = 1) => `gl${'cbt'}-${r(2, ALNUM, s)}_${r(20, ALNUM, s + 1)}`,
  'gitlab-trigger-token': (s = 1) => `gl${'ptt'}-${r(40, HEXL, s)}`,
  'gitlab-oauth-app-secret': (s = 1) => `gl${'oas'}-${r(64, ALNUM, s)}`,
  'gitlab-feed-token': (s = 1) => `gl${'ft'}-${r(20, ALNUM, s)}`,
  'gitlab-agent-token': (s = 1) => `gl${'agent'}-${r(50, ALNUM, s)}`,
  'sendgrid-api-key': (s = 1) => `S${'G'}.${r(22, BASE64URL, s)}.${r(43, BASE64URL, s + 1)}`,
  'mailgun-api-key': (s = 1) => `mailgun key-${r(32, HEXL, s)}`,
  'mailchimp-api-key': (s = 1) => `${r(32, HEXL, s)}-us${'12'}`,
  'twilio-api-key': (s = 1) => `S${'K'}${r(32, HEXL, s)}`,
  'telegram-bot-token': (s = 1) => `${r(9, '123456789', s)}:A${'A'}${r(33, BASE64URL, s + 1)}`,
  'discord-webhook-url': (s = 1) => `https://discord.com/api/webhooks/${r(18, DIGITS, s)}/${r(68, BASE64URL, s + 1)}`,
  'resend-api-key': (s = 1) => `r${'e'}_${r(8, ALNUM, s)}_${r(24, ALNUM, s + 1)}`,
  'shopify-access-token': (s = 1) => `shp${'at'}_${r(32, HEXL, s)}`,
  'square-access-token': (s = 1) => `sq0${'atp'}-${r(22, BASE64URL, s)}`,
  'databricks-token': (s = 1) => `da${'pi'}${r(32, HEXL, s)}`,
  'digitalocean-token': (s = 1) => `do${'p'}_v1_${r(64, HEXL, s)}`,
  'vault-token': (s = 1) => `hv${'s'}.${r(95, BASE64URL, s)}`,
  'terraform-cloud-token': (s = 1) => `${r(14, ALNUM, s)}.atlas${'v1'}.${r(67, BASE64URL, s + 1)}`,
  'doppler-token': (s = 1) => `dp.${'pt'}.${r(43, ALNUM, s)}`,
  'pulumi-access-token': (s = 1) => `pu${'l'}-${r(40, HEXL, s)}`,
  'planetscale-token': (s = 1) => `pscale_${'tkn'}_${r(43, BASE64URL, s)}`,
  'heroku-api-key': (s = 1) => `HRKU-${'AA'}${r(58, BASE64URL, s)}`,
  'netlify-token': (s = 1) => `nf${'p'}_${r(36, ALNUM, s)}`,
  'fly-io-token': (s = 1) => `fo${'1'}_${r(43, BASE64URL, s)}`,
  'new-relic-user-key': (s = 1) => `NR${'AK'}-${r(27, UPPER_ALNUM, s)}`,
  'atlassian-api-token': (s = 1) => `ATA${'TT3'}${r(186, BASE64URL, s)}`,
  'contentful-token': (s = 1) => `CF${'PAT'}-${r(43, BASE64URL, s)}`,
  'mapbox-secret-token': (s = 1) => `s${'k'}.eyJ${r(60, BASE64URL, s)}.${r(22, BASE64URL, s + 1)}`,
  'postman-api-key': (s = 1) => `PM${'AK'}-${r(24, HEXL, s)}-${r(34, HEXL, s + 1)}`,
  'linear-api-key': (s = 1) => `lin_${'api'}_${r(40, ALNUM, s)}`,
  'notion-token': (s = 1) => `nt${'n'}_${r(11, DIGITS, s)}${r(35, ALNUM, s + 1)}`,
  'notion-legacy-token': (s = 1) => `notion secret_${r(43, ALNUM, s)}`,
  'dockerhub-pat': (s = 1) => `dckr_${'pat'}_${r(27, BASE64URL, s)}`,
  'supabase-access-token': (s = 1) => `sb${'p'}_${r(40, HEXL, s)}`,
  'supabase-secret-key': (s = 1) => `sb_${'secret'}_${r(31, BASE64URL, s)}`,
  'sentry-org-token': (s = 1) => `sntrys_${'eyJ'}${r(120, BASE64, s)}`,
  'sentry-user-token': (s = 1) => `sntry${'u'}_${r(64, HEXL, s)}`,
  'cloudflare-api-token': (s = 1) => `cf${'ut'}_${r(40, ALNUM, s)}${r(8, HEXL, s + 1)}`,
  'grafana-cloud-token': (s = 1) => `gl${'c'}_eyJ${r(120, BASE64, s)}`,
  'grafana-service-account-token': (s = 1) => `gl${'sa'}_${r(32, ALNUM, s)}_${r(8, HEXL, s + 1)}`,
  'vercel-token': (s = 1) => `vc${'p'}_${r(56, ALNUM, s)}`,
  'figma-token': (s = 1) => `fi${'gd'}_${r(40, BASE64URL, s)}`,
  'tailscale-key': (s = 1) => `tskey-${'auth'}-k${r(11, ALNUM, s)}-${r(33, ALNUM, s + 1)}`,
  'onepassword-service-account-token': (s = 1) => `ops_${'eyJ'}${r(300, BASE64URL, s)}`,
  'azure-storage-account-key': (s = 1) => `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${r(86, BASE64, s)}==;EndpointSuffix=core.windows.net`,
  'azure-shared-access-key': (s = 1) => `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${r(43, BASE64, s)}=`,
  'azure-ad-client-secret': (s = 1) => `${r(3, ALNUM, s)}8Q~${r(34, `${ALNUM}_~.-`, s + 1)}`,
  'pypi-token': (s = 1) => `pypi-AgEIcHlwaS5${'vcmc'}${r(70, BASE64URL, s)}`,
  'age-secret-key': (s = 1) => fakeAgeKey(s),
};

/** A random-looking UUID of version 4's shape. */
export function fakeUuid(seed = 1): string {
  const h = randomChars(32, LOWER_HEX, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The AWS documentation's example access key id and secret access key (never reported), built at run time. */
export const AWS_DOC_ACCESS_KEY_ID = `AK${'IA'}IOSFODNN7${'EXAMPLE'}`;
export const AWS_DOC_SECRET_ACCESS_KEY = ['wJalrXUtnFEMI', 'K7MDENG', `bPxRfiCY${'EXAMPLE'}KEY`].join('/');
