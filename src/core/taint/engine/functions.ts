/**
 * Functions and classes: a function's body is analysed once per pass, in the environment of its definition,
 * and its return value is its summary; a class runs its field initialisers and constructor, then its methods.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode, TaintValue } from '../types.js';
import { join } from '../value.js';
import type { Analysis } from './analysis.js';
import { propertyKeyName } from './ast.js';
import { bind, instanceOfAnnotation, writeThis } from './env.js';
import { ev } from './expressions.js';
import { sink } from './findings.js';
import { block } from './statements.js';

type Node = TSESTree.Node;

/** The summary of a function whose analysis is under way (a recursive call): nothing known yet. */
export const IN_PROGRESS: TaintValue = {};

/** A function's summary in this pass, or undefined while it is being analysed. */
export function finishedSummary(an: Analysis, fn: FunctionNode): TaintValue | undefined {
  const value = an.summaries.get(fn) ?? an.overlaySummaries?.get(fn);
  return value === IN_PROGRESS ? undefined : value;
}

/** Whether a range contains one of the sorted offsets (binary search). */
function containsOffset(offsets: readonly number[], range: readonly [number, number]): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < range[0]) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && (offsets[lo] as number) < range[1];
}

/**
 * Analyses a function once per pass and returns its return value (its summary). With hot offsets, a function
 * that contains none (and is not inside one that does) is skipped unless `always`.
 */
export function summary(an: Analysis, fn: FunctionNode, thisKey?: Node, always = false): TaintValue | undefined {
  const known = an.summaries.get(fn);
  if (known !== undefined || an.summaries.has(fn)) return known;
  // While a helper's parameter summary is computed, summaries go to an overlay that dies with it.
  const memo = an.overlaySummaries ?? an.summaries;
  if (memo !== an.summaries && memo.has(fn)) return memo.get(fn);
  const savedHot = an.hot;
  if (an.hotOffsets && !an.hot && !always) {
    if (!containsOffset(an.hotOffsets, fn.range)) {
      memo.set(fn, undefined);
      return undefined;
    }
    an.hot = true;
  }
  memo.set(fn, IN_PROGRESS);
  const savedEnv = an.env;
  const savedFrame = an.frame;
  an.env = savedEnv.child();
  an.frame = { fn, returns: undefined, thisKey: fn.type === 'ArrowFunctionExpression' ? savedFrame.thisKey : thisKey };
  try {
    const pending = an.pendingParams.get(fn);
    fn.params.forEach((param, i) => { bind(an, param, pending?.[i], 'param'); });
    if (fn.body) {
      if (fn.body.type === 'BlockStatement') block(an, fn.body.body);
      else {
        const value = ev(an, fn.body);
        an.frame.returns = join(an.frame.returns, value);
        sink(an, { type: 'return', node: fn.body, fn, value: { node: fn.body, value } });
      }
    }
    const returns = an.frame.returns;
    memo.set(fn, returns);
    return returns;
  } finally {
    an.env = savedEnv;
    an.frame = savedFrame;
    an.hot = savedHot;
  }
}

export function classValue(an: Analysis, node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
  if (node.superClass) ev(an, node.superClass);
  const savedThis = an.frame.thisKey;
  an.frame.thisKey = node;
  try {
    const methods: FunctionNode[] = [];
    let constructor: FunctionNode | undefined;
    for (const member of node.body.body) {
      if (member.type === 'PropertyDefinition' || member.type === 'AccessorProperty') {
        if (member.computed) ev(an, member.key);
        const key = propertyKeyName(member);
        let value = member.value ? ev(an, member.value) : undefined;
        if (!value && member.typeAnnotation) value = instanceOfAnnotation(an, member.typeAnnotation);
        if (value && key !== undefined && !member.static) writeThis(an, node, key, value);
      } else if (member.type === 'MethodDefinition') {
        if (member.computed) ev(an, member.key);
        if (member.kind === 'constructor') constructor = member.value as FunctionNode;
        else methods.push(member.value as FunctionNode);
      } else if (member.type === 'StaticBlock') {
        block(an, member.body);
      }
    }
    // the constructor always runs: it sets up `this` (loggers, clients) for the methods
    if (constructor) summary(an, constructor, node, true);
    an.methodsPhase.add(node);
    for (const m of methods) summary(an, m, node);
    // Methods are values of `this`: `an.getSecret()` follows their summary.
    const props = an.thisProps.get(node);
    for (const member of node.body.body) {
      if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.static) continue;
      const key = propertyKeyName(member);
      if (key === undefined) continue;
      const fnValue: TaintValue = { fns: [member.value as FunctionNode] };
      if (!props?.get(key)?.fns?.includes(member.value as FunctionNode)) writeThis(an, node, key, fnValue);
    }
  } finally {
    an.frame.thisKey = savedThis;
  }
}

