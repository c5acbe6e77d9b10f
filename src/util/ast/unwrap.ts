/**
 * Wrappers that do not change a value: TypeScript's `x as T`, `x satisfies T`, `x!`, `<T>x`, `f<T>`, and
 * the `ChainExpression` around `a?.b`. ESTree has no node for parentheses, so they need no unwrapping.
 */
import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** The value inside TypeScript-only wrappers and optional chains: `(x as string)!` → x, `a?.b` → the member. */
export function unwrapExpression(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The other way: the node with the TypeScript wrappers around it (`'…' as string`), as its parent sees it. */
export function outermostWrapper(node: Node): Node {
  let current = node;
  for (let parent = current.parent; parent !== undefined; parent = current.parent) {
    if (
      parent.type !== 'TSAsExpression' &&
      parent.type !== 'TSSatisfiesExpression' &&
      parent.type !== 'TSNonNullExpression' &&
      parent.type !== 'TSTypeAssertion'
    ) {
      break;
    }
    current = parent;
  }
  return current;
}
