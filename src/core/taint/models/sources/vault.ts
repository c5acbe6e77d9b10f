/** HashiCorp Vault: node-vault and hashi-vault-js reads and logins. */
import type { SourceModel, SourceRule } from '../../types.js';

const NODE_VAULT_LOGINS = ['approleLogin', 'userpassLogin', 'kubernetesLogin', 'awsIamLogin', 'ldapLogin', 'githubLogin', 'tokenCreate', 'tokenCreateOrphan'];
const HVJS_READS = ['readKVSecret', 'readKVEngineSecret'];
const HVJS_LOGINS = ['loginWithAppRole', 'loginWithUserpass', 'loginWithK8s', 'loginWithLdap', 'loginWithCert', 'createToken'];

export const vault: SourceModel = {
  name: 'HashiCorp Vault',
  clients: [
    { from: 'module:node-vault', via: 'call', to: 'vault:node' },
    { from: 'module:hashi-vault-js', via: 'new', to: 'vault:hvjs' },
  ],
  sources: [
    // node-vault: KV v2 answers `{ data: { data, metadata } }`, KV v1 `{ data: { <key>: <secret> } }`
    { via: 'call', tag: 'vault:node#read', shape: { data: { data: 'secret', $names: 'env' } }, label: 'a Vault read response' },
    ...NODE_VAULT_LOGINS.map(
      (m): SourceRule => ({ via: 'call', tag: `vault:node#${m}`, shape: { auth: { client_token: 'secret' } }, label: `a Vault ${m} response` }),
    ),
    // hashi-vault-js
    ...HVJS_READS.map(
      (m): SourceRule => ({ via: 'call', tag: `vault:hvjs#${m}`, shape: { data: 'secret' }, label: `a Vault ${m} response` }),
    ),
    ...HVJS_LOGINS.map(
      (m): SourceRule => ({ via: 'call', tag: `vault:hvjs#${m}`, shape: { client_token: 'secret' }, label: `a Vault ${m} response` }),
    ),
  ],
};
