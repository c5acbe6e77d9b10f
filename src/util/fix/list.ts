/** Removing one item of a list (an object property, an array element, an argument) with its comma. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Removes `node` together with its comma (the one after it, else the one before it), and its whole line
 * when it stands alone on it.
 */
export function removeListItem(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  node: TSESTree.Node,
): TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(node);
  const before = sourceCode.getTokenBefore(node);
  let start = node.range[0];
  let end = node.range[1];
  const trailingComma = after !== null && after.type === 'Punctuator' && after.value === ',';
  if (trailingComma) {
    end = after.range[1];
  } else if (before !== null && before.type === 'Punctuator' && before.value === ',') {
    start = before.range[0];
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const blank = (s: string): boolean => s.trim().length === 0;
  if (trailingComma && blank(text.slice(lineStart, start)) && blank(text.slice(end, lineEnd))) {
    return fixer.removeRange([lineStart, Math.min(lineEnd + 1, text.length)]);
  }
  if (trailingComma) {
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return fixer.removeRange([start, end]);
}
