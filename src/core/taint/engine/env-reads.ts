/**
 * Environment reads: the one place where the engine recognises the environment, through the env module
 * (`src/core/env/`). `process.env`, `import.meta.env` and `Bun.env` are holders (a property with a secret name
 * is a secret), `Deno.env.get("X")` reads one variable, the frameworks' private env modules give variables
 * (`import { DB_PASSWORD } from '$env/static/private'`, `astro:env/server`) or a holder (`env` of
 * `$env/dynamic/private`). A name is a secret when `judgeEnvName` says so, as in every other rule
 * (`OPENAI_KEY` is a secret, `GOOGLE_MAPS_API_KEY` public by design).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { envModuleOf, judgeEnvName, readEnv } from '../../env/index.js';
import { ENV_GETTERS, ENV_HOLDERS } from '../models/sources/env.js';
import type { TaintValue } from '../types.js';

/** Whether an environment variable (or a property of an environment-like holder) with this name is a secret. */
export function isSecretEnvName(name: string): boolean {
  return judgeEnvName(name).verdict === 'secret';
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
 * The value of a call that reads one variable, `Deno.env.get("X")`, when `X` is a secret; `isGlobal` says
 * whether the callee's root (`Deno`) is not declared in the file.
 */
export function envCallRead(node: TSESTree.CallExpression, isGlobal: () => boolean): TaintValue | undefined {
  const read = readEnv(node);
  if (!read || read.name === undefined || !(ENV_GETTERS as readonly string[]).includes(read.via)) return undefined;
  if (!isSecretEnvName(read.name) || !isGlobal()) return undefined;
  return { secret: { description: `${read.via}.get("${read.name}")`, node, family: 'env' } };
}

/**
 * The value of `import { imported } from module` when `module` is a private environment module:
 * `import { DB_PASSWORD } from '$env/static/private'` is a secret (a secret name), `env` of
 * `$env/dynamic/private` an environment holder.
 */
export function privateEnvImport(module: string, imported: string, node: TSESTree.Node): TaintValue | undefined {
  const entry = envModuleOf(module);
  if (!entry || entry.visibility !== 'private') return undefined;
  if (entry.access === 'static') {
    if (!isSecretEnvName(imported)) return undefined;
    return { secret: { description: `${imported} from ${module}`, node, family: 'env' } };
  }
  if (imported === entry.holder) {
    return { holder: { description: `${imported} from ${module}`, node, family: 'env' }, envLike: true };
  }
  return undefined;
}
