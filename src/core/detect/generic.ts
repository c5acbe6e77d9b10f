/**
 * `assessGenericValue`: does a whole value look like a random credential? Used for values bound to a
 * sensitive name (`password`, `apiKey`, `clientSecret`…); never reported on its own.
 *
 * Decisions (documented in docs/rules/no-hardcoded-secrets.md):
 * - Hex strings of hash lengths (32/40/64/96/128) are secrets only when a sensitive name is given
 *   (many API secrets are 32 hex: Twilio, Mailchimp, Algolia, Facebook app secrets); without one they are
 *   hashes and commit SHAs. The well-known hashes of the empty string are never secrets.
 * - UUIDs, ULIDs and known id prefixes (`price_`, `prod_`, `cus_` …) are ids, not secrets.
 * - Values with whitespace are sentences, class lists or formatted text, not credentials.
 */
import { shannonEntropy } from '../entropy.js';
import { splitWords, type SensitiveKind } from '../names.js';
import { countAscendingRuns, hasRepeatedOrSequentialRun, isPlaceholder } from './placeholder.js';
import { PROVIDERS } from './providers.js';

export type GenericAssessment = { secret: true; entropy: number } | { secret: false; reason: string };

/** Record-id prefixes of APIs (Stripe objects, Twilio SIDs, Slack ids…): ids are not secrets. */
const ID_PREFIXES: readonly string[] = [
  'price_', 'prod_', 'cus_', 'sub_', 'si_', 'pi_', 'pm_', 'ch_', 'in_', 'ii_', 'txn_', 'evt_', 'acct_', 'seti_',
  'plan_', 'coupon_', 'promo_', 'card_', 'src_', 'ba_', 'btok_', 'tok_', 'py_', 're_', 'po_', 'tr_', 'cs_',
  'prv_', 'file_', 'link_', 'bpc_', 'la_', 'cn_', 'dp_', 'du_', 'ipi_', 'sku_', 'or_', 'inv_', 'ord_', 'usr_',
  'user_', 'org_', 'team_', 'proj_', 'asst_', 'thread_', 'msg_', 'run_', 'step_', 'vs_', 'ft_', 'chatcmpl-',
  'AC', 'PN', 'MG', 'CA', 'SM', 'MM', 'RE', 'QU',
];

const PUBLIC_PATTERNS: readonly RegExp[] = PROVIDERS.filter((p) => p.publicByDesign).map((p) => p.pattern);

/** Public-by-design value formats besides the provider table: Google Analytics / Tag Manager ids. */
const PUBLIC_SHAPES = /^(?:G-[A-Z0-9]{6,12}|UA-[0-9]{4,10}-[0-9]{1,4}|GTM-[A-Z0-9]{4,8}|AW-[0-9]{6,12}|6L[A-Za-z0-9_-]{38})$/;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** UUIDs of documentation and specifications (RFC 4122 namespaces, Wikipedia, MDN, PostgreSQL docs), nil and max. */
const DOCUMENTATION_UUIDS: ReadonlySet<string> = new Set([
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567-e89b-12d3-a456-426655440000',
  '550e8400-e29b-41d4-a716-446655440000',
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
  'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
]);
/**
 * Most distinct hex digits of a made-up UUID (`1a2b3c4d-1a2b-3c4d-1a2b-3c4d1a2b3c4d`, `abcdabcd-…`): a random
 * one uses about 14 of the 16, and 8 or fewer in about one in a million.
 */
const MADE_UP_UUID_DIGITS = 8;

/** How many distinct hex digits (case-insensitive) a UUID uses. */
function distinctHexDigits(uuid: string): number {
  let seen = 0;
  for (let i = 0; i < uuid.length; i++) {
    const c = uuid.charCodeAt(i) | 32; // lower case; `-` stays apart
    if (c >= 48 && c <= 57) seen |= 1 << (c - 48);
    else if (c >= 97 && c <= 102) seen |= 1 << (c - 87);
  }
  let count = 0;
  for (; seen !== 0; seen &= seen - 1) count++;
  return count;
}

