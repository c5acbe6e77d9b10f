/**
 * The name a candidate value is bound to: the variable, property, class field, parameter, JSX attribute,
 * environment variable (for `process.env.X ?? '…'`) or known credential parameter that receives it.
 * Walks a few parents up from the value; no scope analysis.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, staticKeyName } from '../../util/ast/index.js';
import { classifySensitiveName, classifyVendorKeyName, splitWords, type SensitiveKind } from '../../core/names.js';
import { readEnv, secretEnvName } from '../../core/env/index.js';
import { CALLEE_PREFIXES, CREDENTIAL_PROPERTIES, isPassThroughCall } from './credential-positions.js';
import { markupAttributeName } from '../../util/markup/index.js';
import { BRAND_PATTERN, BRAND_SPELLING, SDK_CLASS_SUFFIX, SETTER } from './patterns.js';

/** Where a value is bound. */
export interface NameContext {
  /** The name as written (variable, key, attribute…); absent for positional credential arguments. */
  name?: string;
  /** For messages: `"apiKey"` or `the secret argument of jwt.sign()`. */
  where: string;
  /** Set when the name or the parameter denotes a credential. */
  kind?: SensitiveKind;
  /** The secret name to create in the store, UPPER_SNAKE_CASE. */
  envName: string;
  /** True when the name says the value is a secret's *name* or id (`secretName`, `SecretId`). */
  namesASecret: boolean;
  /** Set when the value is the fallback of an environment read: `process.env.API_KEY ?? '…'`. */
  envFallback?: { logical: TSESTree.LogicalExpression; envVar: string };
}

/** The called name and the object it is called on: `crypto.createHmac` → createHmac, crypto. */
interface CalleeInfo {
  name: string;
  object?: string;
  text: string;
}

const MAX_DEPTH = 10;

/** Containers whose name says nothing about the secret: `config.auth.pass` → `PASS`. */
const GENERIC_CONTAINERS = new Set([
  'auth',
  'options',
  'opts',
  'option',
  'config',
  'configuration',
  'conf',
  'cfg',
  'settings',
  'credentials',
  'creds',
  'params',
  'props',
  'defaults',
  'default',
  'env',
  'data',
  'values',
  'value',
  'secrets',
  'secret',
  'keys',
  'init',
  'exports',
  'module',
  'headers',
  'body',
  'payload',
  'result',
  'res',
  'req',
  'self',
  'this',
]);

const SECRET_NAME_HEADS = new Set(['name', 'names', 'id', 'ids', 'arn', 'arns', 'path', 'paths', 'ref', 'refs']);
const SECRET_NAME_SUBJECTS = new Set([
  'secret',
  'secrets',
  'token',
  'password',
  'parameter',
  'param',
  'credential',
  'credentials',
  'vault',
]);

/** UPPER_SNAKE_CASE of a name, keeping brand names whole. */
export function toEnvName(name: string): string {
  // Every brand has a capital after its first letter: a name without two capitals holds none.
  const text = hasTwoCapitals(name) ? name.replace(BRAND_PATTERN, (brand) => BRAND_SPELLING.get(brand) ?? brand) : name;
  const words = splitWords(text);
  return words.map((w) => w.toUpperCase()).join('_');
}

function hasTwoCapitals(name: string): boolean {
  let capitals = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 65 && code <= 90 && ++capitals === 2) return true;
  }
  return false;
}

/** True when a name says its value is a secret's name, id or path: `secretName`, `SecretId`, `tokenPath`. */
function namesASecretName(name: string): boolean {
  const words = splitWords(name);
  const head = words[words.length - 1];
  if (head === undefined || !SECRET_NAME_HEADS.has(head)) return false;
  for (let i = 0; i < words.length - 1; i++) if (SECRET_NAME_SUBJECTS.has(words[i] as string)) return true;
  return false;
}

/** The static name of a property key, private names (`#token`) included: `staticKeyName` and their name. */
export function keyName(
  key: TSESTree.Expression | TSESTree.PrivateIdentifier,
  computed: boolean,
): string | undefined {
  return key.type === AST_NODE_TYPES.PrivateIdentifier ? key.name : staticKeyName(key, computed);
}

/** The name of the environment variable an expression reads (`process.env.X`, `import.meta.env.X`, …). */
function envReadName(node: TSESTree.Node): string | undefined {
  return readEnv(node)?.name;
}

