import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { addImportFix, findImportBinding, removeListItem, type ImportRequest } from '../../src/util/fix/index.js';
import { parse } from './parse.js';

/** The fixer of ESLint, reduced to what the helpers use. */
const fixer = {
  insertTextAfter: (node: { range: [number, number] }, text: string) => ({ range: [node.range[1], node.range[1]], text }),
  insertTextBefore: (node: { range: [number, number] }, text: string) => ({ range: [node.range[0], node.range[0]], text }),
  insertTextAfterRange: (range: [number, number], text: string) => ({ range: [range[1], range[1]], text }),
  removeRange: (range: [number, number]) => ({ range, text: '' }),
} as unknown as TSESLint.RuleFixer;

function apply(code: string, fix: TSESLint.RuleFix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

const REDACT: ImportRequest = { from: '@acme/redact', name: 'redact' };

describe('findImportBinding', () => {
  it.each([
    ["import { redact } from '@acme/redact';", 'redact'],
    ["import { redact as r } from '@acme/redact';", 'r'],
    ["import type { redact } from '@acme/redact';", undefined],
    ["import { type redact } from '@acme/redact';", undefined],
    ["import { redact } from 'other';", undefined],
    ["const { redact: r } = require('@acme/redact');", 'r'],
    ["const { redact } = require('other');", undefined],
    ["import * as m from '@acme/redact';", undefined],
    ["const m = require('@acme/redact');", undefined],
  ])('%s → %s', (code, expected) => {
    expect(findImportBinding(parse(code).program, REDACT)).toBe(expected);
  });

  it('namespaces and the same module under another specifier', () => {
    const request = { from: 'node:crypto', sameModules: ['crypto'], name: 'timingSafeEqual' };
    expect(findImportBinding(parse("import * as c from 'crypto';").program, request, { namespaces: true })).toBe('c.timingSafeEqual');
    expect(findImportBinding(parse("import c from 'node:crypto';").program, request, { namespaces: true })).toBe('c.timingSafeEqual');
    expect(findImportBinding(parse("const c = require('crypto');").program, request, { namespaces: true })).toBe('c.timingSafeEqual');
  });
});

describe('addImportFix', () => {
  const add = (code: string, request: ImportRequest, commonJs = false): string =>
    apply(code, addImportFix(fixer, parse(code).program, request, commonJs));

  it.each([
    ['f();', 'import { redact } from "@acme/redact";\nf();'],
    ['', 'import { redact } from "@acme/redact";\n'],
    ["'use client';\nf();", '\'use client\';\nimport { redact } from "@acme/redact";\nf();'],
    ["import a from 'a';\nf();\nimport b from 'b';", 'import a from \'a\';\nf();\nimport b from \'b\';\nimport { redact } from "@acme/redact";'],
    // joins an import of the same module instead of adding a second one
    ["import { mask } from '@acme/redact';\nf();", "import { mask, redact } from '@acme/redact';\nf();"],
    ["import mask from '@acme/redact';", "import mask, { redact } from '@acme/redact';"],
    // a namespace or a type-only import cannot take the specifier
    ["import * as m from '@acme/redact';", 'import * as m from \'@acme/redact\';\nimport { redact } from "@acme/redact";'],
    ["import type { T } from '@acme/redact';", 'import type { T } from \'@acme/redact\';\nimport { redact } from "@acme/redact";'],
  ])('ESM: %j', (code, expected) => {
    expect(add(code, REDACT)).toBe(expected);
  });

  it.each([
    ["const a = require('a');\nf();", 'const a = require(\'a\');\nconst { redact } = require("@acme/redact");\nf();'],
    ["'use strict';\nf();", '\'use strict\';\nconst { redact } = require("@acme/redact");\nf();'],
    ["const { mask } = require('@acme/redact');", "const { mask, redact } = require('@acme/redact');"],
    ["const { ...all } = require('@acme/redact');", 'const { ...all } = require(\'@acme/redact\');\nconst { redact } = require("@acme/redact");'],
  ])('CommonJS: %j', (code, expected) => {
    expect(add(code, REDACT, true)).toBe(expected);
  });

  it('writes an alias and the quote asked for', () => {
    const request: ImportRequest = { from: 'node:crypto', name: 'timingSafeEqual', local: 'tse', quote: "'" };
    expect(add('f();', request)).toBe("import { timingSafeEqual as tse } from 'node:crypto';\nf();");
    expect(add('f();', request, true)).toBe("const { timingSafeEqual: tse } = require('node:crypto');\nf();");
    expect(add("import { a } from 'node:crypto';", request)).toBe("import { a, timingSafeEqual as tse } from 'node:crypto';");
  });
});

describe('one program, many fixes (answers kept per file)', () => {
  it('answers each request, module form and alias apart, and the same every time', () => {
    const code = "import { mask } from '@acme/redact';\nconst c = require('crypto');\nf();";
    const program = parse(code).program;
    const crypto: ImportRequest = { from: 'node:crypto', sameModules: ['crypto'], name: 'timingSafeEqual' };
    for (let round = 0; round < 2; round++) {
      expect(apply(code, addImportFix(fixer, program, REDACT, false))).toBe(
        "import { mask, redact } from '@acme/redact';\nconst c = require('crypto');\nf();",
      );
      expect(apply(code, addImportFix(fixer, program, { ...REDACT, local: 'redact_1' }, false))).toBe(
        "import { mask, redact as redact_1 } from '@acme/redact';\nconst c = require('crypto');\nf();",
      );
      expect(apply(code, addImportFix(fixer, program, REDACT, true))).toBe(
        'import { mask } from \'@acme/redact\';\nconst c = require(\'crypto\');\nconst { redact } = require("@acme/redact");\nf();',
      );
      expect(findImportBinding(program, REDACT)).toBeUndefined();
      expect(findImportBinding(program, { ...REDACT, name: 'mask' })).toBe('mask');
      expect(findImportBinding(program, crypto)).toBeUndefined();
      expect(findImportBinding(program, crypto, { namespaces: true })).toBe('c.timingSafeEqual');
    }
  });
});

describe('removeListItem', () => {
  const remove = (code: string, index: number): string => {
    const parsed = parse(code);
    const property = parsed.find('Property', index);
    return apply(code, removeListItem(parsed.sourceCode, fixer, property));
  };

  it.each([
    ['({ a: 1, b: 2 });', 0, '({ b: 2 });'],
    ['({ a: 1, b: 2 });', 1, '({ a: 1 });'],
    ['({ a: 1 });', 0, '({  });'],
    ['({\n  a: 1,\n  b: 2,\n});', 0, '({\n  b: 2,\n});'],
    ['({\n  a: 1,\n  b: 2\n});', 1, '({\n  a: 1\n});'],
  ])('%j without item %i', (code, index, expected) => {
    expect(remove(code, index)).toBe(expected);
  });
});
