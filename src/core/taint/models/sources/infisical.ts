/** Infisical: `new InfisicalSDK().secrets().getSecret(…)` and the legacy `InfisicalClient`. */
import type { SourceModel } from '../../types.js';

export const infisical: SourceModel = {
  name: 'Infisical',
  clients: [
    { from: 'module:@infisical/sdk#InfisicalSDK', via: 'new', to: 'infisical' },
    { from: 'module:@infisical/sdk#InfisicalClient', via: 'new', to: 'infisical:legacy' },
    { from: 'infisical#secrets', via: 'call', to: 'infisical:secrets' },
  ],
  sources: [
    { via: 'call', tag: 'infisical:secrets#getSecret', shape: { secretValue: 'secret' }, label: 'an Infisical secret' },
    {
      via: 'call',
      tag: 'infisical:secrets#listSecrets',
      shape: { secrets: { '*': { secretValue: 'secret' } } },
      label: 'an Infisical secrets list',
    },
    { via: 'call', tag: 'infisical:legacy#getSecret', shape: { secretValue: 'secret' }, label: 'an Infisical secret' },
    { via: 'call', tag: 'infisical:legacy#listSecrets', shape: { '*': { secretValue: 'secret' } }, label: 'an Infisical secrets list' },
  ],
};
