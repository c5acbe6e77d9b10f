/**
 * Expressions: the value of each expression kind, member reads (known properties, environment holders, tags,
 * sensitive names), object literals and assignments (a member assignment is a sink event).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { TaintValue } from '../types.js';
import { dataOnly, elementOf, getProperty, join, setProperty, toStringValue } from '../value.js';
import { MAX_RECURSION, type Analysis } from './analysis.js';
import { isFunctionNode, moduleName, propertyKeyName, staticPropertyName, unwrapExpression } from './ast.js';
import { call, memberTagRules } from './calls.js';
import { bind, readVariable, writeMember } from './env.js';
import { envHolderRead } from './env-reads.js';
import { requestMemberRead } from './request-reads.js';
import { sink } from './findings.js';
import { classValue, summary } from './functions.js';
import { isDescriptorContainer, nameOrigin } from './name-sources.js';
import { stmt } from './statements.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;

const EMPTY_TAGS: ReadonlySet<string> = new Set();

export function ev(an: Analysis, node: Node): TaintValue | undefined {
  an.tick();
  if (an.depth > MAX_RECURSION) return undefined;
  an.depth++;
  try {
    const value = evInner(an, node);
    if (value && (value.secret || value.holder || value.props)) an.nodeValues.set(node, value);
    return value;
  } finally {
    an.depth--;
  }
}

function evInner(an: Analysis, node: Node): TaintValue | undefined {
  switch (node.type) {
    case 'Identifier':
      return readVariable(an, node);
    case 'Literal':
      return typeof node.value === 'boolean' ? { bool: node.value } : undefined;
    case 'TemplateLiteral': {
      let result: TaintValue | undefined;
      for (const e of node.expressions) result = join(result, toStringValue(ev(an, e)));
      return result;
    }
    case 'TaggedTemplateExpression':
      ev(an, node.tag);
      for (const e of node.quasi.expressions) ev(an, e);
      return undefined;
    case 'BinaryExpression': {
      const left = node.left.type === 'PrivateIdentifier' ? undefined : ev(an, node.left);
      const right = ev(an, node.right);
      return node.operator === '+' ? join(toStringValue(left), toStringValue(right)) : undefined;
    }
    case 'LogicalExpression':
      return join(ev(an, node.left), ev(an, node.right));
    case 'ConditionalExpression': {
      ev(an, node.test);
      return join(ev(an, node.consequent), ev(an, node.alternate));
    }
    case 'UnaryExpression':
      ev(an, node.argument);
      return undefined;
    case 'UpdateExpression':
      ev(an, node.argument);
      return undefined;
    case 'AssignmentExpression':
      return assignment(an, node);
    case 'SequenceExpression': {
      let last: TaintValue | undefined;
      for (const e of node.expressions) last = ev(an, e);
      return last;
    }
    case 'AwaitExpression':
      return ev(an, node.argument);
    case 'YieldExpression':
      if (node.argument) ev(an, node.argument);
      return undefined;
    case 'MemberExpression': {
      const object = node.object.type === 'Super' ? undefined : ev(an, node.object);
      const name = staticPropertyName(node);
      if (node.computed && name === undefined) ev(an, node.property);
      if (name !== undefined && !object?.holder) {
        const credential = requestMemberRead(node.object, name, node, () => staticPath(node));
        if (credential) return credential;
      }
      const text = name !== undefined && an.isSensitive(name) ? staticPath(node) : undefined;
      return memberValue(an, object, name, node, text);
    }
    case 'ChainExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'TSSatisfiesExpression':
    case 'TSInstantiationExpression':
      return ev(an, node.expression);
    case 'CallExpression':
    case 'NewExpression':
      return call(an, node);
    case 'ImportExpression': {
      const source = node.source;
      ev(an, source);
      if (source.type === 'Literal' && typeof source.value === 'string') {
        return { tags: new Set([`module:${moduleName(source.value)}`]) };
      }
      return undefined;
    }
    case 'MetaProperty':
      return node.meta.name === 'import' ? { tags: new Set(['meta:import.meta']) } : undefined;
    case 'ThisExpression': {
      const key = an.frame.thisKey;
      const props = key ? an.thisProps.get(key) : undefined;
      return props && props.size > 0 ? { props } : undefined;
    }
    case 'ArrayExpression': {
      let element: TaintValue | undefined;
      for (const e of node.elements) {
        if (!e) continue;
        if (e.type === 'SpreadElement') element = join(element, elementOf(ev(an, e.argument)));
        else element = join(element, dataOnly(ev(an, e)));
      }
      return element ? { props: PropMap.of([['*', element]]) } : undefined;
    }
    case 'ObjectExpression':
      return objectValue(an, node);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      summary(an, node);
      return { fns: [node] };
    case 'ClassExpression':
      classValue(an, node);
      return undefined;
    case 'JSXElement':
    case 'JSXFragment':
      generic(an, node);
      return undefined;
    case 'PrivateIdentifier':
    case 'Super':
      return undefined;
    default:
      generic(an, node);
      return undefined;
  }
}

/** Walks the children of a node the engine does not model, for the functions and sinks inside. */
export function generic(an: Analysis, node: Node): void {
  const keys = an.sourceCode.visitorKeys[node.type] ?? [];
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === 'object' && 'type' in c) visitChild(an, c as Node);
    } else if (child && typeof child === 'object' && 'type' in child) visitChild(an, child as Node);
  }
}