function calleeInfo(callee: TSESTree.Expression): CalleeInfo | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return { name: callee.name, text: callee.name };
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    if (callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
    const name = callee.property.name;
    const object = callee.object;
    if (object.type === AST_NODE_TYPES.Identifier) return { name, object: object.name, text: `${object.name}.${name}` };
    if (object.type === AST_NODE_TYPES.ThisExpression) return { name, object: 'this', text: `this.${name}` };
    if (object.type === AST_NODE_TYPES.MemberExpression && object.property.type === AST_NODE_TYPES.Identifier) {
      return { name, object: object.property.name, text: `${object.property.name}.${name}` };
    }
    return { name, text: name };
  }
  return undefined;
}

/** Secret-name prefix a callee gives its options: `new OpenAI({ apiKey })` → OPENAI. */
function calleePrefix(callee: CalleeInfo): string | undefined {
  const known = CALLEE_PREFIXES.get(callee.name);
  if (known !== undefined) return known || undefined;
  const first = callee.name.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  // GoogleProvider → GOOGLE, GitHubStrategy → GITHUB, OpenAI → OPENAI
  const stripped = callee.name.replace(SDK_CLASS_SUFFIX, '');
  if (stripped.length < 2) return undefined;
  return toEnvName(stripped) || undefined;
}

function isGenericContainer(name: string): boolean {
  const words = splitWords(name);
  return words.length === 0 || (words.length === 1 && GENERIC_CONTAINERS.has(words[0] as string));
}

/** Words of a secret name that say nothing about which secret it is: `API_KEY`, `TOKEN`, `CLIENT_SECRET`. */
export const GENERIC_SECRET_WORDS: ReadonlySet<string> = new Set([
  'API', 'KEY', 'KEYS', 'SECRET', 'TOKEN', 'TOKENS', 'PASSWORD', 'PASS', 'PWD', 'PASSWD', 'ACCESS', 'AUTH', 'CLIENT',
  'PRIVATE', 'CREDENTIAL', 'CREDENTIALS', 'BEARER', 'MY', 'THE', 'DEFAULT',
]);

/** Prefixes a secret name made only of generic words: `password` in `db` → DB_PASSWORD. */
function withPrefix(envName: string, prefix: string | undefined, maxWords: number): string {
  if (prefix === undefined || prefix === '') return envName;
  const words = envName.split('_');
  if (words.length > maxWords || !words.every((word) => GENERIC_SECRET_WORDS.has(word))) return envName;
  if (envName === prefix || envName.startsWith(`${prefix}_`) || prefix.endsWith(`_${envName}`)) return envName;
  // partnerApi + API_KEY → PARTNER_API_KEY, not PARTNER_API_API_KEY
  if (prefix.endsWith(`_${words[0] as string}`)) return `${prefix}_${words.slice(1).join('_')}`;
  return `${prefix}_${envName}`;
}

/** Abbreviations of "password" as the last word of a secret name: `SMTP_PASS` → `SMTP_PASSWORD`. */
const PASSWORD_ABBREVIATIONS: ReadonlySet<string> = new Set(['PASS', 'PWD', 'PASSWD', 'PW']);

/** `pass: '…'` is read back as `SMTP_PASSWORD`, not `SMTP_PASS`: env names spell the word out. */
function spellOutPassword(envName: string): string {
  const cut = envName.lastIndexOf('_');
  const last = envName.slice(cut + 1);
  return PASSWORD_ABBREVIATIONS.has(last) ? `${envName.slice(0, cut + 1)}PASSWORD` : envName;
}

function hasSpace(name: string): boolean {
  return name.includes(' ');
}

