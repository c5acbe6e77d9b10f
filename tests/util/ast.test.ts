import { describe, expect, it } from 'vitest';
import {
  constInitializer,
  declaredInitializer,
  hasDirective,
  importedName,
  isCommonJsFile,
  isRequireDeclaration,
  isStringLiteral,
  leadingDirectives,
  outermostWrapper,
  propertyKeyName,
  reactDirective,
  requiredModule,
  startsWithUseClient,
  staticPropertyName,
  staticString,
  unwrapExpression,
} from '../../src/util/ast/index.js';
import { parse } from './parse.js';

describe('unwrapExpression', () => {
  it.each([
    ['(x as string)', 'Identifier'],
    ['x!', 'Identifier'],
    ['<string>x', 'Identifier'],
    ['x satisfies string', 'Identifier'],
    ['((x as unknown) as string)!', 'Identifier'],
    ['f<string>', 'Identifier'],
    ['a?.b', 'MemberExpression'],
    ['(a?.b)!', 'MemberExpression'],
    ['a + b', 'BinaryExpression'],
  ])('%s → %s', (code, type) => {
    const statement = parse(`${code};`).find('ExpressionStatement');
    expect(unwrapExpression(statement.expression).type).toBe(type);
  });

  it('outermostWrapper walks up to the last TypeScript wrapper', () => {
    const parsed = parse("const a = ('x' as string)!;");
    const literal = parsed.find('Literal');
    expect(outermostWrapper(literal).type).toBe('TSNonNullExpression');
    const plain = parse("const a = 'x';").find('Literal');
    expect(outermostWrapper(plain)).toBe(plain);
  });
});

describe('static names', () => {
  it.each([
    ['a.b', 'b'],
    ["a['b-c']", 'b-c'],
    ['a[`b`]', 'b'],
    ['a[0]', '0'],
    ['a[b]', undefined],
    ['a[`${b}`]', undefined],
    ['this.#b', undefined],
  ])('staticPropertyName(%s) → %s', (code, name) => {
    const wrapped = code.startsWith('this') ? `class C { #b = 1; m() { ${code}; } }` : `${code};`;
    expect(staticPropertyName(parse(wrapped).find('MemberExpression'))).toBe(name);
  });

  it.each([
    ['{ a: 1 }', 'a'],
    ["{ 'a-b': 1 }", 'a-b'],
    ['{ 1: 1 }', '1'],
    ["{ ['a']: 1 }", 'a'],
    ['{ [`a`]: 1 }', 'a'],
    ['{ [a]: 1 }', undefined],
  ])('propertyKeyName(%s) → %s', (code, name) => {
    expect(propertyKeyName(parse(`(${code});`).find('Property'))).toBe(name);
  });

  it('importedName reads identifiers and string names', () => {
    const parsed = parse("import { a as b, 'c-d' as e } from 'm';");
    expect(importedName(parsed.find('ImportSpecifier', 0))).toBe('a');
    expect(importedName(parsed.find('ImportSpecifier', 1))).toBe('c-d');
  });

  it('staticString: string literals and templates without expressions', () => {
    expect(staticString(parse("'a';").find('Literal'))).toBe('a');
    expect(staticString(parse('`a`;').find('TemplateLiteral'))).toBe('a');
    expect(staticString(parse('`a${b}`;').find('TemplateLiteral'))).toBeUndefined();
    expect(staticString(parse('1;').find('Literal'))).toBeUndefined();
    expect(isStringLiteral(parse("'';").find('Literal'), '')).toBe(true);
    expect(isStringLiteral(parse("'a';").find('Literal'), '')).toBe(false);
    expect(isStringLiteral(parse('`a`;').find('TemplateLiteral'))).toBe(false);
  });
});

describe('directives', () => {
  it('reads the prologue only', () => {
    const program = parse("'use strict';\n'use client';\nfoo();\n'use server';").program;
    expect(leadingDirectives(program)).toHaveLength(2);
    expect(hasDirective(program, 'use client')).toBe(true);
    expect(hasDirective(program, 'use server')).toBe(false);
    expect(reactDirective(program)).toBe('use client');
    expect(reactDirective(parse("import x from 'y';\n'use client';").program)).toBeUndefined();
  });

  it.each([
    ["'use client';\nexport default 1;", true],
    ['"use client"', true],
    ["// c\n/* d */\n'use strict';\n'use client';", true],
    ["import x from 'y';\n'use client';", false],
    ['', false],
  ])('startsWithUseClient(%j) → %s', (text, expected) => {
    expect(startsWithUseClient(text)).toBe(expected);
  });
});

describe('bindings', () => {
  /** Resolves the `a` in `return a`. */
  const initOf = (code: string, which: typeof constInitializer) => {
    const parsed = parse(code);
    const returned = parsed.find('ReturnStatement').argument;
    if (returned?.type !== 'Identifier') throw new Error('return an identifier');
    return which(parsed.sourceCode.getScope(returned), returned.name);
  };

  it('constInitializer resolves a const through scopes', () => {
    expect(initOf('const a = `x`;\nfunction f() { return a; }', constInitializer)?.type).toBe('TemplateLiteral');
    expect(initOf('let a = `x`;\nfunction f() { return a; }', constInitializer)).toBeUndefined();
    expect(initOf('const { a } = o;\nfunction f() { return a; }', constInitializer)).toBeUndefined();
    expect(initOf('function f(a) { return a; }', constInitializer)).toBeUndefined();
  });

  it('declaredInitializer accepts let and var declared once', () => {
    expect(initOf('let a = `x`;\nfunction f() { return a; }', declaredInitializer)?.type).toBe('TemplateLiteral');
    expect(initOf('var a = 1; var a = 2;\nfunction f() { return a; }', declaredInitializer)).toBeUndefined();
  });
});

describe('CommonJS', () => {
  const cjs = (code: string, filename = 'file.js', sourceType: 'module' | 'script' | 'commonjs' = 'module') =>
    isCommonJsFile(parse(code, { filename, sourceType }).program, { filename, sourceType });

  it.each([
    ["const a = require('a');", true],
    ["require('a');", true],
    ['module.exports = 1;', true],
    ['exports.a = 1;', true],
    ["import a from 'a';\nconst b = require('b');", false],
    ['export const a = 1;', false],
    ['const a = 1;', false],
  ])('%s → %s', (code, expected) => {
    expect(cjs(code)).toBe(expected);
  });

  it('file extension and sourceType decide first', () => {
    expect(cjs('const a = 1;', 'file.cjs')).toBe(true);
    expect(cjs("const a = require('a');", 'file.mjs')).toBe(false);
    expect(cjs('const a = 1;', 'file.js', 'commonjs')).toBe(true);
    expect(cjs('const a = 1;', 'file.js', 'script')).toBe(true);
  });

  it('recognises require declarations and the module they load', () => {
    const parsed = parse("const { a } = require('m') as never;");
    expect(isRequireDeclaration(parsed.find('VariableDeclaration'))).toBe(true);
    expect(requiredModule(parsed.find('TSAsExpression'))).toBe('m');
    expect(requiredModule(parse("require(m);").find('CallExpression'))).toBeUndefined();
  });
});
