/**
 * Rule tests run under vitest with @typescript-eslint/rule-tester, once with @typescript-eslint/parser
 * and once with espree (ESLint's default parser), so rules are proven without type information and
 * on plain JavaScript. Cases marked `tsOnly` use TypeScript syntax and run with the TS parser only.
 */
import json from '@eslint/json';
import { RuleTester as EslintRuleTester } from 'eslint';
import * as yamlParser from 'yaml-eslint-parser';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import * as astroParser from 'astro-eslint-parser';
import * as espree from 'espree';
import * as svelteParser from 'svelte-eslint-parser';
import * as vueParser from 'vue-eslint-parser';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

type Options = readonly unknown[];

export type Valid<O extends Options> = ValidTestCase<O> & { tsOnly?: boolean };
export type Invalid<M extends string, O extends Options> = InvalidTestCase<M, O> & { tsOnly?: boolean };

const common = { ecmaVersion: 'latest', sourceType: 'module' } as const;

/** A RuleTester with @typescript-eslint/parser (JSX on), files named `file.ts(x)` by default. */
export const tsRuleTester = new RuleTester({
  languageOptions: { ...common, parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** A RuleTester with espree (JSX on). */
export const espreeRuleTester = new RuleTester({
  languageOptions: { ...common, parser: espree as never, parserOptions: { ecmaFeatures: { jsx: true } } },
});

function strip<T extends { tsOnly?: boolean }>(testCase: T): Omit<T, 'tsOnly'> {
  const { tsOnly: _ignored, ...rest } = testCase;
  return rest;
}

/**
 * Runs the same cases with both parsers. Cases without a filename get `file.tsx` (TS) or `file.jsx`
 * (espree) so JSX parses; `tsOnly` cases are skipped for espree.
 */
export function runWithBothParsers<M extends string, O extends Options>(
  name: string,
  rule: RuleModule<M, O>,
  tests: { valid: (Valid<O> | string)[]; invalid: Invalid<M, O>[] },
): void {
  const valid = tests.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
  tsRuleTester.run(`${name} (typescript-eslint parser)`, rule, {
    valid: valid.map((c) => ({ filename: 'file.tsx', ...strip(c) })),
    invalid: tests.invalid.map((c) => ({ filename: 'file.tsx', ...strip(c) })),
  });
  espreeRuleTester.run(`${name} (espree)`, rule, {
    valid: valid.filter((c) => !c.tsOnly).map((c) => ({ filename: 'file.jsx', ...strip(c) })),
    invalid: tests.invalid.filter((c) => !c.tsOnly).map((c) => ({ filename: 'file.jsx', ...strip(c) })),
  });
}

/** The markup parsers: their files, and the script parsers they can hand `<script>` blocks to. */
const MARKUP_PARSERS = {
  vue: { filename: 'Component.vue', module: 'vue-eslint-parser', parser: vueParser },
  svelte: { filename: 'Component.svelte', module: 'svelte-eslint-parser', parser: svelteParser },
  astro: { filename: 'Component.astro', module: 'astro-eslint-parser', parser: astroParser },
} as const;

export type MarkupLanguage = keyof typeof MARKUP_PARSERS;

/**
 * Runs cases through a real markup parser (vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser),
 * once with espree and once with @typescript-eslint/parser for the `<script>` blocks. Cases without a
 * filename get `Component.vue` / `.svelte` / `.astro`.
 */
export function runWithMarkupParser<M extends string, O extends Options>(
  language: MarkupLanguage,
  name: string,
  rule: RuleModule<M, O>,
  tests: { valid: (Valid<O> | string)[]; invalid: Invalid<M, O>[] },
): void {
  const { filename, module, parser } = MARKUP_PARSERS[language];
  const valid = tests.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
  for (const [scriptParserName, scriptParser] of [
    ['espree', espree],
    ['typescript-eslint parser', tsParser],
  ] as const) {
    const tester = new RuleTester({
      languageOptions: { ...common, parser: parser as never, parserOptions: { parser: scriptParser, extraFileExtensions: [`.${language}`] } },
    });
    tester.run(`${name} (${module}, ${scriptParserName})`, rule, {
      valid: valid.map((c) => ({ filename, ...strip(c) })),
      invalid: tests.invalid.map((c) => ({ filename, ...strip(c) })),
    });
  }
}
/**
 * ESLint's own RuleTester for configuration files: YAML parsed by yaml-eslint-parser, JSON through
 * @eslint/json's languages (the typescript-eslint tester knows only ESTree parsers).
 */

const EslintTester = EslintRuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
EslintTester.describe = describe;
EslintTester.it = it;
EslintTester.itOnly = it.only;

/** A RuleTester for YAML files (name your cases `*.yml`; the default is `file.yml`). */
export const yamlRuleTester = new EslintRuleTester({
  files: ['**/*.yml', '**/*.yaml'],
  languageOptions: { parser: yamlParser },
});

/** A RuleTester for JSON files (`language: 'json/json'`); use `jsoncRuleTester` for files with comments. */
export const jsonRuleTester = new EslintRuleTester({
  files: ['**/*.json'],
  plugins: { json },
  language: 'json/json',
});

export const jsoncRuleTester = new EslintRuleTester({
  files: ['**/*.json', '**/*.jsonc'],
  plugins: { json },
  language: 'json/jsonc',
});
