/**
 * `settings.secrets`: what a project tells every rule at once, through ESLint's shared settings, as
 * eslint-plugin-react reads `settings.react` and eslint-plugin-import `settings['import/resolver']`. One flat
 * config block can set it for all files, or one `files` block for a part of a monorepo:
 *
 * ```js
 * { settings: { secrets: { secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } } } }
 * { files: ['apps/web/**'], settings: { secrets: { framework: 'next' } } }
 * ```
 *
 * Every rule reads it with {@link readSecretsSettings} in `create`, and a rule option of the same name wins
 * over the setting (it replaces it; lists are not merged). Which rule reads which key:
 * - `framework`, `clientFiles`, `serverFiles`: where a file runs (`no-hardcoded-secrets`, `no-secret-env-in-client`);
 * - `secretsClient`: the autofix of `no-hardcoded-secrets`, and a source of secrets in `no-secret-logging`,
 *   `no-secret-exposure` and `no-unsafe-secret-comparison`;
 * - `sources`: `no-secret-logging`, `no-secret-exposure`, `no-unsafe-secret-comparison`;
 * - `sanitizers`: `no-secret-logging`, `no-secret-exposure`;
 * - `sinks.logging`, `sinks.exposure`: the extra sinks of `no-secret-logging` and `no-secret-exposure`.
 *
 * A bad value fails when the rule is created, with an error that names the setting's path and what is
 * allowed; an unknown key is refused too (a misspelt `framwork` would otherwise be ignored in silence).
 * Parsing costs a few property reads per rule and file, so nothing is cached: no module state.
 */
import { FRAMEWORK_IDS } from '../core/framework/registry.js';
import type { FrameworkId } from '../core/framework/model.js';
import type { UserSource } from '../core/taint/types.js';
import { isImportableName } from './fix/import-name.js';

/** The function a project reads secrets with: `import { <importName> } from '<importFrom>'`. */
export interface SecretsClientSetting {
  readonly importFrom: string;
  readonly importName: string;
}

/** `settings.secrets`, checked. Absent keys are `undefined`. */
export interface SecretsSettings {
  /** A framework forced for the files of this config block; `auto` (or absent): detect. */
  readonly framework: FrameworkId | undefined;
  /** Globs of files that ship to the browser. */
  readonly clientFiles: readonly string[] | undefined;
  /** Globs of files that never ship to the browser; they win over `clientFiles`. */
  readonly serverFiles: readonly string[] | undefined;
  readonly secretsClient: SecretsClientSetting | undefined;
  /** Users' functions whose result is secret. */
  readonly sources: readonly UserSource[] | undefined;
  /** Users' functions whose result is safe to log or send. */
  readonly sanitizers: readonly string[] | undefined;
  /** Users' extra sinks, per rule family. */
  readonly sinks: { readonly logging: readonly string[] | undefined; readonly exposure: readonly string[] | undefined };
}

/** The keys of `settings.secrets`, in the order the README documents them. */
export const SETTINGS_KEYS = ['framework', 'clientFiles', 'serverFiles', 'secretsClient', 'sources', 'sanitizers', 'sinks'] as const;
const SINK_KEYS = ['logging', 'exposure'] as const;
const SOURCE_KEYS = ['callee', 'module', 'export'] as const;
const CLIENT_KEYS = ['importFrom', 'importName'] as const;
/** The values `framework` takes. */
export const FRAMEWORK_SETTING_VALUES: readonly string[] = ['auto', ...FRAMEWORK_IDS];


/**
 * A bad value in `settings.secrets`: the message names the setting's path and what is allowed. ESLint puts
 * the rule in front of it (`Error while loading rule 'secrets/…': settings.secrets.framework is …`).
 */
export class InvalidSettingError extends Error {
  constructor(
    /** The path below `settings.secrets` (`sources[0].callee`), or `''` for `settings.secrets` itself. */
    readonly path: string,
    problem: string,
  ) {
    super(`${path === '' ? 'settings.secrets' : `settings.secrets.${path}`} ${problem}`);
    this.name = 'InvalidSettingError';
  }
}