function visitChild(an: Analysis, node: Node): void {
  if (node.type.endsWith('Statement') || node.type.endsWith('Declaration')) stmt(an, node);
  else if (node.type.startsWith('TS') && !node.type.endsWith('Expression')) return;
  else ev(an, node);
}

/** `a.b.c` / `this.logger.info` as text, or undefined when the chain has calls or computed keys. */
export function staticPath(node: Node): string | undefined {
  const parts: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === 'MemberExpression') {
    const name = staticPropertyName(current);
    if (name === undefined || (current.computed && current.property.type !== 'Literal')) return undefined;
    parts.unshift(name);
    current = unwrapExpression(current.object);
    if (parts.length > 6) return undefined;
  }
  if (current.type === 'Identifier') parts.unshift(current.name);
  else if (current.type === 'ThisExpression') parts.unshift('this');
  else return undefined;
  return parts.join('.');
}

export function rootIdentifier(node: Node): TSESTree.Identifier | undefined {
  let current = unwrapExpression(node);
  while (current.type === 'MemberExpression') current = unwrapExpression(current.object);
  return current.type === 'Identifier' ? current : undefined;
}

function objectValue(an: Analysis, node: TSESTree.ObjectExpression): TaintValue | undefined {
  let result: TaintValue | undefined;
  const props = new Map<string, TaintValue>();
  for (const prop of node.properties) {
    if (prop.type === 'SpreadElement') {
      result = join(result, dataOnly(ev(an, prop.argument)));
      continue;
    }
    const key = propertyKeyName(prop);
    if (prop.computed && key === undefined) ev(an, prop.key);
    let value: TaintValue | undefined;
    if ((prop.method || prop.kind !== 'init') && isFunctionNode(prop.value)) {
      // Methods and accessors see the object as `this`; they are not data of the object.
      const saved = an.frame.thisKey;
      an.frame.thisKey = node;
      ev(an, prop.value);
      an.frame.thisKey = saved;
    } else value = dataOnly(ev(an, prop.value));
    if (value) props.set(key ?? '*', join(props.get(key ?? '*'), value) as TaintValue);
    else if (key !== undefined && result?.props?.has(key)) result = setProperty(result, key, undefined);
  }
  if (props.size === 0) return result;
  // One join of the literal's own properties over the spreads': a property after a spread overrides it.
  if (!result?.props) return { ...result, props: PropMap.of(props) };
  let merged = result.props;
  for (const [k, v] of props) merged = merged.set(k, v);
  return { ...result, props: merged };
}

/** What `x op= right` gives `x`: a concatenation, a logical choice (`&&=`, `||=`, `??=`), or a number. */
function compoundValue(operator: string, old: TaintValue | undefined, right: TaintValue | undefined): TaintValue | undefined {
  if (operator === '+=') return join(toStringValue(old), toStringValue(right));
  if (operator === '&&=' || operator === '||=' || operator === '??=') return join(old, right);
  return undefined;
}

function assignment(an: Analysis, node: TSESTree.AssignmentExpression): TaintValue | undefined {
  const right = ev(an, node.right);
  let value = right;
  if (node.operator !== '=') {
    const old = node.left.type === 'Identifier' || node.left.type === 'MemberExpression' ? ev(an, node.left) : undefined;
    value = compoundValue(node.operator, old, right);
  }
  const target = unwrapExpression(node.left);
  if (target.type === 'MemberExpression') {
    const objectValue = target.object.type === 'Super' ? undefined : ev(an, target.object);
    sink(an, {
      type: 'assign',
      node,
      target,
      targetPath: staticPath(target),
      objectTags: objectValue?.tags ?? EMPTY_TAGS,
      value: { node: node.right, value },
    });
    writeMember(an, target, value);
  } else bind(an, target, value, 'assign');
  return value;
}

/** Reads a member: known properties, env holders, module export tags, and sensitive property names. */
export function memberValue(
  an: Analysis,
  object: TaintValue | undefined,
  name: string | undefined,
  node: Node,
  text?: string,
): TaintValue | undefined {
  if (name === undefined) return getProperty(object, name, node);
  // `process.env`, `import.meta.env`
  const env = envHolderRead(object, name, node);
  if (env) return env;
  let value: TaintValue | undefined;
  if (object?.tags && !object.secret && !object.holder && !object.props && !object.envLike) {
    // Members of tag-only values (modules, globals, loggers) are the same for every read: cache them.
    let cache = an.tagMemberCache.get(object);
    if (!cache) an.tagMemberCache.set(object, (cache = new Map<string, TaintValue | undefined>()));
    if (cache.has(name)) value = cache.get(name);
    else {
      value = taggedMember(an, object, name, node);
      cache.set(name, value);
    }
  } else value = taggedMember(an, object, name, node);
  // A name that is not sensitive gives no name source: asked first (memoised per name), the container's
  // words are split only for sensitive names.
  if (
    !value?.secret &&
    !value?.holder &&
    name !== 'length' &&
    !(object?.holder && object.holder.family !== 'name') &&
    !an.config.ignoreNameSources &&
    an.isSensitive(name) &&
    !isDescriptorContainer(node)
  ) {
    value = join(value, nameOrigin(an, name, node, 'property', text));
  }
  return value;
}

/** A member read by the value rules and the `member` tag rules, without name-based sources. */
function taggedMember(an: Analysis, object: TaintValue | undefined, name: string, node: Node): TaintValue | undefined {
  return join(getProperty(object, name, node), memberTagRules(an, object, name));
}
