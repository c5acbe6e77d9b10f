/**
 * Calls and `new`: the callee's value and tags, `require`, arguments and callbacks (their parameters bound
 * before they are analysed), the sink event, sources, and the result: tag rules, sanitizers, propagation
 * summaries (`propagation.ts`), calls of local functions, and getter-like names (`getApiKey()`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { CalleeInfo, FunctionNode, Operand, SourceRule, TaintValue } from '../types.js';
import { dataOnly, elementOf, getProperty, instantiateShape, join } from '../value.js';
import type { Analysis } from './analysis.js';
import { isFunctionNode, moduleName, staticPropertyName, unwrapExpression } from './ast.js';
import { isGlobalVariable, variableOf } from './env.js';
import { envCallRead } from './env-reads.js';
import { ev, rootIdentifier, staticPath } from './expressions.js';
import { anyLeaks, sink } from './findings.js';
import { IN_PROGRESS, finishedSummary, summary } from './functions.js';
import { helperCall } from './helpers.js';
import { requestCallRead, requestFunctionResult } from './request-reads.js';
import { callNameSource } from './name-sources.js';
import { ELEMENT_CALLBACK_METHODS, propagate, sanitizes, type CallSite } from './propagation.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;

const EMPTY_TAGS: ReadonlySet<string> = new Set();

export function call(an: Analysis, node: TSESTree.CallExpression | TSESTree.NewExpression): TaintValue | undefined {
  const isNew = node.type === 'NewExpression';
  const callee = unwrapExpression(node.callee);
  let receiver: TaintValue | undefined;
  let calleeValue: TaintValue | undefined;
  let method: string | undefined;
  let name: string | undefined;
  if (callee.type === 'MemberExpression') {
    receiver = callee.object.type === 'Super' ? undefined : ev(an, callee.object);
    method = staticPropertyName(callee);
    name = method;
    if (callee.computed && method === undefined) ev(an, callee.property);
    calleeValue = getProperty(receiver, method, callee);
    if (method !== undefined) calleeValue = join(calleeValue, memberTagRules(an, receiver, method));
  } else {
    calleeValue = callee.type === 'Super' ? undefined : ev(an, callee);
    if (callee.type === 'Identifier') name = callee.name;
  }

  // `require('m')`
  if (!isNew && callee.type === 'Identifier' && callee.name === 'require' && calleeValue?.tags?.has('global:require')) {
    const arg = node.arguments[0];
    if (arg?.type === 'Literal' && typeof arg.value === 'string') {
      return { tags: new Set([`module:${moduleName(arg.value)}`]) };
    }
  }

  // Arguments: values first, function literals after the callee's result is known (callbacks).
  const args = new Array<Operand | undefined>(node.arguments.length);
  const callbacks: number[] = [];
  node.arguments.forEach((arg, i) => {
    if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') {
      callbacks.push(i);
      return;
    }
    if (arg.type === 'SpreadElement') args[i] = { node: arg, value: elementOf(ev(an, arg.argument)) };
    else args[i] = { node: arg, value: ev(an, arg) };
  });

  const sourceValue =
    sourceResult(an, node, isNew, calleeValue, method, name, args) ??
    requestSource(node, method, receiver, callee, calleeValue);

  // `new Promise((resolve) => …)`: its executor's `resolve` carries this promise's key.
  const promiseKey = isNew && calleeValue?.tags?.has('global:Promise') ? `${RESOLVE_TAG}@${node.range[0]}` : undefined;
  // `resolve(x)`: the promise it belongs to resolves with `x` (the engine does not tell fulfilment from time).
  if (!isNew && calleeValue?.tags?.has(RESOLVE_TAG)) resolveWith(an, calleeValue.tags, args[0]?.value);

  // Bind callback parameters before analysing them.
  for (const i of callbacks) {
    const fn = node.arguments[i] as FunctionNode;
    const params: (TaintValue | undefined)[] = [];
    if (method === 'then' && i === 0 && receiver) params[0] = receiver;
    else if (method !== undefined && ELEMENT_CALLBACK_METHODS.has(method) && i === 0) params[0] = elementOf(receiver);
    else if (method === 'reduce' && i === 0) params[1] = elementOf(receiver);
    else if (promiseKey !== undefined && i === 0) {
      params[0] = { tags: new Set([RESOLVE_TAG, promiseKey]) };
      params[1] = { tags: new Set(['promise:reject']) };
    }
    if (sourceValue?.callback && i === node.arguments.length - 1) params[1] = sourceValue.value;
    if (params.length > 0) an.pendingParams.set(fn, params);
    args[i] = { node: fn, value: ev(an, fn) };
  }
  const operands = args as Operand[];

  if (anyLeaks(operands)) {
    // `path` and `rootIsGlobal` are computed only when a sink asks for them.
    let path: string | undefined | null = null;
    let rootIsGlobal: boolean | undefined;
    const info: CalleeInfo = {
      tags: calleeValue?.tags ?? EMPTY_TAGS,
      receiverTags: receiver?.tags ?? EMPTY_TAGS,
      method,
      get path() {
        if (path === null) path = staticPath(callee);
        return path;
      },
      get rootIsGlobal() {
        rootIsGlobal ??= isRootGlobal(an, callee);
        return rootIsGlobal;
      },
      name,
    };
    sink(an, { type: 'call', node, isNew, callee: info, args: operands });
  }

  if (sourceValue) return sourceValue.value;
  const result = callResult(an, { node, isNew, callee, receiver, calleeValue, method, name, args: operands });
  return promiseKey === undefined ? result : join(result, an.promiseResults.get(promiseKey));
}

/** The tag of a promise executor's `resolve`; with `@<offset>` of its `new Promise`, the promise it settles. */
const RESOLVE_TAG = 'promise:resolve';

