/**
 * The environment: global objects whose properties are environment variables (`process.env`), and the
 * frameworks' private env modules (from the framework registry: `$env/static/private`, `astro:env/server`).
 * Which variables are secrets is `judgeEnvName`'s call (`src/core/env/`), as in every rule. Read by
 * `engine/env-reads.ts`; their text forms are part of the pre-check.
 */
import type { EnvObject } from '../../../env/index.js';
import { ENV_MODULES, FRAMEWORK_NAMES, PRIVATE_CONFIG_FUNCTIONS, type EnvModuleEntry } from '../../../framework/registry.js';
import type { SourceModel } from '../../types.js';

/** `<object>.<property>` is an environment holder: `process.env`. */
export interface EnvHolderRow {
  /** The tag of the object: `global:process`, `meta:import.meta`. */
  readonly object: string;
  readonly property: string;
  /** The holder in messages and in the text pre-check: `process.env`. */
  readonly label: EnvObject;
}

export const ENV_HOLDERS: readonly EnvHolderRow[] = [
  { object: 'global:process', property: 'env', label: 'process.env' },
  { object: 'meta:import.meta', property: 'env', label: 'import.meta.env' },
  { object: 'global:Bun', property: 'env', label: 'Bun.env' },
];

/** `Deno.env.get("X")` reads one variable (see `readEnv` of `src/core/env/`). */
export const ENV_GETTERS: readonly EnvObject[] = ['Deno.env'];

/** The frameworks' private env modules. */
export const PRIVATE_ENV_MODULES: readonly EnvModuleEntry[] = [...ENV_MODULES.values()].filter((m) => m.visibility === 'private');

/**
 * The frameworks' private config functions, from the registry: `useRuntimeConfig()` (auto-imported in Nuxt and
 * Nitro, or imported) returns the server's config, whose properties with secret names are secrets
 * (`config.stripeSecretKey`); its `public` part and other names are not.
 */
export const frameworkConfig: SourceModel = {
  name: "Frameworks' private runtime config",
  clients: [],
  sources: PRIVATE_CONFIG_FUNCTIONS.map(({ module, name, framework }) => ({
    via: 'call',
    tag: module === undefined ? `global:${name}` : `module:${module}#${name}`,
    shape: { $names: 'env' },
    label: `the ${FRAMEWORK_NAMES[framework]} runtime config of ${name}()`,
  })),
};
