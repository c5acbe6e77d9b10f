/**
 * The environment: objects whose properties are environment variables (`process.env`, `import.meta.env`) and
 * modules whose exports are (SvelteKit's `$env/static/private`, `$env/dynamic/private`). A variable is a secret
 * when `judgeEnvName` says its name is (`src/core/env-names.ts`), as in every other rule. Read by
 * `engine/env-reads.ts`; their text forms are part of the pre-check.
 */

/** `<object>.<property>` is an environment holder: `process.env`. */
export interface EnvHolderRow {
  /** The tag of the object: `global:process`, `meta:import.meta`. */
  readonly object: string;
  readonly property: string;
  /** The holder in messages and in the text pre-check: `process.env`. */
  readonly label: string;
}

/** A module of private environment variables. */
export interface PrivateEnvModuleRow {
  readonly module: string;
  /**
   * `variables`: each named import is a variable (`import { DB_PASSWORD } from '$env/static/private'`);
   * `holder`: the export `holder` is an environment holder (`import { env } from '$env/dynamic/private'`).
   */
  readonly exports: 'variables' | { readonly holder: string };
}

export const ENV_HOLDERS: readonly EnvHolderRow[] = [
  { object: 'global:process', property: 'env', label: 'process.env' },
  { object: 'meta:import.meta', property: 'env', label: 'import.meta.env' },
];

export const PRIVATE_ENV_MODULES: readonly PrivateEnvModuleRow[] = [
  { module: '$env/static/private', exports: 'variables' },
  { module: '$env/dynamic/private', exports: { holder: 'env' } },
];
