/**
 * Is a log statement development-only: inside `if (process.env.NODE_ENV === 'development') { … }`, after
 * `isDev &&`, or in the first branch of `import.meta.env.DEV ? … : …`? The vocabulary is data in
 * `src/core/taint/models/sinks/loggers.ts`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { readEnv } from '../../core/env/index.js';
import { DEVELOPMENT_FLAGS, DEVELOPMENT_MODES, MODE_ENV_NAMES, PRODUCTION_MODES } from '../../core/taint/models/sinks/loggers.js';
import { AST_NODE_TYPES, staticPropertyName, staticString, unwrapExpression } from '../../util/ast/index.js';

/** Whether a test is true only when the app runs in development. */
function isDevelopmentTest(test: TSESTree.Node): boolean {
  const t = unwrapExpression(test);
  if (t.type === AST_NODE_TYPES.Identifier) return DEVELOPMENT_FLAGS.has(t.name);
  if (t.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(t);
    return name !== undefined && DEVELOPMENT_FLAGS.has(name);
  }
  if (t.type === AST_NODE_TYPES.LogicalExpression && t.operator === '&&') return isDevelopmentTest(t.left) || isDevelopmentTest(t.right);
  if (t.type !== AST_NODE_TYPES.BinaryExpression || t.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
  const equal = t.operator === '===' || t.operator === '==';
  if (!equal && t.operator !== '!==' && t.operator !== '!=') return false;
  const left = unwrapExpression(t.left);
  const right = unwrapExpression(t.right);
  const mode = isModeRead(left) ? staticString(right) : isModeRead(right) ? staticString(left) : undefined;
  if (mode === undefined) return false;
  return equal ? DEVELOPMENT_MODES.has(mode) : PRODUCTION_MODES.has(mode);
}

function isModeRead(node: TSESTree.Node): boolean {
  const name = readEnv(node)?.name;
  return name !== undefined && MODE_ENV_NAMES.has(name);
}

function isFunction(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** Is `node` inside a branch that runs in development only (callbacks called there included)? */
export function isDevelopmentOnly(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && current.consequent === child && isDevelopmentTest(current.test)) return true;
    if (current.type === AST_NODE_TYPES.ConditionalExpression && current.consequent === child && isDevelopmentTest(current.test)) return true;
    if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator === '&&' && current.right === child && isDevelopmentTest(current.left)) {
      return true;
    }
    // A function's body runs wherever the function is called; a callback, where its call is.
    if (isFunction(current) && current.parent?.type !== AST_NODE_TYPES.CallExpression) return false;
  }
  return false;
}
