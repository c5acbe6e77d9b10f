/**
 * Sanitizers: calls whose result is safe to print whatever their input. A call is a sanitizer when a word of
 * its name is in {@link SANITIZER_WORDS}, or when it matches a row of {@link SANITIZING_CALLS}. Users add
 * names with the rules' `sanitizers` option. (`.length`, `typeof`, `!`, comparisons are clean by the
 * engine's semantics, not by rows.)
 */
import type { SanitizerRow, TagRule } from '../types.js';

/**
 * Words in a called function's name that make its result safe to print: `redact(x)`, `maskToken(x)`,
 * `hashPassword(x)`, `encrypt(x)`, `bcrypt.hash(x)`, `obfuscate(x)`.
 */
export const SANITIZER_WORDS: ReadonlySet<string> = new Set([
  'redact',
  'redacted',
  'redaction',
  'mask',
  'masked',
  'censor',
  'censored',
  'obfuscate',
  'obfuscated',
  'hash',
  'hashed',
  'digest',
  'hmac',
  'encrypt',
  'encrypted',
  'sanitize',
  'sanitized',
  'scrub',
  'anonymize',
  'fingerprint',
]);

/** Calls that sanitize by what they are called on or with, not by name. */
export const SANITIZING_CALLS: readonly SanitizerRow[] = [
  // `.replace(/./g, '*')`: a global regular expression replaced by a short string of mask characters
  { method: 'replace', args: 'masking' },
  { method: 'replaceAll', args: 'masking' },
  // `.slice(0, 4)`, `.slice(-4)`: a short prefix or suffix, not the secret
  { method: 'slice', args: 'shortSlice' },
  { method: 'substring', args: 'shortSlice' },
  { method: 'substr', args: 'shortSlice' },
  // `crypto.createHash('sha256').update(secret).digest('hex')`
  { method: 'digest', receiverTag: 'hasher' },
];

/** Node's crypto hashers, recognised by their factories (for the `digest` row above). */
export const SANITIZER_TAG_RULES: readonly TagRule[] = [
  { from: 'module:crypto#createHash', via: 'call', to: 'hasher' },
  { from: 'module:crypto#createHmac', via: 'call', to: 'hasher' },
  { from: 'hasher#update', via: 'call', to: 'hasher' },
];
