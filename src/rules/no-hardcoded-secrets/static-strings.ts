/**
 * Static string values of the nodes the rule inspects: string literals, templates without expressions and
 * `+` concatenations of those. A concatenation is judged once, as a whole, at its outermost static node.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, staticString } from '../../util/ast/index.js';

/**
 * Per-file memo of `+` concatenations: their static value, or `null` when some piece is not static. A plain
 * Map (it dies with the file): a WeakMap entry per `+` made every garbage collection trace ephemerons.
 */
export type ConcatMemo = Map<TSESTree.BinaryExpression, string | null>;

/** The cooked value of a template literal without expressions, or `null`. */
export function staticTemplateValue(node: TSESTree.TemplateLiteral): string | null {
  return staticString(node) ?? null;
}

/** The static string value of a leaf (string literal or static template), or `null`. */
function leafValue(node: TSESTree.Node, memo: ConcatMemo): string | null {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? node.value : null;
    case AST_NODE_TYPES.TemplateLiteral:
      return staticTemplateValue(node);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? staticConcatValue(node, memo) : null;
    default:
      return null;
  }
}

/**
 * The value of a `+` concatenation whose every piece is a static string, or `null`. Memoised per file and
 * computed iteratively along the left spine, so a long minified chain costs linear time and no deep recursion.
 */
export function staticConcatValue(node: TSESTree.BinaryExpression, memo: ConcatMemo): string | null {
  const known = memo.get(node);
  if (known !== undefined) return known;
  // Walk down the left spine to the first node that is not an unmemoised `+`.
  const spine: TSESTree.BinaryExpression[] = [];
  let current: TSESTree.Expression | TSESTree.PrivateIdentifier = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+' && !memo.has(current)) {
    spine.push(current);
    current = current.left;
  }
  let value: string | null = leafValue(current, memo);
  for (let i = spine.length - 1; i >= 0; i--) {
    const binary = spine[i] as TSESTree.BinaryExpression;
    if (value !== null) {
      const right = leafValue(binary.right, memo);
      value = right === null ? null : value + right;
    }
    memo.set(binary, value);
  }
  return value;
}

/** True when `node` is a piece of a larger static concatenation (which is inspected instead). */
export function isInsideStaticConcat(node: TSESTree.Node, memo: ConcatMemo): boolean {
  const parent = node.parent;
  return (
    parent !== undefined &&
    parent.type === AST_NODE_TYPES.BinaryExpression &&
    parent.operator === '+' &&
    staticConcatValue(parent, memo) !== null
  );
}

/** Escapes text for the inside of a template literal: backslashes, backticks, `${` and control characters. */
export function escapeTemplateText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === '\\' || ch === '`') out += `\\${ch}`;
    else if (ch === '$' && text[i + 1] === '{') out += '\\$';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is written as it is; a lone surrogate (from an escape such as `\uD800`) cannot be
      // written to a UTF-8 file and stays an escape.
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (text[i + 1] as string);
        i++;
      } else out += `\\u${code.toString(16)}`;
    } else out += ch;
  }
  return out;
}
