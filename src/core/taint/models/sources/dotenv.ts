/** dotenv: what `config()` loads and `parse()` parses is environment-like (sensitive names are secrets). */
import type { SourceModel } from '../../types.js';

export const dotenv: SourceModel = {
  name: 'dotenv',
  clients: [],
  sources: [
    { via: 'call', tag: 'module:dotenv#config', shape: { parsed: 'env' }, label: 'the variables loaded by dotenv' },
    { via: 'call', tag: 'module:dotenv#parse', shape: 'env', label: 'the variables parsed by dotenv' },
  ],
};
