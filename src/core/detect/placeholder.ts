/**
 * Placeholder and template values: `<YOUR_API_KEY>`, `your-api-key-here`, `xxxx`, `****`, `changeme`,
 * `${VAR}`, `{{ secrets.X }}`, `%VAR%`, `$VAR`, repeated or sequential characters, Stripe keys with an all-x body,
 * `TODO`, `REPLACE_ME`, dictionary passwords (`password123`, `supersecret`, `keyboard cat`).
 * Linear in the value's length; no backtracking regular expressions.
 */

const VARIABLE_REFERENCE = /^[$:@][A-Za-z_][A-Za-z0-9_.]*$/;
/** Regular expressions of this module, for the ReDoS test. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [VARIABLE_REFERENCE];

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
 * Constant lookup tables for the two substring lists (built once, never mutated): every template marker
 * and every ASCII placeholder substring is indexed by its first two characters (`c0 * 128 + c1`), so one
 * pass over a value finds whether any occurs, instead of one search of the value per entry.
 */
const TEMPLATE_BIGRAMS: Uint8Array = (() => {
  const table = new Uint8Array(128 * 128);
  for (const marker of TEMPLATE_MARKERS) {
    const c0 = marker.charCodeAt(0);
    const c1 = marker.charCodeAt(1);
    if (marker.length !== 2 || c0 >= 128 || c1 >= 128) throw new Error(`placeholder: template marker ${marker} is not two ASCII characters`);
    table[c0 * 128 + c1] = 1;
  }
  return table;
})();
const ASCII_SUBSTRINGS_BY_BIGRAM: readonly (readonly string[] | undefined)[] = (() => {
  const table = new Array<string[] | undefined>(128 * 128).fill(undefined);
  for (const word of PLACEHOLDER_SUBSTRINGS) {
    if (!/^[\x00-\x7f]{2,}$/u.test(word)) continue;
    (table[word.charCodeAt(0) * 128 + word.charCodeAt(1)] ??= []).push(word);
  }
  return table;
})();
/** 1 where {@link ASCII_SUBSTRINGS_BY_BIGRAM} has words: the fast test most positions stop at. */
const SUBSTRING_BIGRAMS: Uint8Array = Uint8Array.from(ASCII_SUBSTRINGS_BY_BIGRAM, (words) => (words === undefined ? 0 : 1));
/** The placeholder substrings with a character outside ASCII (`••••`, `…`): searched only in such values. */
const NON_ASCII_SUBSTRINGS: readonly string[] = PLACEHOLDER_SUBSTRINGS.filter((word) => !/^[\x00-\x7f]{2,}$/u.test(word));

/** True when `lower` contains one of {@link PLACEHOLDER_SUBSTRINGS}. */
function hasPlaceholderSubstring(lower: string): boolean {
  let nonAscii = false;
  let c1 = lower.charCodeAt(0);
  for (let i = 0; i < lower.length; i++) {
    const c0 = c1;
    c1 = lower.charCodeAt(i + 1); // NaN past the end
    if (c0 >= 128) {
      nonAscii = true;
      continue;
    }
    if (!(c1 < 128)) continue;
    if (SUBSTRING_BIGRAMS[(c0 << 7) | c1] === 0) continue;
    for (const word of ASCII_SUBSTRINGS_BY_BIGRAM[(c0 << 7) | c1] as readonly string[]) {
      let j = 2;
      while (j < word.length && lower.charCodeAt(i + j) === word.charCodeAt(j)) j++;
      if (j === word.length) return true;
    }
  }
  return nonAscii && NON_ASCII_SUBSTRINGS.some((word) => lower.includes(word));
}

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
/**
 * The dummy words as a trie over `a`–`z` (constant tables, never mutated): `DUMMY_TRIE[node * 26 + letter]`
 * is the child node (0: none; the root is node 0 and never a child), `DUMMY_WORD_END[node]` is 1 where a
 * word ends. Walking it from each reachable start finds every word a value's letters may continue with,
 * without slicing a string per candidate length.
 */
const { DUMMY_TRIE, DUMMY_WORD_END } = (() => {
  const children: number[] = [];
  const ends: number[] = [0];
  for (let i = 0; i < 26; i++) children.push(0);
  for (const word of DUMMY_WORDS) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97;
      if (letter < 0 || letter >= 26) throw new Error(`placeholder: dummy word ${word} is not lower-case a-z`);
      let child = children[node * 26 + letter] as number;
      if (child === 0) {
        child = ends.length;
        ends.push(0);
        for (let j = 0; j < 26; j++) children.push(0);
        children[node * 26 + letter] = child;
      }
      node = child;
    }
    ends[node] = 1;
  }
  return { DUMMY_TRIE: Int32Array.from(children), DUMMY_WORD_END: Uint8Array.from(ends) };
})();

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters and digits (ASCII), for the run checks: 1 where a code below 128 is one (constant). */
const ALNUM_CODES: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (isLetter(c) || isDigit(c)) table[c] = 1;
  return table;
})();

function isAlnumCode(c: number): boolean {
  return c < 128 && ALNUM_CODES[c] === 1;
}

/** The characters a mask is made of (`***`, `xxxx`, `••••`, `----`): `*x•#.-_`, `x` in either case. */
function isMaskCode(c: number): boolean {
  return c === 42 || c === 120 || c === 88 || c === 0x2022 || c === 35 || c === 46 || c === 45 || c === 95;
}

/** True when the letters of `lower` (digits and punctuation dropped) split entirely into dummy words. */
function isDummyWords(lower: string): boolean {
  let count = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) count++;
  }
  if (count < 2 || count > 64) return false;
  return count <= 30 ? isDummyWordsShort(lower) : isDummyWordsLong(lower, count);
}

