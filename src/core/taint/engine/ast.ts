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

export { propertyKeyName, staticPropertyName, unwrapExpression } from '../../../util/ast/index.js';

/** A module specifier without Node's `node:` scheme: `node:crypto` → `crypto`. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '');
}
