/**
 * `AST_NODE_TYPES` as a plain binding, from `@typescript-eslint/types`.
 * - It is the plugin's only run-time import from typescript-eslint (everything else is types). Importing it
 *   from `@typescript-eslint/utils` loaded that package whole, TypeScript's compiler included: ~370 modules
 *   and ~200 ms at every ESLint start, in JavaScript-only projects too. `@typescript-eslint/types` is 5 modules.
 *   `tests/plugin.test.ts` checks that loading the plugin stays light.
 * - The packages re-export it through getters, so every `AST_NODE_TYPES.X` in a hot visitor was a getter
 *   call; read once here, each test is a property load.
 */
import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/types';

export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;
export type AST_NODE_TYPES = NODE_TYPES;
