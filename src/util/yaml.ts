/**
 * The part of yaml-eslint-parser's AST the rules read, typed here so that the plugin has no type (or run-time)
 * dependency on the parser: it is an optional peer, installed only by users who lint YAML.
 *
 * Walk helpers: all are bounded by the document's size, none recurse without a depth limit.
 */

export interface YamlPosition {
  line: number;
  column: number;
}
export interface YamlLocation {
  start: YamlPosition;
  end: YamlPosition;
}

interface YamlBase {
  range: [number, number];
  loc: YamlLocation;
  parent?: YamlNode | null;
}

export interface YamlScalar extends YamlBase {
  type: 'YAMLScalar';
  /** `plain`, `single-quoted`, `double-quoted`, `literal` (`|`) or `folded` (`>`). */
  style: string;
  value: string | number | boolean | null | bigint;
}
export interface YamlPair extends YamlBase {
  type: 'YAMLPair';
  key: YamlContent | null;
  value: YamlContent | null;
}
export interface YamlMapping extends YamlBase {
  type: 'YAMLMapping';
  style: 'block' | 'flow';
  pairs: YamlPair[];
}
export interface YamlSequence extends YamlBase {
  type: 'YAMLSequence';
  style: 'block' | 'flow';
  entries: (YamlContent | null)[];
}
export interface YamlTag {
  tag: string;
}
export interface YamlWithMeta extends YamlBase {
  type: 'YAMLWithMeta';
  tag: YamlTag | null;
  value: YamlContent | null;
}
export interface YamlAlias extends YamlBase {
  type: 'YAMLAlias';
  name: string;
}
export interface YamlDocument extends YamlBase {
  type: 'YAMLDocument';
  content: YamlContent | null;
}
export interface YamlProgram extends YamlBase {
  type: 'Program';
  body: YamlDocument[];
}

export type YamlContent = YamlScalar | YamlMapping | YamlSequence | YamlWithMeta | YamlAlias;
export type YamlNode = YamlContent | YamlPair | YamlDocument | YamlProgram;

/** True when the file was parsed by yaml-eslint-parser (it sets `parserServices.isYAML`). */
export function isYamlSourceCode(sourceCode: { parserServices?: unknown; ast: { type: string; body?: unknown } }): boolean {
  const services = sourceCode.parserServices as { isYAML?: unknown } | undefined;
  return services?.isYAML === true;
}

/** The node under a tag or anchor (`!Ref x`, `&anchor x`); aliases stay aliases. */
export function unwrapYaml(node: YamlContent | null | undefined): YamlContent | null {
  let current = node ?? null;
  for (let depth = 0; current !== null && current.type === 'YAMLWithMeta' && depth < 8; depth++) current = current.value;
  return current;
}

/** The tag of a node (`!Sub`, `!Ref`), if any. */
export function yamlTag(node: YamlContent | null | undefined): string | undefined {
  return node?.type === 'YAMLWithMeta' ? (node.tag?.tag ?? undefined) : undefined;
}

/** A scalar's value as a string (numbers and booleans as written), or `undefined` for other nodes and null. */
export function yamlString(node: YamlContent | null | undefined): string | undefined {
  const inner = unwrapYaml(node);
  if (inner === null || inner.type !== 'YAMLScalar') return undefined;
  const value = inner.value;
  if (value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** The string key of a pair, or `undefined` for complex or null keys. */
export function pairKey(pair: YamlPair): string | undefined {
  return yamlString(pair.key);
}

/** The mapping under a node (through tags), or `undefined`. */
export function asMapping(node: YamlContent | null | undefined): YamlMapping | undefined {
  const inner = unwrapYaml(node);
  return inner?.type === 'YAMLMapping' ? inner : undefined;
}

/** The sequence under a node (through tags), or `undefined`. */
export function asSequence(node: YamlContent | null | undefined): YamlSequence | undefined {
  const inner = unwrapYaml(node);
  return inner?.type === 'YAMLSequence' ? inner : undefined;
}

/** The pair of `mapping` whose key is `key` (the last one, as YAML loaders keep it). */
export function findPair(mapping: YamlMapping | undefined, key: string): YamlPair | undefined {
  if (mapping === undefined) return undefined;
  let found: YamlPair | undefined;
  for (const pair of mapping.pairs) if (pairKey(pair) === key) found = pair;
  return found;
}

/** The value under `key` in `mapping`. */
export function getValue(mapping: YamlMapping | undefined, key: string): YamlContent | null | undefined {
  return findPair(mapping, key)?.value;
}

/** The value at a path of keys from `mapping`, through nested mappings. */
export function getPath(mapping: YamlMapping | undefined, path: readonly string[]): YamlContent | null | undefined {
  let current: YamlContent | null | undefined = mapping;
  for (const key of path) {
    const next = asMapping(current);
    if (next === undefined) return undefined;
    current = getValue(next, key);
  }
  return current;
}

/** The root mapping of each document of a YAML program. */
export function rootMappings(program: YamlProgram): YamlMapping[] {
  const result: YamlMapping[] = [];
  for (const document of program.body) {
    const mapping = asMapping(document.content);
    if (mapping !== undefined) result.push(mapping);
  }
  return result;
}

/**
 * Source offsets of `value[start, end)` of a scalar: exact for single-line plain and quoted scalars without
 * escapes, else the `occurrence`-th match of the same text inside the scalar's source (block scalars keep
 * their text verbatim, only re-indented). `undefined` when the text cannot be found.
 */
export function scalarSourceRange(
  scalar: YamlScalar,
  sourceText: string,
  value: string,
  start: number,
  end: number,
): [number, number] | undefined {
  const [from, to] = scalar.range;
  const raw = sourceText.slice(from, to);
  if (scalar.style === 'plain' && raw === value) return [from + start, from + end];
  if ((scalar.style === 'single-quoted' || scalar.style === 'double-quoted') && raw.slice(1, -1) === value) {
    return [from + 1 + start, from + 1 + end];
  }
  const needle = value.slice(start, end);
  if (needle.length === 0) return undefined;
  // Which occurrence of the needle in the value this is, then the same occurrence in the source.
  let occurrence = 0;
  for (let i = value.indexOf(needle); i !== -1 && i < start; i = value.indexOf(needle, i + 1)) occurrence++;
  let at = raw.indexOf(needle);
  for (let k = 0; k < occurrence && at !== -1; k++) at = raw.indexOf(needle, at + 1);
  return at === -1 ? undefined : [from + at, from + at + needle.length];
}
