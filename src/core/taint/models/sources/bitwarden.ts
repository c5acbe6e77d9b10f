/** Bitwarden Secrets Manager: `new BitwardenClient().secrets().get(id)`. */
import type { SourceModel } from '../../types.js';

export const bitwarden: SourceModel = {
  name: 'Bitwarden Secrets Manager',
  clients: [
    { from: 'module:@bitwarden/sdk-napi#BitwardenClient', via: 'new', to: 'bitwarden' },
    { from: 'module:@bitwarden/sdk-wasm#BitwardenClient', via: 'new', to: 'bitwarden' },
    { from: 'bitwarden#secrets', via: 'call', to: 'bitwarden:secrets' },
  ],
  sources: [
    { via: 'call', tag: 'bitwarden:secrets#get', shape: { value: 'secret' }, label: 'a Bitwarden secret' },
    { via: 'call', tag: 'bitwarden:secrets#getByIds', shape: { data: { '*': { value: 'secret' } } }, label: 'Bitwarden secrets' },
  ],
};