function quoteName(name: string): string {
  return `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;
}

/**
 * Builds the context of a name, with an optional prefix for short names (`db.password` → DB_PASSWORD).
 * The secret name and the secret-name test are computed on first read: most strings bound to a name are
 * dropped before either is needed (no detection and a name that is not a credential's).
 */
/** The prefixes a short secret name takes from where it is written (see {@link named}). */
interface Prefixes {
  prefix?: string;
  calleePrefix?: string;
}

interface NamedOptions extends Prefixes {
  /**
   * The prefixes, found by a walk up the tree that only the secret name needs: run on its first read, so the
   * many strings bound to a name that nothing reports never pay for it.
   */
  prefixes?: () => Prefixes;
  arrayIndex?: number;
  fallback?: NameContext['envFallback'];
  kind?: SensitiveKind;
}

function named(name: string, options: NamedOptions): NameContext {
  const known = CREDENTIAL_PROPERTIES.get(name);
  // A key with spaces is text (`'email or password': ['is invalid']`), not an identifier naming a credential.
  const kind = options.kind ?? known?.kind ?? (hasSpace(name) ? undefined : classifySensitiveName(name)?.kind ?? classifyVendorKeyName(name)?.kind);
  let envName: string | undefined;
  let namesASecret: boolean | undefined;
  const context: NameContext = {
    name,
    where: quoteName(name),
    get envName(): string {
      if (envName === undefined) {
        let computed = known?.envName ?? toEnvName(name);
        if (known === undefined) {
          const prefixes = options.prefixes ? options.prefixes() : options;
          computed = withPrefix(computed, prefixes.calleePrefix, 2);
          if (prefixes.calleePrefix === undefined) computed = withPrefix(computed, prefixes.prefix, 2);
        }
        if (computed === '') computed = 'SECRET';
        computed = spellOutPassword(computed);
        if (options.arrayIndex !== undefined) computed = `${computed}_${options.arrayIndex + 1}`;
        envName = computed;
      }
      return envName;
    },
    get namesASecret(): boolean {
      return (namesASecret ??= namesASecretName(name));
    },
  };
  if (kind !== undefined) context.kind = kind;
  if (options.fallback !== undefined) context.envFallback = options.fallback;
  return context;
}

/** The name of what holds an object (variable, property, assignment target), for prefixes. */
function ownerName(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  if (parent === undefined) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return assignmentTargetName(parent.left).name;
    case AST_NODE_TYPES.PropertyDefinition:
      return keyName(parent.key, parent.computed);
    default:
      return undefined;
  }
}

function assignmentTargetName(left: TSESTree.Node): { name?: string; objectName?: string } {
  if (left.type === AST_NODE_TYPES.Identifier) return { name: left.name };
  if (left.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(left.property, left.computed);
    const object = left.object;
    let objectName: string | undefined;
    if (object.type === AST_NODE_TYPES.Identifier) objectName = object.name;
    else if (object.type === AST_NODE_TYPES.MemberExpression) objectName = keyName(object.property, object.computed);
    const result: { name?: string; objectName?: string } = {};
    if (name !== undefined) result.name = name;
    if (objectName !== undefined) result.objectName = objectName;
    return result;
  }
  return {};
}

/** Collective heads of an object whose every property is a credential, and the singular for its keys' names. */
const COLLECTIVE_HEADS: ReadonlyMap<string, string> = new Map([
  ['secrets', 'SECRET'],
  ['tokens', 'TOKEN'],
  ['passwords', 'PASSWORD'],
  ['keys', 'KEY'],
]);

/** A text that may end in a word of {@link COLLECTIVE_HEADS}. */
const COLLECTIVE_HEAD_TEXT = /secrets|tokens|passwords|keys/i;

/** Keys that name something else than a credential, even inside a collection of them. */
const NON_CREDENTIAL_HEADS = new Set(['id', 'ids', 'name', 'url', 'uri', 'host', 'region', 'user', 'username', 'email', 'type', 'endpoint', 'label']);

/**
 * A property of a collection of credentials (`secrets`, `tokens`, `passwords`, `apiKeys` — not
 * `credentials`, which mixes ids and secrets), named by what it is for: `apiKeys: { openai: '…' }` →
 * OPENAI_API_KEY, `passwords: { admin: '…' }` → ADMIN_PASSWORD.
 */
function collectionMember(property: TSESTree.Property, key: string, arrayIndex: number | undefined): NameContext | undefined {
  const object = property.parent;
  const holder = object.parent;
  let owner: string | undefined;
  if (holder?.type === AST_NODE_TYPES.Property && holder.value === object) owner = keyName(holder.key, holder.computed);
  else owner = ownerName(object);
  // Cheap test first: the owner's last word is one of the collective heads, so its text holds one.
  if (owner === undefined || !COLLECTIVE_HEAD_TEXT.test(owner)) return undefined;
  const keyWords = splitWords(key);
  if (NON_CREDENTIAL_HEADS.has(keyWords[keyWords.length - 1] ?? '')) return undefined;
  const words = splitWords(owner);
  const singular = COLLECTIVE_HEADS.get(words[words.length - 1] ?? '');
  const ownerKind = classifySensitiveName(owner)?.kind;
  if (singular === undefined || ownerKind === undefined) return undefined;
  const ownerEnv = toEnvName(owner);
  const head = singular === 'KEY' ? ownerEnv.slice(0, -1) : singular;
  let envName = withPrefix(head, toEnvName(key), 2);
  if (arrayIndex !== undefined) envName = `${envName}_${arrayIndex + 1}`;
  const name = `${owner}.${key}`;
  return { name, where: quoteName(name), kind: ownerKind, envName, namesASecret: false };
}

/** The context of a value that is an object property: key, option sinks, prefixes from enclosing names. */
function propertyContext(
  property: TSESTree.Property,
  arrayIndex: number | undefined,
  fallback: NameContext['envFallback'],
): NameContext | undefined {
  const context = propertyKeyContext(property, arrayIndex, fallback);
  if (context === undefined || context.kind !== undefined || context.namesASecret || context.name === undefined) {
    return context;
  }
  return collectionMember(property, context.name, arrayIndex) ?? context;
}

function propertyKeyContext(
  property: TSESTree.Property,
  arrayIndex: number | undefined,
  fallback: NameContext['envFallback'],
): NameContext | undefined {
  const key = keyName(property.key, property.computed);
  if (key === undefined) return undefined;
  const options: NamedOptions = { prefixes: () => propertyPrefixes(property) };
  if (arrayIndex !== undefined) options.arrayIndex = arrayIndex;
  if (fallback !== undefined) options.fallback = fallback;
  return named(key, options);
}

/** The prefix of a property's secret name: an enclosing key, the holder's name, or the callee it configures. */
function propertyPrefixes(property: TSESTree.Property): Prefixes {
  let prefix: string | undefined;
  let object: TSESTree.Node = property.parent;
  for (let depth = 0; depth < 6; depth++) {
    let holder: TSESTree.Node | undefined = object.parent;
    while (
      holder !== undefined &&
      (holder.type === AST_NODE_TYPES.TSAsExpression || holder.type === AST_NODE_TYPES.TSSatisfiesExpression)
    ) {
      object = holder;
      holder = holder.parent;
    }
    if (holder === undefined) break;
    if (holder.type === AST_NODE_TYPES.Property && holder.value === object) {
      const outerKey = keyName(holder.key, holder.computed);
      if (outerKey === undefined) break;
      if (prefix === undefined && !isGenericContainer(outerKey)) prefix = toEnvName(outerKey);
      object = holder.parent;
      continue;
    }
    if (holder.type === AST_NODE_TYPES.CallExpression || holder.type === AST_NODE_TYPES.NewExpression) {
      const index = holder.arguments.indexOf(object);
      const callee = index >= 0 ? calleeInfo(holder.callee) : undefined;
      if (callee === undefined) break;
      if (prefix !== undefined) return { prefix };
      const fromCallee = calleePrefix(callee);
      return fromCallee === undefined ? {} : { calleePrefix: fromCallee };
    }
    if (prefix === undefined) {
      const owner = ownerName(object);
      if (owner !== undefined && !isGenericContainer(owner)) prefix = toEnvName(owner);
    }
    break;
  }
  return prefix === undefined ? {} : { prefix };
}

/**
 * Resolves what `node` (a string literal, template or concatenation) is bound to, or undefined when it is
 * not bound to a name (an argument of an unknown call, a comparison, a return value…).
 */
export function resolveNameContext(node: TSESTree.Node): NameContext | undefined {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  let arrayIndex: number | undefined;
  let fallback: NameContext['envFallback'];
  const options = (): NamedOptions => {
    const result: NamedOptions = {};
    if (arrayIndex !== undefined) result.arrayIndex = arrayIndex;
    if (fallback !== undefined) result.fallback = fallback;
    return result;
  };
  for (let depth = 0; parent != null && depth < MAX_DEPTH; depth++) {
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.JSXExpressionContainer:
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (child === parent.test) return undefined;
        break;
      case AST_NODE_TYPES.LogicalExpression: {
        if (child !== parent.right || parent.operator === '&&' || fallback !== undefined) return undefined;
        const envVar = envReadName(parent.left);
        if (envVar !== undefined) {
          fallback = { logical: parent, envVar };
          const secret = secretEnvName(envVar);
          if (secret !== undefined) return named(envVar, { ...options(), kind: secret.kind });
        }
        break;
      }
      case AST_NODE_TYPES.ArrayExpression:
        if (arrayIndex !== undefined) return undefined;
        arrayIndex = parent.elements.indexOf(child as TSESTree.Expression);
        break;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const index = parent.arguments.indexOf(child as TSESTree.CallExpressionArgument);
        const callee = index >= 0 ? calleeInfo(parent.callee) : undefined;
        if (callee === undefined) return undefined;
        if (index === 0 && isPassThroughCall(callee.name, callee.object)) break;
        // sgMail.setApiKey('…'), client.setToken('…')
        if (index === 0 && arrayIndex === undefined && SETTER.test(callee.name)) {
          const rest = callee.name.slice(3);
          if (classifySensitiveName(rest) !== undefined) {
            const context = named(rest, options());
            context.where = `the argument of ${callee.text}()`;
            return context;
          }
        }
        return undefined;
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (child !== parent.init || parent.id.type !== AST_NODE_TYPES.Identifier) return undefined;
        return named(parent.id.name, options());
      case AST_NODE_TYPES.AssignmentExpression: {
        if (child !== parent.right) return undefined;
        const target = assignmentTargetName(parent.left);
        if (target.name === undefined) return undefined;
        const opts = options();
        const objectName = target.objectName;
        if (objectName !== undefined) {
          opts.prefixes = () => (isGenericContainer(objectName) ? {} : { prefix: toEnvName(objectName) });
        }
        return named(target.name, opts);
      }
      case AST_NODE_TYPES.AssignmentPattern:
        if (child !== parent.right || parent.left.type !== AST_NODE_TYPES.Identifier) return undefined;
        return named(parent.left.name, options());
      case AST_NODE_TYPES.Property:
        if (child !== parent.value) return undefined;
        return propertyContext(parent, arrayIndex, fallback);
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty: {
        if (child !== parent.value) return undefined;
        const key = keyName(parent.key, parent.computed);
        return key === undefined ? undefined : named(key, options());
      }
      case AST_NODE_TYPES.JSXAttribute: {
        const attr = parent.name;
        const name = attr.type === AST_NODE_TYPES.JSXIdentifier ? attr.name : `${attr.namespace.name}:${attr.name.name}`;
        return named(name, options());
      }
      default: {
        // a markup attribute: `secret-key="…"`, `:token="'…'"` (Vue), `token={'…'}` (Svelte)
        const attribute = markupAttributeName(parent, child);
        if (attribute !== undefined) return named(attribute, options());
        return fallback === undefined ? undefined : named(fallback.envVar, options());
      }
    }
    child = parent;
    parent = parent.parent;
  }
  return fallback === undefined ? undefined : named(fallback.envVar, options());
}

/**
 * The context of a value bound to a key of a configuration file (YAML, JSON): the key names it, and the key
 * holding its mapping gives short names a prefix (`postgres: { password }` → POSTGRES_PASSWORD).
 */
export function keyContext(key: string, parentKey: string | undefined): NameContext {
  const options: NamedOptions = {};
  const holder = parentKey === undefined || isGenericContainer(parentKey) || CONFIG_CONTAINERS.has(parentKey.toLowerCase()) ? undefined : parentKey;
  if (holder !== undefined) {
    const prefix = toEnvName(holder);
    if (prefix !== '') options.prefix = prefix;
  }
  const context = named(key, options);
  // `Jwt: { Key: … }` (appsettings.json), `stripe: { secret: … }`: the holder and the key name it together
  if (context.kind === undefined && holder !== undefined) {
    const combined = named(`${holder}.${key}`, options);
    if (combined.kind !== undefined) return combined;
  }
  return context;
}

/** Keys of configuration files that hold settings without naming them: `environment:`, `variables:`, `with:`. */
const CONFIG_CONTAINERS = new Set(['environment', 'variables', 'vars', 'with', 'inputs', 'args', 'arguments', 'parameters', 'properties', 'stringdata', 'spec', 'global', 'globals', 'local', 'production', 'development', 'staging', 'test']);
