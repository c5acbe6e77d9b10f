/** AST helpers of the engine (no knowledge of taint). */
import type { TSESTree } from '@typescript-eslint/utils';
import * as ast from '../../../util/ast/index.js';
import type { FunctionNode } from '../types.js';

type Node = TSESTree.Node;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration')
  );
}

// Constants, not re-exports: TypeScript compiles a re-export to CommonJS as a getter, and the engine calls
// these at almost every node.
export const propertyKeyName = ast.propertyKeyName;
export const staticPropertyName = ast.staticPropertyName;
export const unwrapExpression = ast.unwrapExpression;

/** A module specifier without Node's `node:` scheme: `node:crypto` → `crypto`. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '');
}
