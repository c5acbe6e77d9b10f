import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

/**
 * Every rule of the plugin by its name without the `secrets/` prefix.
 * The presets, the README table and the doc headers are generated from these rules' `meta`.
 */
export const rules: Record<string, RuleModule<string, readonly unknown[]>> = {};
