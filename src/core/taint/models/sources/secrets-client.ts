/**
 * The project's own secrets client, named by `settings.secrets.secretsClient` (or `no-hardcoded-secrets`'
 * `secretsClient` option): `await getSecret('STRIPE_KEY')` returns a secret. Not a built-in family: the rows
 * are made from the configuration, and a rule hands them to the engine in `TaintConfig.sourceModels`. The
 * function is recognised by its import, as the autofix of `no-hardcoded-secrets` writes it
 * (`import { getSecret } from '~/lib/secrets'`, `const { getSecret } = require(…)`, or a namespace import).
 */
import type { SourceModel } from '../../types.js';

/** The source family of a configured secrets client: a call of `importName` from `importFrom` is a secret. */
export function secretsClientModel(client: { readonly importFrom: string; readonly importName: string }): SourceModel {
  return {
    name: `your secrets client (${client.importName} from ${client.importFrom})`,
    clients: [],
    sources: [
      {
        via: 'call',
        tag: `module:${client.importFrom}#${client.importName}`,
        shape: 'secret',
        label: `a secret read with ${client.importName}()`,
      },
    ],
  };
}
