/**
 * A redacted preview of a secret value for messages: at most its first 4 characters and its length.
 * Values of 12 characters or fewer show no prefix at all, so a short password is never half printed.
 */
export function redactedPreview(value: string): string {
  const length = [...value].length;
  if (length <= 12) return `${length} characters`;
  const prefix = [...value].slice(0, 4).join('').replace(/[^\x21-\x7e]/gu, '?');
  return `"${prefix}…", ${length} characters`;
}