/** Name kinds under which a UUID is a credential: Heroku API keys, many webhook secrets and license keys are UUIDs. */
const UUID_CREDENTIAL_KINDS: ReadonlySet<SensitiveKind> = new Set(['apiKey', 'secret', 'token', 'password', 'credential']);
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** Prefixed record ids: `pn_1KA4…` (prefix + ULID-like), Stripe-style `rsl_1LeV…`, cuid `clxz1q7c7000h…`, UUID-like. */
const RECORD_ID = /^(?:[a-z]{1,12}_[0-9A-HJKMNP-TV-Z]{20,32}|[a-z]{2,12}_1[A-Za-z0-9]{10,40}|c[klmn][a-z0-9]{23}|[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{6,12})$/;
const HOSTNAME = /^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,12}$/;
const HEX = /^[0-9a-fA-F]+$/;
const HASH_LENGTHS: ReadonlySet<number> = new Set([32, 40, 56, 64, 96, 128]);
const EMPTY_HASHES: ReadonlySet<string> = new Set([
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
]);
const SRI = /^(?:sha(?:1|256|384|512)|md5)-[A-Za-z0-9+/=]+$/;
/** Password hashes in modular crypt / PHC format: argon2, bcrypt, scrypt, PBKDF2, sha-crypt, md5-crypt. */
const PASSWORD_HASH = /^\$(?:argon2(?:id|i|d)|2[abxy]|scrypt|pbkdf2(?:-sha[0-9]{1,3})?|[156]|y|7)\$/;
const URL_LIKE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/|\/\/|data:|mailto:|tel:|blob:|file:|urn:)/;
const VERSION = /^v?[0-9]+(?:\.[0-9]+){1,3}(?:[-+][0-9A-Za-z.+-]{1,40})?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9:.]{2,20}(?:Z|[+-][0-9:]{2,5})?)?$/;
const MIME = /^(?:application|text|image|audio|video|font|multipart|model)\/[A-Za-z0-9.+-]{1,80}$/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const REGEX_SOURCE = /\\[dwsbDWSB]|\(\?[:=!<]|\[\^|\[[a-z]-[a-z]\]|[*+?]\)|\{[0-9]{1,6}(?:,[0-9]{0,6})?\}/;
const TOKEN_CHARSET = /^[A-Za-z0-9+/=_.~-]+$/;
const PRINTABLE = /^[\x21-\x7e]+$/;
const LETTERS = /^[A-Za-z]+$/;
const DIGITS = /^[0-9]+$/;
const IDENTIFIER_CHARS = /^[A-Za-z0-9_.$:/@#=+-]+$/;
const FILE_PATH = /^(?:\.{1,2}\/|~\/|[A-Za-z]:\\|\\\\|\/[a-z0-9._@-]+(?:\/[a-z0-9._@-]+)*$)/;
const FILE_EXTENSION = /\.(?:js|mjs|cjs|ts|tsx|jsx|json|md|html|css|scss|png|jpe?g|gif|svg|webp|ico|pem|key|crt|txt|ya?ml|env|lock|map|wasm|woff2?)$/;

/** Exported for the ReDoS test. */
export const GENERIC_PATTERNS: readonly RegExp[] = [
  PUBLIC_SHAPES, UUID, ULID, RECORD_ID, HOSTNAME, HEX, SRI, PASSWORD_HASH, URL_LIKE, VERSION, DATE, MIME, UPPER_SNAKE,
  REGEX_SOURCE, TOKEN_CHARSET, PRINTABLE, LETTERS, DIGITS, FILE_PATH, FILE_EXTENSION, IDENTIFIER_CHARS,
];

/** True for public-by-design values (Stripe `pk_`, Supabase publishable, Mapbox `pk.`, GA ids, reCAPTCHA site keys). */
export function isPublicByDesignValue(value: string): boolean {
  if (PUBLIC_SHAPES.test(value)) return true;
  return PUBLIC_PATTERNS.some((p) => {
    const m = p.exec(value);
    return m !== null && m[0].length === value.length;
  });
}

/** Base64 that decodes to readable text (`aGVsbG8gd29ybGQ=`), not random bytes. */
function isBase64OfText(value: string): boolean {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  let letters = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32) letters++;
  }
  return letters / decoded.length > 0.8;
}

/** Number of lower→upper or letter↔digit transitions: random strings have many, words few. */
function classTransitions(value: string): number {
  let n = 0;
  let prev = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const cls = c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3;
    if (prev >= 0 && cls !== prev) n++;
    prev = cls;
  }
  return n;
}

/** Two-letter words common in identifiers (`ESLint` → es|lint, `userId`, `toUI`). */
const SHORT_WORDS: ReadonlySet<string> = new Set([
  'id', 'io', 'ui', 'os', 'db', 'es', 'ts', 'js', 'is', 'on', 'to', 'of', 'in', 'at', 'by', 'if', 'or', 'no', 'ok',
  'up', 'me', 'my', 'we', 'go', 'do', 'an', 'as', 'be', 'it', 'a', 'ie', 'eg', 'px', 'em',
  'vh', 'vw', 'ms', 'md', 'sm', 'lg', 'xl', 'gl', 'gc', 'cb', 'fn', 'el', 'ts', 'tx', 'rx', 'qa', 'ci', 'cd', 'pr',
]);

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * A pronounceable word: letters with vowels and no long consonant run, optionally followed by a short
 * number (`oauth2`, `es2015`, `utf8`); or a bare number of up to 4 digits.
 */