const EMPTY: SecretsSettings = Object.freeze({
  framework: undefined,
  clientFiles: undefined,
  serverFiles: undefined,
  secretsClient: undefined,
  sources: undefined,
  sanitizers: undefined,
  sinks: Object.freeze({ logging: undefined, exposure: undefined }),
});

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? JSON.stringify(value) : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Throws for a key of `object` that is not in `known`. */
function checkKeys(path: string, object: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      const where = path === '' ? 'settings.secrets' : `settings.secrets.${path}`;
      throw new InvalidSettingError(path === '' ? key : `${path}.${key}`, `is not a setting: ${where} takes ${known.map((k) => `\`${k}\``).join(', ')}.`);
    }
  }
}

function nonEmptyString(path: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidSettingError(path, `is ${describeType(value)}; it must be a string.`);
  if (value.trim() === '') throw new InvalidSettingError(path, 'is an empty string.');
  return value;
}

function stringList(path: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new InvalidSettingError(path, `is ${describeType(value)}; it must be an array of strings.`);
  return value.map((item, index) => nonEmptyString(`${path}[${index}]`, item));
}

function object(path: string, value: unknown, known: readonly string[], example: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new InvalidSettingError(path, `is ${describeType(value)}; it must be an object such as ${example}.`);
  checkKeys(path, value, known);
  return value;
}

function readFramework(value: unknown): FrameworkId | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (typeof value === 'string' && FRAMEWORK_SETTING_VALUES.includes(value)) return value as FrameworkId;
  throw new InvalidSettingError('framework', `is ${describeType(value)}; it must be one of ${FRAMEWORK_SETTING_VALUES.map((v) => JSON.stringify(v)).join(', ')}.`);
}

function readSecretsClient(value: unknown): SecretsClientSetting | undefined {
  if (value === undefined) return undefined;
  const client = object('secretsClient', value, CLIENT_KEYS, "{ importFrom: '~/lib/secrets', importName: 'getSecret' }");
  for (const key of CLIENT_KEYS) if (client[key] === undefined) throw new InvalidSettingError(`secretsClient.${key}`, 'is missing; `secretsClient` needs both `importFrom` and `importName`.');
  const importFrom = nonEmptyString('secretsClient.importFrom', client.importFrom);
  const importName = nonEmptyString('secretsClient.importName', client.importName);
  if (!isImportableName(importName)) {
    throw new InvalidSettingError('secretsClient.importName', `is ${JSON.stringify(importName)}; it must be an identifier that is no reserved word (a fix writes \`import { <name> }\` and calls it).`);
  }
  return { importFrom, importName };
}

function readSources(value: unknown): readonly UserSource[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new InvalidSettingError('sources', `is ${describeType(value)}; it must be an array such as [{ callee: 'getConfigSecret' }, { module: 'my-vault', export: 'read' }].`);
  return value.map((item, index): UserSource => {
    const path = `sources[${index}]`;
    const entry = object(path, item, SOURCE_KEYS, "{ callee: 'getConfigSecret' } or { module: 'my-vault', export: 'read' }");
    const source: { callee?: string; module?: string; export?: string } = {};
    for (const key of SOURCE_KEYS) if (entry[key] !== undefined) source[key] = nonEmptyString(`${path}.${key}`, entry[key]);
    if (source.export !== undefined && source.module === undefined) throw new InvalidSettingError(`${path}.export`, 'needs `module`: the module the export comes from.');
    if (source.callee === undefined && source.module === undefined) {
      throw new InvalidSettingError(path, 'names no function: give `callee` (a function or method name) or `module` (with `export`).');
    }
    return source;
  });
}

function readSinks(value: unknown): SecretsSettings['sinks'] {
  if (value === undefined) return EMPTY.sinks;
  const sinks = object('sinks', value, SINK_KEYS, "{ logging: ['audit.write'], exposure: ['beacon.*'] }");
  return { logging: stringList('sinks.logging', sinks.logging), exposure: stringList('sinks.exposure', sinks.exposure) };
}

/**
 * `settings.secrets` of a rule's context (ESLint's `context.settings`), checked: every rule calls this in
 * `create` and lets its own options win. Throws an {@link InvalidSettingError} for a bad value.
 */
export function readSecretsSettings(context: { readonly settings?: unknown }): SecretsSettings {
  const settings = context.settings;
  if (!isPlainObject(settings) || settings.secrets === undefined) return EMPTY;
  const secrets = settings.secrets;
  if (!isPlainObject(secrets)) {
    // Its type only: a string put here by mistake could be a secret, and this message reaches the console.
    const type = secrets === null ? 'null' : Array.isArray(secrets) ? 'an array' : `a ${typeof secrets}`;
    throw new InvalidSettingError('', `is ${type}; it must be an object such as { framework: 'next' }.`);
  }
  checkKeys('', secrets, SETTINGS_KEYS);
  return {
    framework: readFramework(secrets.framework),
    clientFiles: stringList('clientFiles', secrets.clientFiles),
    serverFiles: stringList('serverFiles', secrets.serverFiles),
    secretsClient: readSecretsClient(secrets.secretsClient),
    sources: readSources(secrets.sources),
    sanitizers: stringList('sanitizers', secrets.sanitizers),
    sinks: readSinks(secrets.sinks),
  };
}
