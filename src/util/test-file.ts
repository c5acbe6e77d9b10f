/** Whether a linted file is a test, mock, fixture, story or seed file, by its path (see `isTestPath`). */
import * as nodePath from 'node:path';
import { isTestPath } from '../core/framework/classify.js';

/**
 * `filename` and `cwd` as ESLint gives them. The path is judged relative to the working directory, so a
 * checkout under a directory called `test` is not all tests; text without a file name is not a test.
 */
export function isTestFileName(filename: string, cwd: string): boolean {
  if (filename.length === 0 || filename.startsWith('<')) return false;
  const relative = nodePath.relative(cwd, filename).split(nodePath.sep).join('/');
  return isTestPath(relative.startsWith('..') || nodePath.isAbsolute(relative) ? filename.split(nodePath.sep).join('/') : relative);
}

/** {@link isTestFileName} of a rule's file, judged once per file (keyed weakly by its SourceCode) for every rule. */
const testFiles = new WeakMap<object, boolean>();

export function isTestFile(context: { readonly sourceCode: object; readonly filename: string; readonly cwd: string }): boolean {
  let result = testFiles.get(context.sourceCode);
  if (result === undefined) {
    result = isTestFileName(context.filename, context.cwd);
    testFiles.set(context.sourceCode, result);
  }
  return result;
}
