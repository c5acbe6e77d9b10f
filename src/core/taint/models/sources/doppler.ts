/** Doppler: `new DopplerSDK().secrets.get(project, config, name)`. */
import type { SourceModel } from '../../types.js';

export const doppler: SourceModel = {
  name: 'Doppler',
  clients: [
    { from: 'module:@dopplerhq/node-sdk', via: 'new', to: 'doppler' },
    { from: 'module:@dopplerhq/node-sdk#DopplerSDK', via: 'new', to: 'doppler' },
    { from: 'doppler', via: 'member', name: 'secrets', to: 'doppler:secrets' },
  ],
  sources: [
    { via: 'call', tag: 'doppler:secrets#get', shape: { value: 'secret' }, label: 'a Doppler secret' },
    { via: 'call', tag: 'doppler:secrets#list', shape: { secrets: 'secret' }, label: 'a Doppler secrets list' },
    { via: 'call', tag: 'doppler:secrets#download', shape: 'secret', label: 'downloaded Doppler secrets' },
  ],
};
