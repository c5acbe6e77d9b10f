/**
 * The environment reads `no-unsafe-secret-comparison` recognises. Kept apart so that the shared env model
 * (issue 9) can replace it in one place.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, unwrapExpression } from '../../util/ast/index.js';
import { propertyName } from './names.js';

/** `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`: the NAME, else undefined. */
export function envReadName(node: TSESTree.MemberExpression): string | undefined {
  const object = unwrapExpression(node.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression || propertyName(object) !== 'env') return undefined;
  const root = unwrapExpression(object.object);
  const isProcessEnv = root.type === AST_NODE_TYPES.Identifier && root.name === 'process';
  const isImportMetaEnv = root.type === AST_NODE_TYPES.MetaProperty && root.meta.name === 'import';
  if (!isProcessEnv && !isImportMetaEnv) return undefined;
  return propertyName(node);
}
