/**
 * Guessable credentials: values written where a credential goes (a known credential parameter, the fallback
 * of a secret environment variable, a secret-named default) are hard-coded credentials whatever their
 * entropy — `session({ secret: 'keyboard cat' })` is exploitable precisely because it is guessable. Only
 * values that cannot be a credential are left out; what "cannot" means depends on the material:
 *
 * - `keyMaterial` (JWT, session, cookie and HMAC secrets, cipher keys): the code signs or encrypts with
 *   whatever string is there, so only empty values, masks, references to be substituted (`${JWT_SECRET}`)
 *   and public keys are left out; `your-256-bit-secret` and `changeme` are reported.
 * - `password` (databases, SMTP, basic auth) and `issued` (API keys and tokens a provider generates): as key
 *   material, and text that tells a person to put their own value there (`your-password`, `<password>`,
 *   `REPLACE_ME`, `insert-key-here`) or says none is configured (`disabled`, `none`, `unset`) is left out; `postgres`, `changeme`, `demo` and `sk_test_123` are
 *   reported: a server is set up with them, or the code runs with them in production.
 *
 * Pure string work, linear in the value's length.
 */
/** What a credential position holds, which decides the values that cannot be one. */
export type CredentialMaterial = 'keyMaterial' | 'password' | 'issued';

/** Why a value cannot be a credential. */
export type NotCredentialReason = 'empty' | 'mask' | 'template' | 'reference' | 'public key' | 'placeholder';

const TEMPLATE_MARKERS = ['${', '{{', '}}', '<%', '%>', '#{', '$(', '[['];
/** Characters a mask is made of: `********`, `••••`, `xxxx`, `----`, `####`, `____`, `....`. */
const MASK_CHARS = '*•·●xX#.-_ ';
/** Words of fixtures and placeholders (not weak passwords: `hunter2`, `changeme` and `qwerty` are chosen by people). */
const FIXTURE_MARKERS = ['your', 'replace', 'placeholder', 'example', 'sample', 'dummy', 'fake', 'redacted', 'lorem', 'ipsum', 'notreal', 'not_real', 'not-real', 'insert', 'fixme', 'todo', 'tbd', 'mock', 'test', 'xxxx', '...', '…'];

/**
 * Values that say a provider's credential is not configured (`clientSecret: config.secret ?? 'disabled'`): no
 * provider issues them, and no login is made with them.
 */
const NOT_CONFIGURED: ReadonlySet<string> = new Set([
  'disabled', 'none', 'null', 'nil', 'undefined', 'unset', 'notset', 'not-set', 'not_set', 'n/a', 'missing', 'unknown',
  'not-configured', 'not_configured', 'unconfigured', 'noop', 'off', 'false',
]);

/** Text that tells a person to put their own value there. */
const INSTRUCTION_MARKERS = ['your', 'placeholder', 'replace', 'insert', 'redacted', 'fixme', 'todo', 'tbd', 'fill'];
const PUBLIC_KEY_HEADS = ['-----BEGIN PUBLIC KEY', '-----BEGIN RSA PUBLIC KEY', '-----BEGIN CERTIFICATE', '-----BEGIN PGP PUBLIC', 'ssh-rsa ', 'ssh-ed25519 ', 'ecdsa-sha2-'];

/** A single repeated character (`aaaaaaaa`, `00000000`), or mask characters only (`********`, `xxxx-xxxx`). */
function isMask(value: string): boolean {
  let same = true;
  let masked = true;
  for (let i = 0; i < value.length && (same || masked); i++) {
    if (value.charCodeAt(i) !== value.charCodeAt(0)) same = false;
    if (!MASK_CHARS.includes(value[i] as string)) masked = false;
  }
  return same || masked;
}

/** `${DB_PASSWORD}`, `{{ secrets.X }}`, `%DB_PASSWORD%`, `$DB_PASSWORD`, `<password>`, `[PASSWORD]`, `__PASSWORD__`. */
function isReference(value: string): boolean {
  const first = value[0];
  const last = value[value.length - 1];
  if (value.length >= 3) {
    if ((first === '<' && last === '>') || (first === '%' && last === '%') || (first === '[' && last === ']')) return true;
    if (first === '{' && last === '}') return true;
    if (value.startsWith('__') && value.endsWith('__')) return true;
  }
  if (first === '$' && value.length >= 2) {
    // `$DB_PASSWORD`: a shell or compose variable, not `$2b$10$…` or `$ecret`
    for (let i = 1; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const ok = c === 95 || (c >= 65 && c <= 90) || (i > 1 && c >= 48 && c <= 57);
      if (!ok) return false;
    }
    return true;
  }
  return false;
}

/**
 * Why `value`, written in a credential position holding `material`, cannot be a credential; `undefined`
 * when it is a hard-coded one.
 */
