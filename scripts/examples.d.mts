/** Types of scripts/examples.mjs, for tests/examples.test.ts. */
import type { ESLint } from 'eslint';

export function lintExamples(
  plugin: ESLint.Plugin,
  examplesDir: string,
): Promise<{ eslint: ESLint; results: ESLint.LintResult[]; presets: string[]; skipped: string[] }>;
export function isLeakyExample(relativePath: string): boolean;
export function unexpectedExamples(results: readonly ESLint.LintResult[], examplesDir: string): string[];