function isWordLike(word: string, separated: boolean): boolean {
  if (SHORT_WORDS.has(word)) return true;
  if (separated && /^[0-9]{1,8}$/.test(word)) return true; // `Add_missing_super_call_90001`
  const m = /^([a-z]*)([0-9]{0,4})$/.exec(word);
  if (!m) return false;
  const letters = m[1] as string;
  if (letters.length === 0) return true;
  if (SHORT_WORDS.has(letters)) return true;
  if (letters.length < 3) return false;
  if (letters.length === 3 && separated) return true; // `no-negated-in-lhs`, `src_dir`
  let vowels = 0;
  let run = 0;
  for (const c of letters) {
    if (isVowel(c)) {
      vowels++;
      run = 0;
    } else if (++run >= 6) {
      return false;
    }
  }
  return vowels > 0 && vowels / letters.length >= 0.12;
}

/**
 * True for identifiers, property paths, CSS classes, kebab/snake names and similar human-made text:
 * at least 80% of the characters belong to pronounceable words once split like an identifier
 * (`TSIndexedAccessType`, `Object.getOwnPropertyDescriptor`, `ESLintPoorConcurrencyWarning`).
 * Random tokens split into short, digit-laden, vowel-less fragments.
 */
function looksLikeWords(value: string): boolean {
  if (!IDENTIFIER_CHARS.test(value)) return false;
  const words = splitWords(value);
  if (words.length === 0) return false;
  let covered = 0;
  let total = 0;
  const separated = /[-_./]/.test(value);
  for (const w of words) {
    total += w.length;
    // Acronyms written in capitals: `HTML`, `RTC`, `CSS`, `DTMF`.
    const acronym = w.length >= 2 && w.length <= 5 && /^[a-z]+$/.test(w) && value.includes(w.toUpperCase());
    if (acronym || isWordLike(w, separated)) covered += w.length;
  }
  return covered / total >= 0.8;
}

interface Thresholds {
  minLength: number;
  entropy: number;
  hexEntropy: number;
  /** Passwords may contain any printable character; keys and tokens use a token charset. */
  printable: boolean;
}

function thresholdsFor(nameKind: SensitiveKind | undefined): Thresholds {
  switch (nameKind) {
    case 'password':
      return { minLength: 8, entropy: 2.5, hexEntropy: 2.3, printable: true };
    case 'secret':
    case 'credential':
      return { minLength: 10, entropy: 3.0, hexEntropy: 2.6, printable: true };
    case 'privateKey':
      return { minLength: 16, entropy: 3.2, hexEntropy: 3.0, printable: true };
    case 'connectionString':
      return { minLength: 10, entropy: 3.0, hexEntropy: 3.0, printable: true };
    case 'token':
    case 'apiKey':
      return { minLength: 16, entropy: 3.2, hexEntropy: 2.8, printable: false };
    default:
      return { minLength: 20, entropy: 4.0, hexEntropy: 3.5, printable: false };
  }
}

/**
 * For generic secrets: does this whole value look like a random credential (to be reported only when
 * bound to a sensitive name of kind `nameKind`)? Returns the entropy, or a reason when not.
 */
/**
 * False when {@link assessGenericValue} says "not a secret" for every name kind: a few of its cheap tests
 * that do not depend on the kind (too long for any kind, whitespace or non-ASCII, a URL, digits only, an
 * environment variable name, letters only). A cheap test before resolving a name.
 */
export function mayBeGenericSecret(value: string): boolean {
  const length = value.length;
  if (length === 0 || length > 8192) return false;
  // One pass for what PRINTABLE, DIGITS, UPPER_SNAKE and LETTERS test (the same answers): printable ASCII
  // only; digits only; `[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+` (A-Z first, then A-Z, 0-9 and single `_` between
  // parts); letters only, and of which cases.
  let digits = true;
  let letters = true;
  let lower = false;
  let upper = false;
  let snake = true;
  let underscores = 0;
  let colon = false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (!isDigit) digits = false;
    if (isUpper) upper = true;
    else if (isLower) lower = true;
    else letters = false;
    if (c === 95) {
      underscores++;
      if (i === 0 || value.charCodeAt(i - 1) === 95) snake = false;
    } else if (!isUpper && !isDigit) snake = false;
    else if (i === 0 && !isUpper) snake = false;
    if (c === 58) colon = true;
  }
  if (snake && (underscores === 0 || value.charCodeAt(length - 1) === 95)) snake = false;
  // every URL_LIKE alternative holds a colon but `//`
  if ((colon || value.startsWith('//')) && URL_LIKE.test(value)) return false;
  if (digits || snake) return false;
  if (letters && (!upper || !lower || classTransitions(value) < length / 4)) return false;
  return true;
}

