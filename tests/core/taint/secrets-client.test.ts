/**
 * The configured secrets client as a source family (`models/sources/secrets-client.ts`), handed to the engine
 * in `TaintConfig.sourceModels`: recognised by its import, whatever its name, in ES modules and CommonJS.
 */
import { describe, expect, it } from 'vitest';
import { secretsClientModel } from '../../../src/core/taint/models/sources/secrets-client.js';
import { summarize } from './harness.js';

const config = { sourceModels: [secretsClientModel({ importFrom: '@acme/config', importName: 'lookup' })] };
const label = 'a secret read with lookup()';

describe('secretsClientModel', () => {
  it('is one call row tagged by the import', () => {
    expect(secretsClientModel({ importFrom: '~/lib/secrets', importName: 'getSecret' }).sources).toEqual([
      { via: 'call', tag: 'module:~/lib/secrets#getSecret', shape: 'secret', label: 'a secret read with getSecret()' },
    ]);
  });

  it.each([
    ["import { lookup } from '@acme/config';\nconst k = await lookup('A');\nsink(k);", [`3: ${label}`]],
    ["import { lookup as read } from '@acme/config';\nsink(await read('A'));", [`2: ${label}`]],
    ["import * as cfg from '@acme/config';\nsink(`k=${await cfg.lookup('A')}`);", [`2: ${label}`]],
    ["const { lookup } = require('@acme/config');\nlookup('A').then((k) => sink(k));", [`2: ${label}`]],
    ["const cfg = require('@acme/config');\nconst k = await cfg.lookup('A');\nsink(k.trim());", [`3: ${label}`]],
    // near misses: another module, another export, the name alone, a redaction
    ["import { lookup } from './config';\nsink(await lookup('A'));", []],
    ["import { lookupAll } from '@acme/config';\nsink(await lookupAll('A'));", []],
    ["sink(await lookup('A'));", []],
    ["import { lookup } from '@acme/config';\nconst k = await lookup('A');\nsink(k.length, redact(k));", []],
  ])('%s', (code, expected) => {
    expect(summarize(code, config)).toEqual(expected);
    expect(summarize(code, config, 'espree')).toEqual(expected);
  });

  it('without the model, the same code has no source', () => {
    expect(summarize("import { lookup } from '@acme/config';\nsink(await lookup('A'));")).toEqual([]);
  });
});
