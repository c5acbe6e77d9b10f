/**
 * Error sinks (read by `secrets/no-secret-logging`): error messages end up in logs and responses. `throw x`,
 * `new Error(x)` and the other built-in errors, custom errors and exceptions by their names, and promise
 * rejections.
 */

/** Built-in error constructors (global): their message argument is a sink, the second for `AggregateError`. */
export const ERROR_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

/** `new <Name>(…)` with a name ending so constructs an error: every argument is a sink. */
export const ERROR_NAME_SUFFIXES: readonly string[] = ['Error', 'Exception'];

/** Tags of functions that reject a promise: the executor's `reject` and `Promise.reject`. */
export const REJECT_TAGS: readonly string[] = ['promise:reject', 'global:Promise#reject'];