function resolveWith(an: Analysis, tags: ReadonlySet<string>, value: TaintValue | undefined): void {
  const data = dataOnly(value);
  if (!data) return;
  for (const tag of tags) {
    if (tag.length > RESOLVE_TAG.length && tag.startsWith(RESOLVE_TAG)) {
      an.promiseResults.set(tag, join(an.promiseResults.get(tag), data) as TaintValue);
    }
  }
}

/** Request credentials read by a call: `req.get('authorization')`, `headers()`, `cookies().get('session')`. */
function requestSource(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  method: string | undefined,
  receiver: TaintValue | undefined,
  callee: Node,
  calleeValue: TaintValue | undefined,
): { value: TaintValue; callback: boolean } | undefined {
  const value =
    requestCallRead(node, method, receiver, callee.type === 'MemberExpression' ? callee.object : undefined) ??
    (method === undefined ? requestFunctionResult(calleeValue?.tags, node) : undefined);
  return value ? { value, callback: false } : undefined;
}

/** Whether the callee's root identifier is a global (`console` in `console.log`). */
function isRootGlobal(an: Analysis, callee: Node): boolean {
  const root = rootIdentifier(callee);
  return !!root && isGlobalVariable(variableOf(an, root));
}

/** Tags a member read gives through `member` tag rules (`doppler.secrets`). */
export function memberTagRules(an: Analysis, object: TaintValue | undefined, name: string): TaintValue | undefined {
  if (!object?.tags) return undefined;
  let tags: Set<string> | undefined;
  for (const tag of object.tags) {
    for (const rule of an.tagRules.get(tag) ?? []) {
      if (rule.via === 'member' && rule.name === name) (tags ??= new Set()).add(rule.to);
    }
  }
  return tags ? { tags } : undefined;
}

