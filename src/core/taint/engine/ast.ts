/** AST helpers of the engine (no knowledge of taint). */
import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../types.js';

type Node = TSESTree.Node;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration')
  );
}

/** Unwraps TypeScript-only wrappers and parentheses-free wrappers that do not change the value. */
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

/** The static name of a member expression's property: `a.b` → `b`, `a['b']` → `b`, `a[0]` → `0`. */
export function staticPropertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  const p = node.property;
  if (p.type === 'Literal' && (typeof p.value === 'string' || typeof p.value === 'number')) return String(p.value);
  if (p.type === 'TemplateLiteral' && p.expressions.length === 0) return p.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The static key of an object property: `a`, `'a'`, `[\`a\`]`; undefined for computed keys. */
export function propertyKeyName(
  prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | undefined {
  const key = prop.key;
  if (!prop.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/** A module specifier without Node's `node:` scheme: `node:crypto` → `crypto`. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '');
}
