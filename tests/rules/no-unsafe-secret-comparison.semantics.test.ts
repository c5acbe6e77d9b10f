/**
 * The suggestion must produce working code: these tests apply it, run the result and type-check it.
 */
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import ts from 'typescript';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-unsafe-secret-comparison.js';

function applySuggestion(code: string, filename: string): string {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.cjs'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { secrets: { rules: { 'no-unsafe-secret-comparison': rule as never } } },
        rules: { 'secrets/no-unsafe-secret-comparison': 'error' },
      },
    ],
    filename,
  );
  const suggestion = messages[0]?.suggestions?.[0];
  if (!suggestion) throw new Error(`no suggestion for ${code}: ${JSON.stringify(messages)}`);
  let output = code;
  // Fixes of one suggestion are merged into one text edit by ESLint.
  const { range, text } = suggestion.fix;
  output = output.slice(0, range[0]) + text + output.slice(range[1]);
  return output;
}

/** Transpiles to CommonJS and runs the module, returning its exports. */
function runModule(code: string): Record<string, (...args: unknown[]) => unknown> {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
    .outputText;
  const module = { exports: {} as Record<string, (...args: unknown[]) => unknown> };
  const sandbox = { module, exports: module.exports, require: createRequire(__filename), Buffer, process };
  vm.runInNewContext(js, sandbox);
  return module.exports;
}

function typeErrors(code: string): string[] {
  const fileName = '/virtual/check.ts';
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    typeRoots: [`${process.cwd()}/node_modules/@types`],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError) =>
    name === fileName ? ts.createSourceFile(name, code, languageVersion) : original(name, languageVersion, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('no-unsafe-secret-comparison suggestion', () => {
  const equalCases: [unknown, unknown, boolean][] = [
    ['s3cr3t-value', 's3cr3t-value', true],
    ['s3cr3t-value', 's3cr3t-valuf', false],
    ['s3cr3t-value', 's3cr3t', false],
    ['', '', true],
    ['héllo✓', 'héllo✓', true],
    ['héllo', 'hello', false],
    // the original passes when both are missing: an authentication bypass the rewrite closes
    [undefined, undefined, false],
    [undefined, 's3cr3t', false],
  ];

  it('=== keeps string equality and rejects non-strings', () => {
    const fixed = applySuggestion('export const same = (apiKey, candidate) => apiKey === candidate;', 'a.js');
    expect(fixed).toContain("import { timingSafeEqual } from 'node:crypto';");
    const { same } = runModule(fixed);
    for (const [a, b, expected] of equalCases) expect(same?.(a, b)).toBe(expected);
  });

  it('!== is the negation', () => {
    const fixed = applySuggestion(
      "const crypto = require('crypto');\nmodule.exports.differ = (sig, webhookSecret) => sig !== webhookSecret;",
      'a.cjs',
    );
    const { differ } = runModule(fixed);
    for (const [a, b, expected] of equalCases) {
      if (typeof a === 'string' && typeof b === 'string') expect(differ?.(a, b)).toBe(!expected);
    }
  });

  it('works on a template operand and a header', () => {
    const fixed = applySuggestion(
      'export const ok = (req) => req.headers.authorization === `Bearer ${process.env.ADMIN_TOKEN}`;',
      'a.ts',
    );
    const { ok } = runModule(fixed);
    const saved = process.env.ADMIN_TOKEN;
    process.env.ADMIN_TOKEN = 'abc123';
    try {
      expect(ok?.({ headers: { authorization: 'Bearer abc123' } })).toBe(true);
      expect(ok?.({ headers: { authorization: 'Bearer abc124' } })).toBe(false);
      expect(ok?.({ headers: {} })).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.ADMIN_TOKEN;
      else process.env.ADMIN_TOKEN = saved;
    }
  });

  it('type-checks where the operands are string | undefined', () => {
    const code = [
      "import type { IncomingMessage } from 'node:http';",
      'export function verify(req: IncomingMessage): boolean {',
      "  return req.headers['x-api-key'] === process.env.API_KEY;",
      '}',
    ].join('\n');
    expect(typeErrors(code)).toEqual([]);
    const fixed = applySuggestion(code, 'a.ts');
    expect(fixed).not.toBe(code);
    expect(typeErrors(fixed)).toEqual([]);
  });
});
