/**
 * Propagation summaries: how a call's result (or its receiver, or an argument) carries the secrets of its
 * inputs. Each row names a callee, where the value comes `from` and goes `to`, and `as` what (see
 * {@link Carry}). Calls no row names return clean values (precision first), except calls of functions
 * defined in the file, which the engine follows.
 *
 * Method rows apply to any receiver the engine knows something about: `s.trim()` of a secret `s` is secret,
 * `x.trim()` of an unknown `x` is unknown.
 */
import type { Summary } from '../types.js';

/** Global and module functions that copy their arguments' content into their result. */
const COPYING_FUNCTIONS = [
  'global:String',
  'global:encodeURIComponent',
  'global:encodeURI',
  'global:decodeURIComponent',
  'global:decodeURI',
  'global:atob',
  'global:btoa',
  'global:escape',
  'global:unescape',
  'global:structuredClone',
  'global:Buffer#from',
  'module:buffer#Buffer.from',
  'global:Array#from',
  'global:Array#of',
  'global:Object#freeze',
  'global:Object#fromEntries',
  'global:Promise#resolve',
  'global:Promise#all',
  'global:Promise#allSettled',
  'global:Promise#any',
  'global:Promise#race',
  'global:URLSearchParams',
  'global:URL',
  'module:querystring#stringify',
  'module:querystring#encode',
];

/** Functions that serialise their whole argument, holders included. */
const SERIALIZING_FUNCTIONS = ['global:JSON#stringify', 'module:util#inspect', 'module:util#format', 'module:util#formatWithOptions'];

/** Methods whose result carries the receiver's content (string, array, buffer, promise and body methods). */
const COPYING_METHODS = [
  'valueOf',
  'toJSON',
  'trim',
  'trimStart',
  'trimEnd',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'normalize',
  'split',
  'concat',
  'padStart',
  'padEnd',
  'repeat',
  'charAt',
  'slice',
  'substring',
  'substr',
  'replace',
  'replaceAll',
  'flat',
  'filter',
  'reverse',
  'sort',
  'toSorted',
  'toReversed',
  'values',
  'entries',
  'promise',
  'catch',
  'finally',
  'text',
  'json',
];

export const SUMMARIES: readonly Summary[] = [
  ...COPYING_FUNCTIONS.map((callee): Summary => ({ callee, from: 'args', to: 'result' })),
  ...SERIALIZING_FUNCTIONS.map((callee): Summary => ({ callee, from: 'args', to: 'result', as: 'serialized' })),
  { callee: 'global:JSON#parse', from: 0, to: 'result', as: 'parsed' },
  { callee: 'global:Object#values', from: 0, to: 'result', as: 'elements' },
  { callee: 'global:Object#entries', from: 0, to: 'result', as: 'entries' },
  // `Object.assign(target, …sources)` writes the sources into the target and returns it
  { callee: 'global:Object#assign', from: 'args', to: 0 },

  ...COPYING_METHODS.map((method): Summary => ({ method, from: 'receiver', to: 'result' })),
  { method: 'toString', from: 'receiver', to: 'result', as: 'string' },
  { method: 'join', from: 'receiver', to: 'result', as: 'string' },
  ...['find', 'findLast', 'pop', 'shift', 'at'].map((method): Summary => ({ method, from: 'receiver', to: 'result', as: 'item' })),
  // what is added into a string
  { method: 'concat', from: 'args', to: 'result', as: 'string' },
  ...['replace', 'replaceAll', 'padStart', 'padEnd'].map((method): Summary => ({ method, from: 1, to: 'result', as: 'string' })),
  // collections that take their arguments in: `arr.push(x)`, `map.set(k, x)`, `params.append(k, x)`
  ...['push', 'unshift', 'add', 'append'].map((method): Summary => ({ method, from: 'args', to: 'receiver', as: 'element' })),
  { method: 'set', from: 1, to: 'receiver', as: 'element' },
];

/** Methods that hand each element of the receiver to their callback's first parameter (`arr.forEach(x => …)`). */
export const ELEMENT_CALLBACK_METHODS: readonly string[] = ['forEach', 'map', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap'];
