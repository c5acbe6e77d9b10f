/** Parses code with ESLint (parents, scopes) for tests of the AST and fix helpers. */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import type { AST_NODE_TYPES } from '../../src/util/ast/index.js';

export interface Parsed {
  sourceCode: Readonly<TSESLint.SourceCode>;
  program: TSESTree.Program;
  /** The first node of this type, in source order. */
  find<K extends keyof typeof AST_NODE_TYPES>(type: K, index?: number): Extract<TSESTree.Node, { type: (typeof AST_NODE_TYPES)[K] }>;
}

/** Parses `code` as `filename` (TS parser) with the given sourceType, and returns the AST with parents. */
export function parse(code: string, options: { filename?: string; sourceType?: 'module' | 'script' | 'commonjs' } = {}): Parsed {
  const linter = new Linter({ configType: 'flat' });
  let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  const nodes: TSESTree.Node[] = [];
  const rule = {
    create(context: { sourceCode: unknown }) {
      return {
        '*'(node: TSESTree.Node) {
          nodes.push(node);
        },
        'Program:exit'() {
          sourceCode = context.sourceCode as Readonly<TSESLint.SourceCode>;
        },
      };
    },
  };
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: {
          parser: tsParser,
          sourceType: options.sourceType ?? 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        plugins: { t: { rules: { capture: rule } } },
        rules: { 't/capture': 'error' },
      },
    ],
    options.filename ?? 'file.ts',
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  if (!sourceCode) throw new Error('not parsed');
  const parsed = sourceCode;
  return {
    sourceCode: parsed,
    program: parsed.ast,
    find(type, index = 0) {
      const found = nodes.filter((n) => n.type === (type as string))[index];
      if (!found) throw new Error(`no ${type} #${index}`);
      return found as never;
    },
  };
}
