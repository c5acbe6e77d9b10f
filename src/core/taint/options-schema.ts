import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { checkNonEmpty } from '../../util/options.js';
import type { SecretsSettings } from '../../util/settings.js';
import { secretsClientModel } from './models/sources/secrets-client.js';
import type { TaintConfig, UserSource } from './types.js';

/**
 * The `sources` option of every rule that runs the taint engine (`UserSource`s): one schema, so the
 * rules describe and validate it alike.
 */
export const USER_SOURCES_OPTION_SCHEMA: JSONSchema4 = {
  type: 'array',
  description:
    'Extra sources: `{ callee: "getConfigSecret" }` (a function or method whose result is secret) or `{ module: "my-vault", export: "read" }` (an imported function). Unset: `settings.secrets.sources`.',
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      callee: { type: 'string', description: 'A function or method name whose result is secret.' },
      module: { type: 'string', description: 'A module whose export returns a secret.' },
      export: { type: 'string', description: 'The export of `module` that returns a secret.' },
    },
  },
};

/** Throws a clear error for an empty name in a `sources` entry (an empty callee would match nothing). */
export function checkUserSources(rule: string, sources: readonly { callee?: string; module?: string; export?: string }[] | undefined): void {
  (sources ?? []).forEach((source, index) => {
    for (const key of ['callee', 'module', 'export'] as const) checkNonEmpty(rule, `sources[${index}].${key}`, source[key]);
  });
}

/**
 * The configured sources of a rule that runs the engine: its `sources` option, else `settings.secrets.sources`;
 * and the secrets client of `settings.secrets.secretsClient` as a source family.
 */
export function configuredSources(
  option: readonly UserSource[] | undefined,
  settings: SecretsSettings,
): Pick<TaintConfig, 'userSources' | 'sourceModels'> {
  return {
    userSources: option ?? settings.sources ?? [],
    sourceModels: settings.secretsClient === undefined ? [] : [secretsClientModel(settings.secretsClient)],
  };
}
