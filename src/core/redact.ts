import { scanText } from './detect/index.js';
import { shannonEntropy } from './entropy.js';

/**
 * A redacted preview of a secret value for messages: at most its first 4 characters and its length.
 * Values of 12 characters or fewer show no prefix at all, so a short password is never half printed.
 */
export function redactedPreview(value: string): string {
  // Most values have no surrogate and a printable ASCII prefix: no code point split, same result.
  const length = value.length;
  let plain = true;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      plain = false;
      break;
    }
    if (i < 4 && (c < 0x21 || c > 0x7e)) plain = false;
  }
  if (plain) return length <= 12 ? `${length} characters` : `"${value.slice(0, 4)}…", ${length} characters`;
  return codePointPreview(value);
}

/** `" characters"`, the end of every {@link redactedPreview}. */
const PREVIEW_TAIL = ' characters';

/**
 * True when `text` is exactly a {@link redactedPreview} (`16 characters`, `"abcd…", 16 characters`): at
 * most four printable ASCII characters and a length, safe by construction. Reports carry one per finding,
 * each a new string: they skip the scan and the per-file memo.
 */
export function isRedactedPreview(text: string): boolean {
  const length = text.length;
  if (length > 40 || !text.endsWith(PREVIEW_TAIL)) return false;
  let i = 0;
  if (text.charCodeAt(0) === 34) {
    if (text.charCodeAt(5) !== 0x2026 || text.charCodeAt(6) !== 34 || text.charCodeAt(7) !== 44 || text.charCodeAt(8) !== 32) return false;
    for (let k = 1; k <= 4; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x21 || c > 0x7e) return false;
    }
    i = 9;
  }
  const digitsEnd = length - PREVIEW_TAIL.length;
  if (digitsEnd <= i) return false;
  for (; i < digitsEnd; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function codePointPreview(value: string): string {
  const chars = Array.from(value); // code points, so no surrogate half is printed or counted
  const length = chars.length;
  if (length <= 12) return `${length} characters`;
  const prefix = chars.slice(0, 4).join('').replace(/[^\x21-\x7e]/gu, '?');
  return `"${prefix}…", ${length} characters`;
}

/** The longest piece of source text a message or its `data` may quote. */
export const MAX_QUOTED_TEXT = 160;

/**
 * Makes a text safe to show in a message: every credential the detectors find in it (a token as an object
 * key, in a logger's call path, an env name or an import path) is replaced by its kind and redacted
 * preview, and text longer than {@link MAX_QUOTED_TEXT} is cut in the middle. Every rule's report goes
 * through it (see `createRule`), so no message or `data` echoes a detected token.
 */
export function redactReportText(text: string): string {
  let result = text;
  if (text.length >= 8) {
    const detections = scanText(text, { minConfidence: 'low' });
    if (detections.length > 0) {
      let out = '';
      let at = 0;
      for (const d of detections) {
        if (d.start < at) continue;
        out += `${text.slice(at, d.start)}[${d.kind}, ${redactedPreview(text.slice(d.start, d.end))}]`;
        at = d.end;
      }
      result = out + text.slice(at);
    }
  }
  result = redactRandomRuns(result);
  if (result.length > MAX_QUOTED_TEXT) {
    const half = (MAX_QUOTED_TEXT >> 1) - 1;
    result = `${result.slice(0, half)}…${result.slice(result.length - half)}`;
  }
  return result;
}

function isTokenCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61;
}

/**
 * Runs of 20 or more token characters that look random (mixed case and digits, high entropy) are
 * redacted too: a token the detectors do not take apart where it sits (`loggers.eyJ….log.info`).
 */
function redactRandomRuns(text: string): string {
  let out: string | undefined;
  let at = 0;
  for (let i = 0; i < text.length; ) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let lower = false;
    let upper = false;
    let digit = false;
    while (end < text.length && isTokenCode(text.charCodeAt(end))) {
      const c = text.charCodeAt(end);
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if (c >= 48 && c <= 57) digit = true;
      end++;
    }
    if (end - i >= 20 && lower && upper && digit) {
      const run = text.slice(i, end);
      if (shannonEntropy(run) >= 4) {
        out = (out ?? '') + text.slice(at, i) + `[${redactedPreview(run)}]`;
        at = end;
      }
    }
    i = end;
  }
  return out === undefined ? text : out + text.slice(at);
}

/**
 * {@link redactReportText} on every string of a report's `data`. `memo`, when given, keeps the result of
 * each text (a per-file Map: a file's findings repeat the same kinds and secret names).
 */
export function redactReportData<T extends Record<string, unknown> | undefined>(data: T, memo?: Map<string, string>): T {
  if (!data) return data;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (typeof value !== 'string' || isRedactedPreview(value)) continue;
    let safe = memo?.get(value);
    if (safe === undefined) {
      safe = redactReportText(value);
      memo?.set(value, safe);
    }
    if (safe !== value) (copy ??= { ...data })[key] = safe;
  }
  return (copy ?? data) as T;
}
