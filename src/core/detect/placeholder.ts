/**
 * Placeholder and template values: `<YOUR_API_KEY>`, `your-api-key-here`, `xxxx`, `****`, `changeme`,
 * `${VAR}`, `{{ secrets.X }}`, `%VAR%`, `$VAR`, repeated or sequential characters, Stripe keys with an all-x body,
 * `TODO`, `REPLACE_ME`, dictionary passwords (`password123`, `supersecret`, `keyboard cat`).
 * Linear in the value's length; no backtracking regular expressions.
 */

const MASK = /^[*x•#.\-_]+$/i;
const VARIABLE_REFERENCE = /^[$:@][A-Za-z_][A-Za-z0-9_.]*$/;
/** Regular expressions of this module, for the ReDoS test. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [MASK, VARIABLE_REFERENCE];

/** Markers that make a value a template or a reference, wherever they appear. */
const TEMPLATE_MARKERS = ['${', '{{', '}}', '<%', '%>', '#{', '$(', '[[', ']]'];

/** Substrings (lower case) that mark a placeholder wherever they appear. */
const PLACEHOLDER_SUBSTRINGS = [
  'your',
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'replace',
  'placeholder',
  'example',
  'sample',
  'dummy',
  'fake',
  'redacted',
  'lorem',
  'ipsum',
  'notreal',
  'not_real',
  'not-real',
  'insert',
  'fixme',
  'todo',
  'tbd',
  'xxxx',
  '****',
  '••••',
  '...',
  '…',
  '____',
  '----',
  '####',
  'qwerty',
  'asdf',
  'letmein',
  'hunter2',
  'passw0rd',
  'p@ssw0rd',
  'p4ssw0rd',
  'p@ssword',
  'secret123',
  'mock',
  'test',
];

/**
 * Words that, alone or concatenated (`mysecretkey`, `super-secret`, `password123`, `keyboard cat`),
 * make a value a dummy rather than a credential. Digits and punctuation are ignored.
 */
const DUMMY_WORDS = [
  'my',
  'our',
  'the',
  'some',
  'super',
  'very',
  'top',
  'secret',
  'secrets',
  'password',
  'passwd',
  'pass',
  'pwd',
  'key',
  'api',
  'apikey',
  'token',
  'access',
  'auth',
  'private',
  'public',
  'client',
  'app',
  'application',
  'service',
  'session',
  'cookie',
  'jwt',
  'signing',
  'sign',
  'hmac',
  'encryption',
  'key',
  'dev',
  'development',
  'local',
  'localhost',
  'prod',
  'production',
  'staging',
  'demo',
  'default',
  'admin',
  'administrator',
  'root',
  'user',
  'username',
  'guest',
  'login',
  'welcome',
  'hello',
  'world',
  'foo',
  'bar',
  'baz',
  'qux',
  'abc',
  'xyz',
  'keyboard',
  'cat',
  'dog',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'blank',
  'true',
  'false',
  'disabled',
  'enabled',
  'unset',
  'missing',
  'unknown',
  'value',
  'string',
  'here',
  'goes',
  'put',
  'enter',
  'set',
  'me',
  'it',
  'to',
  'a',
  'an',
  'of',
  'for',
  'and',
  'is',
  'this',
  'that',
  'new',
  'old',
  'one',
  'two',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'rabbit',
  'rabbitmq',
  'guest',
  'db',
  'database',
  'sql',
  'server',
  'host',
  'pg',
  'oracle',
  'sa',
  'temp',
  'tmp',
  'sesame',
  'open',
  'opensesame',
  'trustno',
  'master',
  'shadow',
  'dragon',
  'monkey',
  'sunshine',
  'iloveyou',
  'princess',
  'football',
  'baseball',
  'starwars',
  'whatever',
  'nothing',
  'something',
  'anything',
  'random',
  'string',
  'stuff',
  'thing',
  'dont',
  'do',
  'not',
  'use',
  'in',
  'only',
];
const DUMMY_WORD_SET: ReadonlySet<string> = new Set(DUMMY_WORDS);
const MAX_DUMMY_WORD = DUMMY_WORDS.reduce((max, w) => Math.max(max, w.length), 0);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the letters of `lower` (digits and punctuation dropped) split entirely into dummy words. */
function isDummyWords(lower: string): boolean {
  let letters = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) letters += lower.charAt(i);
  }
  if (letters.length < 2 || letters.length > 64) return false;
  // Word-break dynamic programming, O(n · longest word).
  const ok: boolean[] = [true];
  for (let end = 1; end <= letters.length; end++) {
    ok[end] = false;
    for (let len = 1; len <= MAX_DUMMY_WORD && len <= end; len++) {
      if (ok[end - len] && DUMMY_WORD_SET.has(letters.slice(end - len, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  return ok[letters.length] === true;
}

/**
 * True when `value` contains a run of `minRun` characters that are all the same or ascending/descending
 * by one code point (`aaaaa`, `abcde`, `12345`, `54321`), counting letters and digits only.
 */
export function hasRepeatedOrSequentialRun(value: string, minRun: number): boolean {
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1);
    const cur = value.charCodeAt(i);
    const alnum = (isLetter(cur) || isDigit(cur)) && (isLetter(prev) || isDigit(prev));
    same = alnum && cur === prev ? same + 1 : 1;
    up = alnum && cur === prev + 1 ? up + 1 : 1;
    down = alnum && cur === prev - 1 ? down + 1 : 1;
    if (same >= minRun || up >= minRun || down >= minRun) return true;
  }
  return false;
}

/**
 * Runs of at least `minRun` ascending letters or digits (`1234`, `5678`, `abcd`), counted up to `limit`:
 * two in one value make it typed by a person (`8312341g-5678-abcd-…`), a random one has one in thousands.
 */
export function countAscendingRuns(value: string, minRun: number, limit: number): number {
  let runs = 0;
  let up = 1;
  for (let i = 1; i < value.length && runs < limit; i++) {
    const prev = value.charCodeAt(i - 1);
    const cur = value.charCodeAt(i);
    up = (isLetter(cur) || isDigit(cur)) && (isLetter(prev) || isDigit(prev)) && cur === prev + 1 ? up + 1 : 1;
    if (up === minRun) runs++;
  }
  return runs;
}

/** Number of distinct characters, counted up to `limit`. */
function distinctChars(value: string, limit: number): number {
  const seen = new Set<string>();
  for (const ch of value) {
    seen.add(ch);
    if (seen.size >= limit) break;
  }
  return seen.size;
}

/** Simple whole-value shapes of references: `<KEY>`, `%KEY%`, `$KEY`, `{KEY}`, `[KEY]`, `__KEY__`, `:key`. */
function isReferenceShape(v: string): boolean {
  const first = v[0];
  const last = v[v.length - 1];
  if ((first === '<' && last === '>') || (first === '%' && last === '%') || (first === '{' && last === '}')) return true;
  if (first === '[' && last === ']') return true;
  if (v.startsWith('__') && v.endsWith('__')) return true;
  if (first === '$' || first === ':' || first === '@') {
    // $DB_PASSWORD, :password, @secret — a variable or a bind parameter
    return VARIABLE_REFERENCE.test(v);
  }
  return false;
}

/** Why a value is a placeholder: a template or reference, a marker word, a mask, or dictionary words. */
export type PlaceholderReason = 'template' | 'reference' | 'marker' | 'mask' | 'dictionary';

/** The reason `value` is a placeholder, or `undefined` when it is not one. */
export function placeholderReason(value: string): PlaceholderReason | undefined {
  const v = value.trim();
  if (v.length === 0) return 'mask';
  if (v.length > 4096) return undefined;
  for (const marker of TEMPLATE_MARKERS) if (v.includes(marker)) return 'template';
  if (isReferenceShape(v)) return 'reference';
  const lower = v.toLowerCase();
  for (const word of PLACEHOLDER_SUBSTRINGS) if (lower.includes(word)) return 'marker';
  // A single repeated character or two alternating ones: `aaaaaaaa`, `abababab`, `00000000`.
  if (v.length >= 4 && distinctChars(v, 3) <= 2) return 'mask';
  if (hasRepeatedOrSequentialRun(v, 5)) return 'mask';
  // `*` / `x` masks: keys documented with an all-x body, passwords as `***`.
  if (MASK.test(v)) return 'mask';
  if (isDummyWords(lower)) return 'dictionary';
  return undefined;
}

/**
 * True for values that are placeholders or templates rather than credentials; such a value is never
 * reported as a secret.
 */
export function isPlaceholder(value: string): boolean {
  return placeholderReason(value) !== undefined;
}