export function notCredentialReason(value: string, material: CredentialMaterial): NotCredentialReason | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'empty';
  if (isMask(trimmed)) return 'mask';
  for (const marker of TEMPLATE_MARKERS) if (trimmed.includes(marker)) return 'template';
  if (isReference(trimmed)) return 'reference';
  for (const head of PUBLIC_KEY_HEADS) if (trimmed.startsWith(head)) return 'public key';
  if (material === 'keyMaterial') return undefined;
  const lower = trimmed.toLowerCase();
  for (const marker of INSTRUCTION_MARKERS) if (lower.includes(marker)) return 'placeholder';
  if (NOT_CONFIGURED.has(lower)) return 'placeholder';
  return undefined;
}

/** The password part of `scheme://user:password@host…` inside `value`, with its offsets and host. */
export interface UrlPassword {
  start: number;
  end: number;
  host: string;
}

/** The password of the first `scheme://user:password@host` in a value (bounded scan), else undefined. */
export function urlPassword(value: string): UrlPassword | undefined {
  const scheme = value.indexOf('://');
  if (scheme < 0 || scheme > 32) return undefined;
  const authStart = scheme + 3;
  const limit = Math.min(value.length, authStart + 512);
  let at = -1;
  let end = authStart;
  for (; end < limit; end++) {
    const c = value.charCodeAt(end);
    if (c === 64) at = end;
    else if (c === 47 || c === 63 || c === 35 || c <= 32) break;
  }
  if (at < 0) return undefined;
  const colon = value.indexOf(':', authStart);
  if (colon < 0 || colon > at) return undefined;
  let hostEnd = at + 1;
  while (hostEnd < end && value.charCodeAt(hostEnd) !== 58) hostEnd++;
  return { start: colon + 1, end: at, host: value.slice(at + 1, hostEnd).toLowerCase() };
}

/**
 * Does a value bound only to a credential *name* (no known API) look like a person's password, not a
 * label, field name, key of a translation, route or selector? `strict` reports these; `recommended` only
 * those with three character classes (see {@link looksLikeChosenPassword}).
 * `nameWords`: the words of the name (`dbPassword` → db, password), whose repetition is a field name.
 */
export function isHumanPasswordCandidate(value: string, nameWords: readonly string[]): boolean {
  const length = value.length;
  if (length < 4 || length > 64) return false;
  if (notCredentialReason(value, 'password') !== undefined) return false;
  // A placeholder or fixture (`test123`, `mock-smtp-password`, `dummy`, `your-password`), not a person's choice;
  // weak and dictionary passwords (`admin`, `hunter2`, `changeme`, `supersecret`) are exactly what people choose.
  const lowerValue = value.toLowerCase();
  for (const marker of FIXTURE_MARKERS) if (lowerValue.includes(marker)) return false;
  let spaces = 0;
  let upper = 0;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c > 126) return false; // UI text in another script, typographic quotes
    if (c === 32) spaces++;
    else if (c >= 65 && c <= 90) upper++;
  }
  const first = value.charCodeAt(0);
  const lastChar = value[length - 1] as string;
  // A prefix (`fbocs_`, `sk-`, `key:`), not a whole value
  if (lastChar === '_' || lastChar === '-' || lastChar === ':') return false;
  // Routes, URLs, paths, selectors, i18n keys, format strings
  if (first === 47 || first === 35 || first === 46 || first === 91 || first === 64 || first === 58) return false;
  if (value.includes('/') || value.includes('[') || value.includes('=') || value.includes('>') || value.includes('%s')) return false;
  const words = splitLowerWords(value);
  if (words.length === 0) return false;
  if (spaces > 0) {
    // A sentence, label or message (`Enter your password`, `Password must be 8 characters`, `can't be
    // blank`); a short lowercase phrase without grammar words (`keyboard cat`) may be a passphrase.
    if (spaces > 2 || upper > 0 || '.!?:…'.includes(lastChar)) return false;
    if (words.some((word) => MESSAGE_WORDS.has(word))) return false;
  }
  // A field name, label or storage key made of a credential word and the words fields are named with:
  // `password`, `new-password`, `confirmPassword`, `auth.passwordLabel`, `access_token` (not `my-signing-key`)
  if (words.some((word) => CREDENTIAL_WORDS.has(word)) && words.every((word) => CREDENTIAL_WORDS.has(word) || FIELD_WORDS.has(word) || nameWords.includes(word))) {
    return false;
  }
  if (words.length === 1 && (nameWords.includes(words[0] as string) || UI_VALUE_WORDS.has(words[0] as string))) return false;
  // A type of a GraphQL schema (`String!`)
  if (GRAPHQL_TYPE.test(value)) return false;
  // A label in title case (`Passwort`, `Secret`), an enum or constant name (`PASSWORD_RESET`)
  if (isTitleWord(value) || isConstantName(value)) return false;
  // A dotted or namespaced key (`errors.passwordTooShort`, `auth:secret_hint`)
  if (NAMESPACED_KEY.test(value)) return false;
  return true;
}

const IDENTIFIER_LIKE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** `errors.passwordTooShort`, `auth:secret_hint`: keys of translations and settings. */
const NAMESPACED_KEY = /^[A-Za-z][A-Za-z0-9_-]*(?:[.:][A-Za-z][A-Za-z0-9_-]*)+$/;

