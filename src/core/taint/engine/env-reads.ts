/**
 * Environment reads: the one place where the engine recognises the environment and judges a variable's name.
 * `process.env` and `import.meta.env` are holders (a property with a secret name is a secret), SvelteKit's
 * `$env/static/private` exports are variables and `$env/dynamic/private`'s `env` a holder. The rows are in
 * `models/sources/env.ts`; a name is a secret when `judgeEnvName` says so, as in every other rule
 * (`OPENAI_KEY` is a secret, `GOOGLE_MAPS_API_KEY` public by design).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { judgeEnvName } from '../../env-names.js';
import { ENV_HOLDERS, PRIVATE_ENV_MODULES } from '../models/sources/env.js';
import type { TaintValue } from '../types.js';

/** Whether an environment variable (or a property of an environment-like holder) with this name is a secret. */
export function isSecretEnvName(name: string): boolean {
  return judgeEnvName(name) !== undefined;
}

/**
 * The value of `object.name` when it is an environment holder (`process.env`, `import.meta.env`), or
 * `undefined` when `object` is not one of the holders' objects.
 */
export function envHolderRead(object: TaintValue | undefined, name: string, node: TSESTree.Node): TaintValue | undefined {
  const tags = object?.tags;
  if (!tags) return undefined;
  for (const row of ENV_HOLDERS) {
    if (row.property === name && tags.has(row.object)) {
      return { holder: { description: row.label, node, family: 'env' }, envLike: true };
    }
  }
  return undefined;
}

/**
 * The value of `import { imported } from module` when `module` is a private environment module:
 * `import { DB_PASSWORD } from '$env/static/private'` is a secret (a secret name), `env` of
 * `$env/dynamic/private` an environment holder.
 */
export function privateEnvImport(module: string, imported: string, node: TSESTree.Node): TaintValue | undefined {
  for (const row of PRIVATE_ENV_MODULES) {
    if (row.module !== module) continue;
    if (row.exports === 'variables') {
      if (!isSecretEnvName(imported)) return undefined;
      return { secret: { description: `${imported} from ${module}`, node, family: 'env' } };
    }
    if (imported === row.exports.holder) {
      return { holder: { description: `${imported} from ${module}`, node, family: 'env' }, envLike: true };
    }
  }
  return undefined;
}
