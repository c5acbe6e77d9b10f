import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRedactedPreview, redactReportData, redactReportText, redactedPreview } from '../../src/core/redact.js';
import { ALNUM, fakeAwsAccessKeyId, fakeGithubToken, randomChars } from '../helpers/fake-tokens.js';

describe('redactedPreview', () => {
  it('shows a 4-character prefix and the length of a long value, only the length of a short one', () => {
    const token = fakeGithubToken();
    expect(redactedPreview(token)).toBe(`"${token.slice(0, 4)}…", ${token.length} characters`);
    expect(redactedPreview('hunter22')).toBe('8 characters');
    expect(redactedPreview('abcdefghijkl')).toBe('12 characters');
  });
  it('never shows a surrogate half or a non-printable character, and counts code points', () => {
    expect(redactedPreview('\u{1F600}\u{1F601}ab cdefghijklmn')).toBe('"??ab…", 17 characters');
    expect(redactedPreview(`\u{1F600}${'a'.repeat(11)}`)).toBe('12 characters');
  });
});

describe('isRedactedPreview', () => {
  it('is true of every preview redactedPreview makes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        expect(isRedactedPreview(redactedPreview(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    '',
    ' characters',
    'x characters',
    '16 characters and more',
    '16 characters ',
    '"abcde…", 16 characters',
    '"abc…", 16 characters',
    '"ab d…", 16 characters',
    '"abcd...", 16 characters',
    '"abcd…" 16 characters',
    '"abcd…", characters',
    `"abcd…", ${'1'.repeat(40)} characters`,
  ])('is false of %j, which is not exactly a preview', (text) => {
    expect(isRedactedPreview(text)).toBe(false);
  });
  it('agrees with the full redaction: a preview is left as it is', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const preview = redactedPreview(randomChars(13 + (seed % 40), `${ALNUM}=:/+-_.`, seed));
      expect(redactReportText(preview)).toBe(preview);
    }
  });
});

describe('redactReportText', () => {
  it('replaces a detected token by its kind and preview', () => {
    const key = fakeAwsAccessKeyId(3);
    const text = redactReportText(`loggers["${key}"].info`);
    expect(text).not.toContain(key);
    expect(text).toContain(`"${key.slice(0, 4)}…", ${key.length} characters`);
  });
  it('redacts a random-looking run of 20 or more token characters that no detector names', () => {
    const run = randomChars(32, ALNUM, 9);
    expect(redactReportText(`loggers.${run}.log.info`)).not.toContain(run);
  });
  it('cuts text longer than 160 characters in the middle', () => {
    const text = redactReportText(`process.env.${'A_'.repeat(200)}`);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toContain('…');
  });
  it('leaves ordinary names as they are', () => {
    expect(redactReportText('DATABASE_PASSWORD')).toBe('DATABASE_PASSWORD');
    expect(redactReportText('password in a postgres URL')).toBe('password in a postgres URL');
  });
});

describe('redactReportData', () => {
  it('redacts every string of the data, returns the same object when nothing changes, and keeps a memo', () => {
    const key = fakeAwsAccessKeyId(5);
    const clean = { kind: 'password', preview: '"abcd…", 20 characters', count: 3 };
    const memo = new Map<string, string>();
    expect(redactReportData(clean, memo)).toBe(clean);
    expect(memo.has('password')).toBe(true);
    // previews are safe by construction: neither scanned nor kept in the memo
    expect(memo.has(clean.preview)).toBe(false);
    const dirty = { kind: 'password', name: `cfg.${key}` };
    const safe = redactReportData(dirty, memo);
    expect(safe).not.toBe(dirty);
    expect(safe.name).not.toContain(key);
    expect(safe.kind).toBe('password');
    expect(dirty.name).toContain(key);
  });
});
