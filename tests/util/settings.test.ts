/**
 * `settings.secrets`, parsed by `readSecretsSettings`: every key read and checked, a bad value refused with
 * an error that names the setting's path and what is allowed, an unknown key refused.
 */
import { describe, expect, it } from 'vitest';
import { InvalidSettingError, readSecretsSettings, SETTINGS_KEYS } from '../../src/util/settings.js';

const read = (secrets: unknown) => readSecretsSettings({ settings: { secrets } });

describe('readSecretsSettings', () => {
  it('reads every key', () => {
    expect(
      read({
        framework: 'next',
        clientFiles: ['src/ui/**'],
        serverFiles: ['src/server/**'],
        secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' },
        sources: [{ callee: 'getConfigSecret' }, { module: '@acme/vault', export: 'read' }, { module: 'vault-default' }],
        sanitizers: ['scrub'],
        sinks: { logging: ['audit.write'], exposure: ['beacon.*'] },
      }),
    ).toEqual({
      framework: 'next',
      clientFiles: ['src/ui/**'],
      serverFiles: ['src/server/**'],
      secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' },
      sources: [{ callee: 'getConfigSecret' }, { module: '@acme/vault', export: 'read' }, { module: 'vault-default' }],
      sanitizers: ['scrub'],
      sinks: { logging: ['audit.write'], exposure: ['beacon.*'] },
    });
  });

  it('gives undefined for what is not set, and `auto` is no framework', () => {
    const empty = {
      framework: undefined,
      clientFiles: undefined,
      serverFiles: undefined,
      secretsClient: undefined,
      sources: undefined,
      sanitizers: undefined,
      sinks: { logging: undefined, exposure: undefined },
    };
    expect(readSecretsSettings({})).toEqual(empty);
    expect(readSecretsSettings({ settings: {} })).toEqual(empty);
    expect(readSecretsSettings({ settings: { react: { version: '19' } } })).toEqual(empty);
    expect(read({})).toEqual(empty);
    expect(read({ framework: 'auto' })).toEqual(empty);
    expect(read({ sinks: { logging: ['audit'] } }).sinks).toEqual({ logging: ['audit'], exposure: undefined });
  });

  it('documents the keys it reads', () => {
    expect([...SETTINGS_KEYS]).toEqual(['framework', 'clientFiles', 'serverFiles', 'secretsClient', 'sources', 'sanitizers', 'sinks']);
  });

  it.each([
    ['next', "settings.secrets is a string; it must be an object such as { framework: 'next' }."],
    [['next'], "settings.secrets is an array; it must be an object such as { framework: 'next' }."],
    [{ framwork: 'next' }, 'settings.secrets.framwork is not a setting: settings.secrets takes `framework`, `clientFiles`, `serverFiles`, `secretsClient`, `sources`, `sanitizers`, `sinks`.'],
    [{ framework: 'sveltkit' }, 'settings.secrets.framework is "sveltkit"; it must be one of "auto", "next", "sveltekit", "nuxt", "astro", "remix", "gatsby", "expo", "qwik", "cra", "vite", "parcel", "webpack", "node".'],
    [{ framework: 3 }, 'settings.secrets.framework is 3; it must be one of "auto", "next"'],
    [{ clientFiles: 'src/**' }, 'settings.secrets.clientFiles is "src/**"; it must be an array of strings.'],
    [{ serverFiles: ['server/**', ''] }, 'settings.secrets.serverFiles[1] is an empty string.'],
    [{ secretsClient: '~/lib/secrets' }, "settings.secrets.secretsClient is \"~/lib/secrets\"; it must be an object such as { importFrom: '~/lib/secrets', importName: 'getSecret' }."],
    [{ secretsClient: { importFrom: '~/lib/secrets' } }, 'settings.secrets.secretsClient.importName is missing; `secretsClient` needs both `importFrom` and `importName`.'],
    [{ secretsClient: { module: '~/lib/secrets', importName: 'getSecret' } }, 'settings.secrets.secretsClient.module is not a setting: settings.secrets.secretsClient takes `importFrom`, `importName`.'],
    [{ secretsClient: { importFrom: ' ', importName: 'getSecret' } }, 'settings.secrets.secretsClient.importFrom is an empty string.'],
    [{ secretsClient: { importFrom: '~/lib/secrets', importName: 'default' } }, 'settings.secrets.secretsClient.importName is "default"; it must be an identifier that is no reserved word'],
    [{ sources: { callee: 'getConfigSecret' } }, 'settings.secrets.sources is an object; it must be an array such as'],
    [{ sources: ['getConfigSecret'] }, 'settings.secrets.sources[0] is "getConfigSecret"; it must be an object such as'],
    [{ sources: [{ name: 'getConfigSecret' }] }, 'settings.secrets.sources[0].name is not a setting: settings.secrets.sources[0] takes `callee`, `module`, `export`.'],
    [{ sources: [{}] }, 'settings.secrets.sources[0] names no function: give `callee` (a function or method name) or `module` (with `export`).'],
    [{ sources: [{ export: 'read' }] }, 'settings.secrets.sources[0].export needs `module`: the module the export comes from.'],
    [{ sources: [{ module: '@acme/vault', export: '' }] }, 'settings.secrets.sources[0].export is an empty string.'],
    [{ sanitizers: ['scrub', 7] }, 'settings.secrets.sanitizers[1] is 7; it must be a string.'],
    [{ sinks: ['audit'] }, "settings.secrets.sinks is an array; it must be an object such as { logging: ['audit.write'], exposure: ['beacon.*'] }."],
    [{ sinks: { logs: ['audit'] } }, 'settings.secrets.sinks.logs is not a setting: settings.secrets.sinks takes `logging`, `exposure`.'],
    [{ sinks: { exposure: 'beacon.*' } }, 'settings.secrets.sinks.exposure is "beacon.*"; it must be an array of strings.'],
  ])('refuses %j', (secrets, message) => {
    expect(() => read(secrets)).toThrow(InvalidSettingError);
    expect(() => read(secrets)).toThrow(message);
  });
});