/** The tags `call`/`new` tag rules give a callee value's result. */
export function applyTagRules(
  an: Analysis,
  calleeValue: TaintValue | undefined,
  via: 'call' | 'new',
  args: readonly (Operand | undefined)[] | undefined,
): TaintValue | undefined {
  if (!calleeValue?.tags) return undefined;
  let tags: Set<string> | undefined;
  for (const tag of calleeValue.tags) {
    for (const rule of an.tagRules.get(tag) ?? []) {
      if (rule.via !== via) continue;
      if (rule.argFlag && (!args || !argFlag(args, rule.argFlag.index, rule.argFlag.property))) continue;
      (tags ??= new Set()).add(rule.to);
    }
  }
  return tags ? { tags } : undefined;
}

function argFlag(args: readonly (Operand | undefined)[], index: number, property: string): boolean {
  const arg = args[index]?.value;
  return arg?.props?.get(property)?.bool === true;
}

/** A source's result, if this call is a source. */
function sourceResult(
  an: Analysis,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  isNew: boolean,
  calleeValue: TaintValue | undefined,
  method: string | undefined,
  name: string | undefined,
  args: readonly (Operand | undefined)[],
): { value: TaintValue; callback: boolean } | undefined {
  const via = isNew ? 'new' : 'call';
  const lists: SourceRule[][] = [];
  if (calleeValue?.tags) {
    for (const tag of calleeValue.tags) {
      const list = an.sourcesByTag.get(tag);
      if (list) lists.push(list);
    }
  }
  if (method !== undefined) {
    const list = an.sourcesByMethod.get(method);
    if (list) lists.push(list);
  }
  for (const list of lists) {
    for (const rule of list) {
      if (rule.via !== via) continue;
      if (rule.argTag && !args[rule.argTag.index]?.value?.tags?.has(rule.argTag.tag)) continue;
      if (rule.argFlag && !argFlag(args, rule.argFlag.index, rule.argFlag.property)) continue;
      return {
        value: instantiateShape(rule.shape, rule.label, node, 'sdk'),
        callback: !!rule.callbackResult && isFunctionNode(node.arguments[node.arguments.length - 1]),
      };
    }
  }
  if (method === 'get' && node.type === 'CallExpression') {
    const env = envCallRead(node, () => isRootGlobal(an, node.callee));
    if (env) return { value: env, callback: false };
  }
  if (name !== undefined && an.userCallees.has(name)) {
    return { value: { secret: { description: `the result of ${name}()`, node, family: 'custom' } }, callback: false };
  }
  return undefined;
}

/** A call's result: tag rules, sanitizers, propagation summaries, callbacks' results, local functions, names. */
function callResult(an: Analysis, site: CallSite): TaintValue | undefined {
  const { node, isNew, callee, receiver, calleeValue, method, name, args } = site;
  const tags = applyTagRules(an, calleeValue, isNew ? 'new' : 'call', args);
  if (name !== undefined && an.isSanitizer(name)) return tags;
  if (method !== undefined && sanitizes(method, receiver, args)) return tags;

  let result = join(tags, propagate(an, site));

  // Callbacks' results: `p.then(cb)`, `arr.map(cb)`.
  if (method !== undefined && callee.type === 'MemberExpression') {
    if (method === 'then') {
      if (receiver) {
        const cb = args[0]?.value?.fns;
        if (cb) for (const fn of cb) result = join(result, finishedSummary(an, fn));
        else result = join(result, dataOnly(receiver));
      }
    } else if (method === 'map' || method === 'flatMap') {
      const cb = args[0]?.value?.fns;
      let element: TaintValue | undefined;
      if (cb) for (const fn of cb) element = join(element, dataOnly(finishedSummary(an, fn)));
      if (element) result = join(result, { props: PropMap.of([['*', element]]) });
    }
  }

  // Calls of local functions: their return value.
  if (!isNew && calleeValue?.fns) {
    const leaks = anyLeaks(args);
    for (const fn of calleeValue.fns) {
      const returned = summary(an, fn);
      if (returned !== IN_PROGRESS) result = join(result, returned);
      // A helper called with a secret: its parameters' flows to sinks and to its result.
      if (leaks) result = join(result, helperCall(an, fn, name, node, args));
    }
  } else if (!isNew && !result) result = callNameSource(an, name, node);
  return result;
}
