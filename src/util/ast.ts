/**
 * `AST_NODE_TYPES` as a plain binding. `@typescript-eslint/utils` re-exports it through a getter (and
 * `@typescript-eslint/types` through another), so every `AST_NODE_TYPES.X` in a hot visitor cost two
 * getter calls; read once here, each test is a property load.
 */
import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/utils';

export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;
export type AST_NODE_TYPES = NODE_TYPES;
