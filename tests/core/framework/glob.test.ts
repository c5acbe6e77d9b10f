import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces } from '../../../src/core/framework/glob.js';

describe('compileGlob', () => {
  it.each([
    ['src/**', 'src/app.ts', true],
    ['src/**', 'src', true],
    ['src/**', 'srcx/app.ts', false],
    ['src/**/*.ts', 'src/app.ts', true],
    ['src/**/*.ts', 'src/a/b/c/app.ts', true],
    ['src/**/*.ts', 'src/a/b/c/app.tsx', false],
    ['**/*.server.ts', 'app/models/user.server.ts', true],
    ['**/*.server.ts', 'user.server.ts', true],
    ['*.server.ts', 'app/models/user.server.ts', true],
    ['*.server.ts', 'app/models/user.ts', false],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/{client,web}/**', 'src/web/x.ts', true],
    ['src/{client,web}/**', 'src/server/x.ts', false],
    ['./src/**', 'src/x.ts', true],
    ['app/(marketing)/**', 'app/(marketing)/page.tsx', true],
    ['app/[slug]/*.tsx', 'app/[slug]/page.tsx', true],
    ['a.b', 'axb', false],
    ['src/{a,b', 'src/{a,b', true],
    ['src/**', 'src\\win\\path.ts', true],
  ])('%s ~ %s → %s', (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected);
  });

  it('treats regular expression syntax as text', () => {
    expect(compileGlob('a+b(c)|d$').test('a+b(c)|d$')).toBe(true);
    expect(compileGlob('a+b').test('aab')).toBe(false);
  });

  it('expands braces with a bound', () => {
    expect(expandBraces('src/{a,b}/{c,d}.ts')).toEqual(['src/a/c.ts', 'src/a/d.ts', 'src/b/c.ts', 'src/b/d.ts']);
    expect(expandBraces('{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b}').length).toBe(64);
  });

  it('stays fast on long adversarial paths', () => {
    const glob = compileGlob('**/*a*a*a*a*a*b.ts');
    const path = `${'x/'.repeat(500)}${'a'.repeat(2000)}.ts`;
    const start = performance.now();
    expect(glob.test(path)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('expandBraces on hostile globs (issue 15)', () => {
  it('thousands of brace groups: bounded, no stack overflow', () => {
    const glob = `src/${'{a,b}'.repeat(5000)}.ts`;
    const expanded = expandBraces(glob);
    expect(expanded.length).toBe(64);
    expect(expanded[0]).toBe(`src/${'a'.repeat(5000)}.ts`);
    expect(() => compileGlob(glob)).not.toThrow();
  });
  it('keeps the order of the recursive expansion', () => {
    expect(expandBraces('x{1,2}y{3,4}z{')).toEqual(['x1y3z{', 'x1y4z{', 'x2y3z{', 'x2y4z{']);
  });
});
