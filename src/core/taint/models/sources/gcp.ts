/** Google Cloud Secret Manager: `const [version] = await client.accessSecretVersion({ name })`. */
import type { SourceModel } from '../../types.js';

const GCP_SM = '@google-cloud/secret-manager';

export const gcp: SourceModel = {
  name: 'Google Cloud Secret Manager',
  clients: [
    { from: `module:${GCP_SM}#SecretManagerServiceClient`, via: 'new', to: 'gcp:SecretManager' },
    { from: `module:${GCP_SM}#v1.SecretManagerServiceClient`, via: 'new', to: 'gcp:SecretManager' },
  ],
  sources: [
    {
      via: 'call',
      tag: 'gcp:SecretManager#accessSecretVersion',
      shape: { '*': { payload: { data: 'secret' } } },
      label: 'an accessSecretVersion response',
    },
  ],
};