/** Words that make a value a field name or label when it contains them. */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'secret', 'secrets', 'token', 'tokens',
  'key', 'keys', 'apikey', 'credential', 'credentials', 'pin', 'otp', 'login', 'username', 'email',
]);

/** Words that name fields, labels, messages and storage slots around a credential word. */
const FIELD_WORDS: ReadonlySet<string> = new Set([
  'new', 'old', 'current', 'confirm', 'confirmation', 'confirmed', 'repeat', 'retype', 'reset', 'forgot', 'forgotten', 'change',
  'input', 'field', 'label', 'hint', 'placeholder', 'error', 'errors', 'required', 'invalid', 'mismatch', 'match', 'show', 'hide',
  'toggle', 'form', 'user', 'users', 'client', 'access', 'refresh', 'id', 'auth', 'api', 'type', 'name', 'value', 'storage', 'local',
  'session', 'cookie', 'header', 'param', 'query', 'strength', 'min', 'max', 'length', 'policy', 'rules', 'help', 'text', 'title',
  'app', 'account', 'admin', 'db', 'database', 'jwt', 'bearer', 'csrf', 'xsrf', 'x', 'is', 'has', 'set', 'get',
  // error codes: `incorrectPassword`, `missingOldPassword`, `incorrectEmailOrPassword`, `passwordTooWeak`
  'incorrect', 'missing', 'wrong', 'weak', 'expired', 'short', 'long', 'too', 'not', 'no', 'empty', 'blank', 'or', 'and',
  'same', 'used', 'reused', 'update', 'updated', 'changed', 'sent', 'verify', 'verified', 'valid',
  // columns and derived values: `hashed_password`, `remember_token`, `password_digest`, `encrypted_secret`
  'hashed', 'hash', 'encrypted', 'digest', 'salt', 'remember', 'expires', 'expiry', 'at', 'count',
]);

/** Single words that are values of inputs, icons and flags, never a password: `type: 'text'`, `icon: 'lock'`. */
const UI_VALUE_WORDS: ReadonlySet<string> = new Set([
  'text', 'hidden', 'string', 'boolean', 'number', 'lock', 'unlock', 'eye', 'visible', 'show', 'hide', 'none', 'off', 'on',
  'true', 'false', 'null', 'undefined', 'optional', 'required', 'disabled', 'enabled', 'default', 'custom', 'auto', 'manual',
]);

/** A GraphQL scalar type: `String!`, `[ID!]!`. */
const GRAPHQL_TYPE = /^\[?(?:String|Int|Float|Boolean|ID)!?\]?!?$/;

/** Grammar words of messages (`can't be blank`, `is invalid`, `does not match`), not of passphrases. */
const MESSAGE_WORDS: ReadonlySet<string> = new Set([
  'is', 'be', 'are', 'was', 'were', 'been', 'can', 't', 'cannot', 'must', 'should', 'will', 'not', 'no', 'too', 'the', 'a', 'an',
  'of', 'to', 'for', 'and', 'or', 'with', 'please', 'enter', 'your', 'required', 'invalid', 'blank', 'empty', 'match', 'does',
  'do', 'at', 'least', 'characters', 'password', 'secret', 'token', 'key',
]);

/** Letters and digits split at case changes and separators, lower case. */
function splitLowerWords(value: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 32;
    const isUpper = c >= 65 && c <= 90;
    const isWordChar = isUpper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!isWordChar) {
      if (start >= 0) words.push(value.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    else if (isUpper) {
      const prev = value.charCodeAt(i - 1);
      if (prev >= 97 && prev <= 122) {
        words.push(value.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  return words;
}

function isTitleWord(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

function isConstantName(value: string): boolean {
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (!(c === 95 || (c >= 48 && c <= 57))) return false;
  }
  return letters >= 2 && value.includes('_');
}

/**
 * A person's password, for `recommended`: eight characters or more without spaces, mixing at least three
 * of lower case, upper case, digits and symbols other than separators (`S3cureP@ss!`, `Welcome2024!`), and
 * not a code identifier.
 */
export function looksLikeChosenPassword(value: string): boolean {
  if (value.length < 8 || value.length > 64) return false;
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let symbol = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || c > 126) return false;
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    // separators of names and keys (`integration-test-key-2`, `feature_flag_v2`) are not a password's symbols
    else if (c !== 45 && c !== 95 && c !== 46 && c !== 47 && c !== 58) symbol = 1;
  }
  if (lower + upper + digit + symbol < 3) return false;
  // `fooBar_2`, `onClick$1`: identifiers mix classes too, but keep their symbols to `_` and `$`
  if (symbol === 1 && IDENTIFIER_LIKE.test(value)) return false;
  return true;
}

/** Regular expressions of this module, for the ReDoS test. */
export const GUESSABLE_PATTERNS: readonly RegExp[] = [IDENTIFIER_LIKE, NAMESPACED_KEY, GRAPHQL_TYPE];
