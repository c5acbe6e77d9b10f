/**
 * Every rule has a doc page, and the page's examples are true: each fenced code block under a ❌ heading
 * reports at least once with that rule, each block under a ✅ heading reports nothing.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import json from '@eslint/json';
import * as yamlParser from 'yaml-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = path.resolve(__dirname, '..');

interface Example {
  verdict: 'incorrect' | 'correct';
  lang: string;
  filename: string | undefined;
  code: string;
  line: number;
}

const CODE_LANGS = new Set(['js', 'jsx', 'ts', 'tsx', 'javascript', 'typescript', 'mjs', 'cjs', 'mts', 'cts', 'yaml', 'yml', 'json', 'jsonc']);

/** Reads the fenced code blocks of a Markdown page with the ❌/✅ heading they stand under. */
export function extractExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  // A stack of headings: the verdict of a block is that of the nearest heading with ❌ or ✅ above it,
  // cleared by any heading of the same or a higher level.
  let verdict: { level: number; value: Example['verdict'] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      const text = heading[2] as string;
      if (verdict && level <= verdict.level) verdict = undefined;
      if (text.includes('❌')) verdict = { level, value: 'incorrect' };
      else if (text.includes('✅')) verdict = { level, value: 'correct' };
      continue;
    }
    const fence = /^```(\w+)?(.*)$/u.exec(line);
    if (!fence) continue;
    const lang = (fence[1] ?? '').toLowerCase();
    const filename = /filename="([^"]+)"/u.exec(fence[2] ?? '')?.[1];
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++) body.push(lines[i] as string);
    if (verdict && CODE_LANGS.has(lang)) {
      examples.push({ verdict: verdict.value, lang, filename, code: body.join('\n'), line: start + 1 });
    }
  }
  return examples;
}

function lintExample(ruleName: string, example: Example): Linter.LintMessage[] {
  const rules = { [`secrets/${ruleName}`]: 'error' } as const;
  if (example.lang === 'yaml' || example.lang === 'yml') {
    const filename = path.join(root, 'docs', 'examples', example.filename ?? 'example.yml');
    return new Linter({ configType: 'flat', cwd: root }).verify(
      example.code,
      [{ files: ['**/*.{yml,yaml}'], plugins: { secrets: plugin }, languageOptions: { parser: yamlParser }, rules }],
      filename,
    );
  }
  if (example.lang === 'json' || example.lang === 'jsonc') {
    const filename = path.join(root, 'docs', 'examples', example.filename ?? `example.${example.lang}`);
    return new Linter({ configType: 'flat', cwd: root }).verify(
      example.code,
      [{ files: ['**/*.json', '**/*.jsonc'], plugins: { secrets: plugin, json }, language: `json/${example.lang}`, rules }],
      filename,
    );
  }
  const isTs = /^(ts|tsx|typescript|mts|cts)$/u.test(example.lang);
  const extension = isTs ? (example.lang === 'tsx' ? 'tsx' : 'ts') : example.lang === 'jsx' ? 'jsx' : 'js';
  const filename = path.join(root, 'docs', 'examples', example.filename ?? `example.${extension}`);
  const linter = new Linter({ configType: 'flat', cwd: root });
  return linter.verify(
    example.code,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        plugins: { secrets: plugin },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: example.lang === 'cjs' ? 'commonjs' : 'module',
          parser: isTs ? tsParser : espree,
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules: { [`secrets/${ruleName}`]: 'error' },
      },
    ],
    filename,
  );
}

const ruleNames = Object.keys(plugin.rules);

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema | Schema[];
}

/** Option paths of a rule schema in table order: `a`, `a.b`, `list`, `list[].c`, each level sorted. */
function optionPaths(schema: unknown, prefix = ''): string[] {
  const object = (Array.isArray(schema) ? schema[0] : schema) as Schema | undefined;
  const names = Object.keys(object?.properties ?? {}).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return names.flatMap((name) => {
    const property = object?.properties?.[name] as Schema;
    const items = Array.isArray(property.items) ? undefined : property.items;
    const nested =
      property.type === 'object' ? optionPaths(property, `${prefix}${name}.`) : items?.type === 'object' ? optionPaths(items, `${prefix}${name}[].`) : [];
    return [`${prefix}${name}`, ...nested];
  });
}

describe('rule docs', () => {
  it('there is at least one rule', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
  });

  describe.each(ruleNames)('docs/rules/%s.md', (ruleName) => {
    const docPath = path.join(root, 'docs', 'rules', `${ruleName}.md`);
    const markdown = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const examples = extractExamples(markdown);

    it('exists with the required sections', () => {
      expect(existsSync(docPath)).toBe(true);
      for (const section of ['## Rule details', '## Options', '## When not to use it']) {
        expect(markdown).toContain(section);
      }
    });

    it('lists every option in its options table, nested ones by their path under their parent', () => {
      const table = markdown.slice(markdown.indexOf('<!-- begin auto-generated rule options list -->'), markdown.indexOf('<!-- end auto-generated rule options list -->'));
      const listed = [...table.matchAll(/^\| `([^`]+)`/gmu)].map((m) => m[1]);
      expect(listed).toEqual(optionPaths(plugin.rules[ruleName]?.meta?.schema));
    });

    it('has ❌ and ✅ examples', () => {
      expect(examples.some((e) => e.verdict === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.verdict === 'correct')).toBe(true);
    });

    it.each(examples.map((e) => [`${e.verdict} example at line ${e.line}`, e] as const))('%s', (_label, example) => {
      const messages = lintExample(ruleName, example);
      // A parse error, or a file no config matched ("No matching configuration"), is not a verdict.
      const unlinted = messages.filter((m) => m.fatal || m.ruleId === null);
      expect(unlinted.map((m) => m.message), 'the example must parse and be linted').toEqual([]);
      const own = messages.filter((m) => m.ruleId === `secrets/${ruleName}`);
      if (example.verdict === 'incorrect') expect(own.length, 'an ❌ example must be reported').toBeGreaterThan(0);
      else expect(own.map((m) => m.message), 'a ✅ example must not be reported').toEqual([]);
    });
  });
});
