/**
 * Operations on abstract values ({@link TaintValue}): join at merges, property reads and writes,
 * string conversion, and the question sinks ask: does printing this value leak a secret?
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { isSecretEnvName } from './engine/env-reads.js';
import { SECRET_CONFIG_FIELDS } from './models/sources/names.js';
import { PropMap } from './props.js';
import type { FunctionNode, SecretOrigin, Shape, TaintValue } from './types.js';

/** How deep joins, leak searches and shape instantiation go into nested properties. */
const MAX_DEPTH = 5;

function unionSet<T>(a: ReadonlySet<T> | undefined, b: ReadonlySet<T> | undefined): ReadonlySet<T> | undefined {
  if (!a || a.size === 0) return b;
  if (!b || b.size === 0 || a === b) return a;
  let result: Set<T> | undefined;
  for (const x of b) {
    if (!a.has(x)) {
      result ??= new Set(a);
      result.add(x);
    }
  }
  return result ?? a;
}

function unionFns(a: readonly FunctionNode[] | undefined, b: readonly FunctionNode[] | undefined) {
  if (!a) return b;
  if (!b || a === b) return a;
  const extra = b.filter((f) => !a.includes(f));
  return extra.length === 0 ? a : [...a, ...extra].slice(0, 8);
}

/** The join of two values (either may flow here): union of taint, properties and tags. */
export function join(a: TaintValue | undefined, b: TaintValue | undefined, depth = 0): TaintValue | undefined {
  if (!a) return b;
  if (!b || a === b) return a;
  const props = depth < MAX_DEPTH ? PropMap.join(a.props, b.props, (x, y) => join(x, y, depth + 1)) : undefined;
  const result: Mutable<TaintValue> = {};
  const secret = a.secret ?? b.secret;
  if (secret) result.secret = secret;
  const holder = a.holder ?? b.holder;
  if (holder) result.holder = holder;
  if (props && props.size > 0) result.props = props;
  if (a.envLike || b.envLike) result.envLike = true;
  const tags = unionSet(a.tags, b.tags);
  if (tags && tags.size > 0) result.tags = tags;
  if (a.bool !== undefined && a.bool === b.bool) result.bool = a.bool;
  const fns = unionFns(a.fns, b.fns);
  if (fns) result.fns = fns;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function sameSet<T>(a: ReadonlySet<T> | undefined, b: ReadonlySet<T> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Whether two values say the same (bounded depth; `false` when unsure): a loop whose body changes no value
 * this way has reached its fixpoint. Joins build new objects, so identity alone would miss most.
 */
export function sameValue(a: TaintValue | undefined, b: TaintValue | undefined, depth = 0): boolean {
  if (a === b) return true;
  if (!a || !b || depth >= MAX_DEPTH) return false;
  if (a.secret !== b.secret || a.holder !== b.holder || a.envLike !== b.envLike || a.bool !== b.bool) return false;
  if (!sameSet(a.tags, b.tags)) return false;
  if (a.fns !== b.fns && (a.fns?.length !== b.fns?.length || a.fns?.some((f, i) => b.fns?.[i] !== f))) return false;
  if (a.props === b.props) return true;
  if (!a.props || !b.props) return false;
  return PropMap.same(a.props, b.props, (x, y) => sameValue(x, y, depth + 1));
}

/** A human label of a property path: `SecretString`, `Parameter.Value`, `SecretValues[].SecretString`. */
function pathLabel(path: readonly string[]): string {
  let label = '';
  for (const part of path) {
    if (part === '*') {
      // a leading element step reads better without brackets: `the payload.data of …`
      if (label) label += '[]';
    } else label += label ? `.${part}` : part;
  }
  return label;
}

/**
 * Builds the value a source returns from its shape: `label` names the whole result
 * (`a GetSecretValueCommand response`), property secrets are described as `the SecretString of …`.
 */
export function instantiateShape(
  shape: Shape,
  label: string,
  node: TSESTree.Node,
  family: SecretOrigin['family'],
  path: readonly string[] = [],
): TaintValue {
  if (shape === 'secret') {
    const description = path.length === 0 ? label : `the ${pathLabel(path)} of ${label}`;
    return { secret: { description, node, family } };
  }
  const holderDescription = path.length === 0 ? label : `the ${pathLabel(path)} of ${label}`;
  const holder: SecretOrigin = { description: holderDescription, node, family };
  if (shape === 'env') return { holder: { description: label, node, family }, envLike: true };
  const entries: [string, TaintValue][] = [];
  const envLike = ENV_NAMES_KEY in shape;
  if (path.length < MAX_DEPTH) {
    for (const key of Object.keys(shape)) {
      if (key === ENV_NAMES_KEY) continue;
      entries.push([key, instantiateShape(shape[key] as Shape, label, node, family, [...path, key])]);
    }
  }
  const props = PropMap.of(entries);
  return envLike ? { holder, props, envLike } : { holder, props };
}

/** In an object shape, `'$names': 'env'` says: other properties with sensitive names are secrets too. */
const ENV_NAMES_KEY = '$names';

/**
 * Reads property `name` of a value (`undefined` for a computed key that is not static).
 * Known properties first, then: a property of a secret is secret (a parsed JSON secret), a property of an
 * environment-like holder is secret when its name is (`isSecretEnvName` of `engine/env-reads.ts`), other
 * properties of a holder are clean metadata.
 * Module tags give export tags: `module:winston` + `createLogger` → `module:winston#createLogger`.
 */
export function getProperty(
  object: TaintValue | undefined,
  name: string | undefined,
  node: TSESTree.Node,
  envLabel?: string,
): TaintValue | undefined {
  if (!object) return undefined;
  let result: TaintValue | undefined;
  const known = object.props && ((name !== undefined && object.props.get(name)) || object.props.get('*'));
  if (known) result = known;
  else if (object.secret && object.secret.family !== 'name') {
    if (object.secret.param) result = { secret: markerMember(object.secret, name) };
    else if (name !== 'length' && !(name !== undefined && SECRET_CONFIG_FIELDS.has(name))) result = { secret: object.secret };
  } else if (object.envLike && name !== undefined && object.holder) {
    if (isSecretEnvName(name)) {
      const label = envLabel ?? object.holder.description;
      const description = label.endsWith('.env') ? `${label}.${name}` : `\`${name}\` of ${label}`;
      result = { secret: { description, node, family: object.holder.family } };
    }
  }
  if (object.tags && name !== undefined) {
    let tags: Set<string> | undefined;
    for (const tag of object.tags) {
      // a module's own name may start with `#` (`module:#imports`): the export's `#` comes after it
      const hash = tag.indexOf('#', tag.startsWith('module:') ? 'module:'.length + 1 : 0);
      let derived: string | undefined;
      if (hash < 0) derived = `${tag}#${name}`;
      else if (tag.startsWith('module:') && tag.indexOf('.', hash) < 0) derived = `${tag}.${name}`;
      if (derived) (tags ??= new Set()).add(derived);
    }
    if (tags) result = join(result, { tags });
  }
  return result;
}

/** A helper parameter's marker read one property further (`args.token`); paths stop growing at 4 steps. */
function markerMember(marker: SecretOrigin, name: string | undefined): SecretOrigin {
  const param = marker.param as NonNullable<SecretOrigin['param']>;
  if (param.path.length >= 4) return marker;
  return { ...marker, param: { ...param, path: [...param.path, name ?? '*'] } };
}

/**
 * Writes property `name` (or `*`) of a value: a tainted property write taints the object. O(log n): the
 * property map is persistent ({@link PropMap}), so thousands of `o.pN = …` writes stay linear.
 */
export function setProperty(
  object: TaintValue | undefined,
  name: string | undefined,
  value: TaintValue | undefined,
): TaintValue | undefined {
  const key = name ?? '*';
  const old = object?.props;
  let props: PropMap | undefined;
  if (value) props = old ? old.set(key, value) : PropMap.of([[key, value]]);
  else if (old?.has(key)) props = old.delete(key);
  else return object;
  if (props === old) return object;
  const result: Mutable<TaintValue> = { ...object };
  if (props.size > 0) result.props = props;
  else delete result.props;
  return result;
}

/** Adds `value` as a possible element (`push`, `Map#set`, `Object.assign` of an unknown source). */
export function addElement(object: TaintValue | undefined, value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return object;
  return setProperty(object, '*', join(object?.props?.get('*'), value));
}

/**
 * The secret a sink would leak if handed this value whole: the value's own secret, the origin of the
 * holder it is, or (bounded depth) a secret in one of its known properties. `viaHolder` says the secret
 * is inside an object rather than the value itself.
 */
export function leakedSecret(
  value: TaintValue | undefined,
  depth = 0,
): { origin: SecretOrigin; viaHolder: boolean; originIsHolder: boolean } | undefined {
  if (!value) return undefined;
  if (value.secret) return { origin: value.secret, viaHolder: depth > 0, originIsHolder: false };
  if (value.holder) return { origin: value.holder, viaHolder: true, originIsHolder: true };
  if (value.props && depth < MAX_DEPTH) {
    for (const v of value.props.values()) {
      const found = leakedSecret(v, depth + 1);
      if (found) return { origin: found.origin, viaHolder: true, originIsHolder: found.originIsHolder };
    }
  }
  return undefined;
}

/** The value of `String(x)` / a template or concatenation part: secret strings stay secret, objects print as `[object Object]`. */
export function toStringValue(value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return undefined;
  if (value.secret) return { secret: value.secret };
  // An array prints its elements: `${[secret]}`.
  const element = value.props?.get('*');
  if (element?.secret && !value.holder) return { secret: element.secret };
  return undefined;
}

/** The value of `JSON.stringify(x)` / `util.inspect(x)`: the whole content printed, holders included. */
export function serializedValue(value: TaintValue | undefined): TaintValue | undefined {
  const leaked = leakedSecret(value);
  return leaked ? { secret: leaked.origin } : undefined;
}

/** The value of `JSON.parse(x)` / decoding: a secret string parses into a secret object. */
export function parsedValue(value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return undefined;
  if (value.secret) return { secret: value.secret };
  return undefined;
}

/** Strips tags and functions, keeping taint: the value copied into a new object (spread, `Object.assign`). */
export function dataOnly(value: TaintValue | undefined): TaintValue | undefined {
  if (!value || (!value.tags && !value.fns)) return value;
  // Most values with tags or functions hold nothing else (a module, a logger, a callback): no copy for them.
  if (!value.secret && !value.holder && !value.props && value.bool === undefined) return undefined;
  const { tags: _t, fns: _f, ...rest } = value;
  return rest;
}

/** The element value of an array-like or object value (`for…of`, `forEach`, `Object.values`). */
export function elementOf(value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return undefined;
  const star = value.props?.get('*');
  if (star) return star;
  if (value.secret) return { secret: value.secret };
  if (value.envLike) return undefined;
  if (value.props) {
    let result: TaintValue | undefined;
    for (const v of value.props.values()) result = join(result, dataOnly(v));
    return result;
  }
  return undefined;
}
