/**
 * Applies the propagation summaries and sanitizers of `models/` to a call: what its result (or its receiver,
 * or an argument updated in place) carries.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { splitWords } from '../../names.js';
import { ELEMENT_CALLBACK_METHODS as ELEMENT_CALLBACK_METHOD_LIST, SUMMARIES } from '../models/propagation.js';
import { SANITIZER_WORDS, SANITIZING_CALLS } from '../models/sanitizers.js';
import type { Carry, Operand, SanitizerRow, Summary, TaintValue } from '../types.js';
import {
  addElement,
  dataOnly,
  elementOf,
  join,
  parsedValue,
  serializedValue,
  toStringValue,
} from '../value.js';
import type { Analysis } from './analysis.js';
import { writeBack } from './env.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;

/** What a call's result is computed from. */
export interface CallSite {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly isNew: boolean;
  /** The callee without TypeScript wrappers. */
  readonly callee: Node;
  /** The receiver's value when the callee is a member expression. */
  readonly receiver: TaintValue | undefined;
  readonly calleeValue: TaintValue | undefined;
  /** The method name when the callee is `obj.name` or `obj['name']`. */
  readonly method: string | undefined;
  /** The callee's identifier name, or the method name. */
  readonly name: string | undefined;
  readonly args: readonly Operand[];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | undefined): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const SUMMARIES_BY_CALLEE = groupBy(SUMMARIES, (row) => row.callee);
const SUMMARIES_BY_METHOD = groupBy(SUMMARIES, (row) => row.method);
const SANITIZERS_BY_METHOD = groupBy(SANITIZING_CALLS, (row) => row.method);

/** Methods that hand each element of the receiver to their callback's first parameter. */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set(ELEMENT_CALLBACK_METHOD_LIST);

/** A value carried as `how` (see {@link Carry}). */
function carry(how: Carry, value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return undefined;
  switch (how) {
    case 'data':
    case 'element':
      return dataOnly(value);
    case 'string':
      return toStringValue(value);
    case 'serialized':
      return serializedValue(value);
    case 'parsed':
      return parsedValue(value);
    case 'item':
      return join(elementOf(value), toStringValue(value));
    case 'elements': {
      const element = elementOf(value);
      return element ? { props: PropMap.of([['*', element]]) } : undefined;
    }
    case 'entries': {
      const element = elementOf(value);
      return element ? { props: PropMap.of([['*', { props: PropMap.of([['1', element]]) }]]) } : undefined;
    }
  }
}

/** What a summary's `from` carries; `from: 'args'` leaves out the argument the row writes into. */
function carried(row: Summary, site: CallSite): TaintValue | undefined {
  const how = row.as ?? 'data';
  if (row.from === 'receiver') return carry(how, site.receiver);
  if (row.from === 'args') {
    let value: TaintValue | undefined;
    site.args.forEach((arg, i) => {
      if (i !== row.to) value = join(value, carry(how, arg.value));
    });
    return value;
  }
  return carry(how, site.args[row.from]?.value);
}

/** Applies one summary: returns what it adds to the call's result, after updating a receiver or argument. */
function apply(an: Analysis, row: Summary, site: CallSite): TaintValue | undefined {
  const value = carried(row, site);
  if (row.to === 'result') return value;
  if (row.to === 'receiver') {
    if (value && site.callee.type === 'MemberExpression') {
      const updated = row.as === 'element' ? addElement(site.receiver, value) : join(site.receiver, value);
      writeBack(an, site.callee.object, updated);
    }
    return undefined;
  }
  const target = site.args[row.to];
  if (!target) return undefined;
  const updated = join(target.value, value);
  writeBack(an, target.node, updated);
  return updated;
}

