/**
 * The environment reads `no-secret-env-in-client` recognises: `process.env.X`, `import.meta.env.X`.
 * Kept apart so that the shared env model (issue 9) can replace it in one place.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, staticPropertyName, unwrapExpression } from '../../util/ast/index.js';

type Node = TSESTree.Node;

export type EnvObject = 'process.env' | 'import.meta.env';

/** `process.env` or `import.meta.env`, else undefined. */
export function envObjectOf(node: Node): EnvObject | undefined {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.computed) return undefined;
  if (inner.property.type !== AST_NODE_TYPES.Identifier || inner.property.name !== 'env') return undefined;
  const object = inner.object;
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process') return 'process.env';
  if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta') {
    return 'import.meta.env';
  }
  return undefined;
}

/** The env variable a member expression reads: `process.env.X` → `{ name: 'X' }`. */
export function envRead(node: Node): { name: string; object: EnvObject } | undefined {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = envObjectOf(inner.object);
  if (object === undefined) return undefined;
  const name = staticPropertyName(inner);
  return name === undefined ? undefined : { name, object };
}
