/** Azure Key Vault secrets: `(await client.getSecret(name)).value`. */
import type { SourceModel } from '../../types.js';

export const azure: SourceModel = {
  name: 'Azure Key Vault',
  clients: [{ from: 'module:@azure/keyvault-secrets#SecretClient', via: 'new', to: 'azure:SecretClient' }],
  sources: [
    { via: 'call', tag: 'azure:SecretClient#getSecret', shape: { value: 'secret' }, label: 'a Key Vault secret' },
    { via: 'call', tag: 'azure:SecretClient#getDeletedSecret', shape: { value: 'secret' }, label: 'a deleted Key Vault secret' },
  ],
};