/** The result the propagation summaries give a call (and their updates of its receiver and arguments). */
export function propagate(an: Analysis, site: CallSite): TaintValue | undefined {
  let result: TaintValue | undefined;
  const tags = site.calleeValue?.tags;
  if (tags) {
    for (const tag of tags) {
      const rows = SUMMARIES_BY_CALLEE.get(tag);
      if (rows) for (const row of rows) result = join(result, apply(an, row, site));
    }
  }
  if (site.method !== undefined && site.callee.type === 'MemberExpression') {
    const rows = SUMMARIES_BY_METHOD.get(site.method);
    if (rows) for (const row of rows) result = join(result, apply(an, row, site));
  }
  return result;
}

/** Whether a method call is a sanitizer by a row of `SANITIZING_CALLS` (masking `replace`, short `slice`, `digest`). */
export function sanitizes(method: string, receiver: TaintValue | undefined, args: readonly Operand[]): boolean {
  const rows = SANITIZERS_BY_METHOD.get(method);
  if (!rows) return false;
  return rows.some((row) => matchesSanitizer(row, receiver, args));
}

function matchesSanitizer(row: SanitizerRow, receiver: TaintValue | undefined, args: readonly Operand[]): boolean {
  if (row.receiverTag !== undefined && !receiver?.tags?.has(row.receiverTag)) return false;
  if (row.args === 'masking') return isMaskingReplace(args);
  if (row.args === 'shortSlice') return isShortSlice(args);
  return true;
}

/** Whether a called function's name marks a sanitizer: `redact`, `maskToken`, `hashPassword`, or a user's name. */
export function isSanitizerName(name: string, extra: ReadonlySet<string>): boolean {
  if (extra.has(name)) return true;
  for (const word of splitWords(name)) if (SANITIZER_WORDS.has(word)) return true;
  return false;
}

/** `.replace(/./g, '*')`-style masking: a global regex replaced by a string of mask characters only. */
function isMaskingReplace(args: readonly Operand[]): boolean {
  const pattern = args[0]?.node;
  const replacement = args[1]?.node;
  if (!pattern || !replacement) return false;
  if (replacement.type !== 'Literal' || typeof replacement.value !== 'string') return false;
  const mask = replacement.value;
  if (mask.length === 0 || mask.length > 8) return false;
  for (const ch of mask) if (ch !== '*' && ch !== 'x' && ch !== 'X' && ch !== '•' && ch !== '#' && ch !== '.') return false;
  if (pattern.type !== 'Literal' || !('regex' in pattern) || !pattern.regex) return false;
  const { pattern: source, flags } = pattern.regex;
  // `/^.*(?=.{4})/` hides all but the last characters in one match; the others need the `g` flag.
  if (/^\^?\.[*+]\(\?=\.\{\d\}\)$/.test(source)) return true;
  return flags.includes('g') && MASKING_PATTERN.test(source);
}

/**
 * Regular expressions that match (almost) every character of a value: `.`, `\w`, `[\s\S]`, `[^-]`, alone
 * or keeping the first or last few (`.(?=.{4})`, `(?<=.{4}).`). `/\s+/g` or `/foo/g` hide nothing.
 */
const MASKING_PATTERN = /^(?:\(\?<=[^()]{1,12}\))?(?:\.|\\[wSd]|\[\^[^\]]{0,3}\]|\[\\s\\S\]|\[\\S\\s\]|\[\\w\\W\]|\[a-zA-Z0-9\]|\[A-Za-z0-9\])[+*]?(?:\(\?=[^()]{1,12}\))?$/;

/** `.slice(0, n)` / `.substring(0, n)` / `.slice(-n)` with a small literal n: a short prefix or suffix, not the secret. */
function isShortSlice(args: readonly Operand[]): boolean {
  const small = (n: Node | undefined): boolean => {
    if (!n) return false;
    if (n.type === 'Literal' && typeof n.value === 'number') return Math.abs(n.value) <= 6;
    if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal') {
      return typeof n.argument.value === 'number' && n.argument.value <= 6;
    }
    return false;
  };
  if (args.length === 1) {
    const a = args[0]?.node;
    return !!a && a.type === 'UnaryExpression' && a.operator === '-' && small(a);
  }
  return args.length === 2 && small(args[0]?.node) && small(args[1]?.node);
}