/**
 * {@link isDummyWords} for at most 30 letters, with no allocation: the letter positions a split reaches
 * are bits of one integer, and each walk reads the letters from the string itself.
 */
function isDummyWordsShort(lower: string): boolean {
  const length = lower.length;
  let reached = 1; // bit k: some split of the first k letters into dummy words exists
  let letter = 0; // the index among letters of the letter at position i
  for (let i = 0; i < length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    if ((reached & (1 << letter)) !== 0) {
      let node = 0;
      let end = letter;
      for (let j = i; j < length; j++) {
        const d = lower.charCodeAt(j);
        if (d < 97 || d > 122) continue;
        node = DUMMY_TRIE[node * 26 + d - 97] as number;
        if (node === 0) break;
        end++;
        if (DUMMY_WORD_END[node] === 1) reached |= 1 << end;
      }
    }
    letter++;
  }
  return (reached & (1 << letter)) !== 0;
}

function isDummyWordsLong(lower: string, count: number): boolean {
  const letters = new Uint8Array(count);
  for (let i = 0, j = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) letters[j++] = c - 97;
  }
  // Word break by reachability: from every position some split reaches, walk the trie forward and mark
  // where each dummy word ends. Linear in the letters times the longest word.
  const reached = new Uint8Array(count + 1);
  reached[0] = 1;
  for (let start = 0; start < count; start++) {
    if (reached[start] === 0) continue;
    let node = 0;
    for (let end = start; end < count; end++) {
      node = DUMMY_TRIE[node * 26 + (letters[end] as number)] as number;
      if (node === 0) break;
      if (DUMMY_WORD_END[node] === 1) reached[end + 1] = 1;
    }
  }
  return reached[count] === 1;
}

/**
 * True when `value` contains a run of `minRun` characters that are all the same or ascending/descending
 * by one code point (`aaaaa`, `abcde`, `12345`, `54321`), counting letters and digits only.
 */
export function hasRepeatedOrSequentialRun(value: string, minRun: number): boolean {
  let same = 1;
  let up = 1;
  let down = 1;
  let prev = value.charCodeAt(0);
  let prevAlnum = isAlnumCode(prev);
  for (let i = 1; i < value.length; i++) {
    const cur = value.charCodeAt(i);
    const curAlnum = isAlnumCode(cur);
    if (curAlnum && prevAlnum) {
      same = cur === prev ? same + 1 : 1;
      up = cur === prev + 1 ? up + 1 : 1;
      down = cur === prev - 1 ? down + 1 : 1;
      if (same >= minRun || up >= minRun || down >= minRun) return true;
    } else {
      same = 1;
      up = 1;
      down = 1;
    }
    prev = cur;
    prevAlnum = curAlnum;
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

/** True when `value` has at most two distinct code points (`aaaaaaaa`, `abababab`, `00000000`). */
function hasAtMostTwoCodePoints(value: string): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < value.length; ) {
    const code = value.codePointAt(i) as number;
    i += code > 0xffff ? 2 : 1;
    if (code === first || code === second) continue;
    if (first < 0) first = code;
    else if (second < 0) second = code;
    else return false;
  }
  return true;
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
  const length = v.length;
  if (length === 0) return 'mask';
  if (length > 4096) return undefined;
  // One pass gathers what the checks below need, in their order of precedence: a template marker (which
  // wins at once), a run of 5 repeated or sequential letters or digits, at most two distinct characters,
  // and a value made of mask characters only. A value with a surrogate takes the code-point check instead.
  let run = false;
  let same = 1;
  let up = 1;
  let down = 1;
  let second = -1;
  let twoChars = true;
  let allMask = true;
  let surrogate = false;
  let prev = v.charCodeAt(0);
  let prevAlnum = isAlnumCode(prev);
  const first = prev;
  if (prev >= 0xd800 && prev <= 0xdfff) surrogate = true;
  if (!isMaskCode(prev)) allMask = false;
  for (let i = 1; i < length; i++) {
    const cur = v.charCodeAt(i);
    if ((prev | cur) < 128 && TEMPLATE_BIGRAMS[(prev << 7) | cur] === 1) return 'template';
    const curAlnum = isAlnumCode(cur);
    if (!run) {
      if (curAlnum && prevAlnum) {
        same = cur === prev ? same + 1 : 1;
        up = cur === prev + 1 ? up + 1 : 1;
        down = cur === prev - 1 ? down + 1 : 1;
        if (same >= 5 || up >= 5 || down >= 5) run = true;
      } else {
        same = 1;
        up = 1;
        down = 1;
      }
    }
    if (twoChars && cur !== first && cur !== second) {
      if (second < 0) second = cur;
      else twoChars = false;
    }
    if (allMask && !isMaskCode(cur)) allMask = false;
    if (cur >= 0xd800 && cur <= 0xdfff) surrogate = true;
    prev = cur;
    prevAlnum = curAlnum;
  }
  if (isReferenceShape(v)) return 'reference';
  const lower = v.toLowerCase();
  if (hasPlaceholderSubstring(lower)) return 'marker';
  // A single repeated character or two alternating ones: `aaaaaaaa`, `abababab`, `00000000`.
  if (length >= 4 && (surrogate ? hasAtMostTwoCodePoints(v) : twoChars)) return 'mask';
  if (run) return 'mask';
  // Masks of `*x•#.-_` only: keys documented with an all-x body, passwords as `***`.
  if (allMask) return 'mask';
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
