/**
 * Runs the taint engine over a snippet with a test sink: every argument of a call to `sink(…)` is a sink.
 * Returns the findings as `line:description` strings, sorted, so tests read as tables.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { analyzeTaint, type SinkChecker, type TaintConfig, type TaintFinding } from '../../../src/core/taint/index.js';

export const testSinks: SinkChecker = (event) => {
  if (event.type === 'call' && event.callee.name === 'sink' && event.callee.method === undefined) {
    return event.args.map((operand) => ({ operand, label: 'sink', kind: 'test' }));
  }
  return undefined;
};

export function findings(
  code: string,
  config: Partial<TaintConfig> = {},
  parser: 'ts' | 'espree' = 'ts',
): TaintFinding[] {
  const linter = new Linter({ configType: 'flat' });
  const result: TaintFinding[] = [];
  const rule = {
    meta: { type: 'problem', schema: [] },
    create(context: { sourceCode: TSESLint.SourceCode }) {
      return {
        'Program:exit'() {
          result.push(...analyzeTaint(context.sourceCode, { sinks: testSinks, ...config }));
        },
      };
    },
  };
  const messages = linter.verify(
    code,
    {
      files: ['**/*.ts'],
      plugins: { test: { rules: { taint: rule as never } } },
      rules: { 'test/taint': 'error' },
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...(parser === 'ts' ? { parser: tsParser } : {}),
      },
    },
    'file.ts',
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  return result;
}

/** Findings as sorted `line: description` strings (the line of the sink operand). */
export function summarize(code: string, config: Partial<TaintConfig> = {}, parser: 'ts' | 'espree' = 'ts'): string[] {
  return findings(code, config, parser)
    .map((f) => `${f.culprit.loc.start.line}: ${f.origin.description}`)
    .sort();
}
