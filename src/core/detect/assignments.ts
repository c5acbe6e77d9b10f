/**
 * Name/value pairs written inline in command lines and similar text: `NPM_TOKEN=abc… npm publish`,
 * `export API_KEY="…"`, `--api-key=…`, `--password …`, `curl -u user:…`. The name then judges the value the
 * way a variable name judges a string in code. Used for CI scripts and `package.json` scripts.
 *
 * One pass over the text; each candidate costs a bounded amount of work. No regular expression runs on more
 * than one token.
 */

/** A value bound inline to a name; offsets are those of the value in the scanned text. */
export interface InlineAssignment {
  name: string;
  start: number;
  end: number;
}

const MAX_VALUE = 512;

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isFlagChar(code: number): boolean {
  return isNameChar(code) || code === 45; // -
}

function isBreak(code: number): boolean {
  // whitespace, quotes, shell operators, end of text
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13 || code === 59 || code === 38 || code === 124 || code === 41 || code === 96;
}

/** The value starting at `at`: quoted (`"…"`, `'…'`) or up to the next break. */
function readValue(text: string, at: number): { start: number; end: number; next: number } | undefined {
  const quote = text.charCodeAt(at);
  if (quote === 61 /* == is a comparison */) return undefined;
  if (quote === 34 || quote === 39) {
    const close = text.indexOf(String.fromCharCode(quote), at + 1);
    if (close === -1 || close - at > MAX_VALUE) return undefined;
    return { start: at + 1, end: close, next: close + 1 };
  }
  let end = at;
  while (end < text.length && end - at <= MAX_VALUE && !isBreak(text.charCodeAt(end)) && text.charCodeAt(end) !== 34 && text.charCodeAt(end) !== 39) end++;
  if (end === at || end - at > MAX_VALUE) return undefined;
  return { start: at, end, next: end };
}

/** Every inline assignment in `text`, in order. */
export function findInlineAssignments(text: string): InlineAssignment[] {
  const result: InlineAssignment[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */ && i > 0 && isFlagChar(text.charCodeAt(i - 1))) {
      // NAME=value or --name=value: walk back over the name
      let from = i;
      while (from > 0 && isFlagChar(text.charCodeAt(from - 1)) && i - from < 80) from--;
      const before = from > 0 ? text.charCodeAt(from - 1) : 32;
      if (!isBreak(before) && before !== 34 && before !== 39 && before !== 40) continue;
      const raw = text.slice(from, i);
      const name = raw.replace(/^-{1,2}/u, '');
      if (name.length === 0 || (raw.startsWith('-') && !raw.startsWith('--'))) continue;
      const value = readValue(text, i + 1);
      if (value === undefined) continue;
      result.push({ name, start: value.start, end: value.end });
      i = value.next - 1;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45 && (i === 0 || isBreak(text.charCodeAt(i - 1)))) {
      // --name value (the value must not be another flag)
      let end = i + 2;
      while (end < n && isFlagChar(text.charCodeAt(end)) && end - i < 80) end++;
      if (text.charCodeAt(end) !== 32) continue;
      const name = text.slice(i + 2, end);
      const valueAt = end + 1;
      if (name.length === 0 || text.charCodeAt(valueAt) === 45) continue;
      const value = readValue(text, valueAt);
      if (value === undefined) continue;
      if (name === 'user') {
        // curl --user name:password
        const colon = text.indexOf(':', value.start);
        if (colon !== -1 && colon < value.end) result.push({ name: 'password', start: colon + 1, end: value.end });
        continue;
      }
      result.push({ name, start: value.start, end: value.end });
    } else if (c === 45 && text.charCodeAt(i + 1) === 117 /* -u */ && text.charCodeAt(i + 2) === 32 && (i === 0 || isBreak(text.charCodeAt(i - 1)))) {
      const value = readValue(text, i + 3);
      if (value === undefined) continue;
      const colon = text.indexOf(':', value.start);
      if (colon !== -1 && colon < value.end && colon > value.start) result.push({ name: 'password', start: colon + 1, end: value.end });
    }
  }
  return result;
}