export function assessGenericValue(value: string, nameKind?: SensitiveKind): GenericAssessment {
  const t = thresholdsFor(nameKind);
  const length = value.length;
  if (length < t.minLength) return { secret: false, reason: 'too short' };
  const maxLength = nameKind === 'privateKey' ? 8192 : 500;
  if (length > maxLength) return { secret: false, reason: 'too long' };
  if (/\s/.test(value)) return { secret: false, reason: 'contains whitespace' };
  if (isPlaceholder(value)) return { secret: false, reason: 'placeholder' };
  if (!PRINTABLE.test(value)) return { secret: false, reason: 'non-ASCII or control characters' };
  if (!t.printable && !TOKEN_CHARSET.test(value)) return { secret: false, reason: 'not a token character set' };
  if (isPublicByDesignValue(value)) return { secret: false, reason: 'public by design' };
  if (URL_LIKE.test(value)) return { secret: false, reason: 'URL' };
  if (SRI.test(value)) return { secret: false, reason: 'subresource integrity hash' };
  if (PASSWORD_HASH.test(value)) return { secret: false, reason: 'password hash' };
  if (UUID.test(value)) {
    // A UUID bound to an API key, secret or token name is one (Heroku API keys are UUIDs), unless it is a
    // documentation example or a made-up one (`11111111-…`, `12345678-1234-…`).
    if (nameKind === undefined || !UUID_CREDENTIAL_KINDS.has(nameKind)) return { secret: false, reason: 'UUID' };
    if (DOCUMENTATION_UUIDS.has(value.toLowerCase()) || hasRepeatedOrSequentialRun(value, 5) || distinctHexDigits(value) <= MADE_UP_UUID_DIGITS) {
      return { secret: false, reason: 'example UUID' };
    }
    return { secret: true, entropy: shannonEntropy(value) };
  }
  if (ULID.test(value)) return { secret: false, reason: 'ULID' };
  if (ID_PREFIXES.some((p) => value.startsWith(p) && (p.endsWith('_') || p.endsWith('-') || HEX.test(value.slice(2))))) {
    return { secret: false, reason: 'record id' };
  }
  if (RECORD_ID.test(value)) return { secret: false, reason: 'record id' };
  if (HOSTNAME.test(value)) return { secret: false, reason: 'hostname' };
  if (VERSION.test(value)) return { secret: false, reason: 'version' };
  if (DATE.test(value)) return { secret: false, reason: 'date' };
  if (MIME.test(value)) return { secret: false, reason: 'MIME type' };
  if (FILE_PATH.test(value) || FILE_EXTENSION.test(value)) return { secret: false, reason: 'file path' };
  if (DIGITS.test(value)) return { secret: false, reason: 'numeric' };
  if (UPPER_SNAKE.test(value)) return { secret: false, reason: 'environment variable name' };
  if (looksLikeWords(value)) return { secret: false, reason: 'identifier or words' };
  if (nameKind !== 'password' && REGEX_SOURCE.test(value)) return { secret: false, reason: 'regular expression' };
  if (LETTERS.test(value) && (value === value.toLowerCase() || value === value.toUpperCase() || classTransitions(value) < length / 4)) {
    return { secret: false, reason: 'letters only' };
  }
  if (hasRepeatedOrSequentialRun(value, 5) || countAscendingRuns(value, 4, 2) >= 2) return { secret: false, reason: 'sequential' };
  const isHex = HEX.test(value);
  if (isHex) {
    const lower = value.toLowerCase();
    if (EMPTY_HASHES.has(lower)) return { secret: false, reason: 'hash of the empty string' };
    if (HASH_LENGTHS.has(length) && nameKind === undefined) return { secret: false, reason: 'hash-like hex' };
  }
  if (isBase64OfText(value)) return { secret: false, reason: 'base64 of text' };
  const entropy = shannonEntropy(value);
  // A short string cannot reach a high per-character entropy: cap the threshold at 85% of log2(length).
  const threshold = Math.min(isHex ? t.hexEntropy : t.entropy, 0.85 * Math.log2(length));
  if (entropy < threshold) return { secret: false, reason: `low entropy (${entropy.toFixed(2)} bits per character)` };
  return { secret: true, entropy };
}
