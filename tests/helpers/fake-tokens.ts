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
    out += charset[Math.floor(r * charset.length)];
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
  const data = [...randomChars(52, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', seed)].map((c) => 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.indexOf(c));
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
