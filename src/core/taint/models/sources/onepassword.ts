/** 1Password SDK: `(await createClient(…)).secrets.resolve('op://vault/item/field')`. */
import type { SourceModel } from '../../types.js';

export const onepassword: SourceModel = {
  name: '1Password',
  clients: [
    { from: 'module:@1password/sdk#createClient', via: 'call', to: 'onepassword' },
    { from: 'module:@1password/sdk#Client.create', via: 'call', to: 'onepassword' },
    { from: 'onepassword', via: 'member', name: 'secrets', to: 'onepassword:secrets' },
  ],
  sources: [
    { via: 'call', tag: 'onepassword:secrets#resolve', shape: 'secret', label: 'a 1Password secret' },
    { via: 'call', tag: 'onepassword:secrets#resolveAll', shape: { '*': 'secret' }, label: '1Password secrets' },
  ],
};
