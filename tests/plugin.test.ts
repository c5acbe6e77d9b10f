/**
 * Whole-plugin checks: meta comes from package.json, every rule file is registered and well formed,
 * and the presets are exactly what the rules' meta.docs.recommended says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { DOCS_BASE_URL } from '../src/util/create-rule.js';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** Every object schema closes its properties and every property has a description. */
function schemaProblems(schema: JsonSchema, where: string): string[] {
  const problems: string[] = [];
  if (schema.properties) {
    if (schema.additionalProperties !== false) problems.push(`${where}: additionalProperties must be false`);
    for (const [key, property] of Object.entries(schema.properties)) {
      if (!property.description) problems.push(`${where}.${key}: no description`);
      problems.push(...schemaProblems(property, `${where}.${key}`));
    }
  }
  const items = schema.items === undefined ? [] : Array.isArray(schema.items) ? schema.items : [schema.items];
  for (const item of items) problems.push(...schemaProblems(item, `${where}[]`));
  for (const alternative of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    problems.push(...schemaProblems(alternative, where));
  }
  return problems;
}

describe('plugin', () => {
  it('takes its name and version from package.json', () => {
    expect(plugin.meta).toMatchObject({ name: pkg.name, version: pkg.version, namespace: 'secrets' });
  });

  it('registers every rule file in src/rules', () => {
    const files = readdirSync(path.join(root, 'src', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(Object.keys(plugin.rules).sort()).toEqual(files);
  });

  it('builds the presets from meta.docs.recommended', () => {
    const recommended: Record<string, unknown> = {};
    const strict: Record<string, unknown> = {};
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const level = (rule.meta?.docs as { recommended?: string } | undefined)?.recommended;
      if (level === 'recommended') recommended[`secrets/${name}`] = 'error';
      strict[`secrets/${name}`] = 'error';
    }
    // strict also reports low-confidence value detections
    strict['secrets/no-hardcoded-secrets'] = ['error', { minConfidence: 'low' }];
    expect(plugin.configs.recommended.rules).toEqual(recommended);
    expect(plugin.configs.strict.rules).toEqual(strict);
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      expect(config.plugins?.['secrets']).toBe(plugin);
    }
  });
});

describe.each(Object.entries(plugin.rules))('rule %s', (name, rule) => {
  const meta = rule.meta;
  if (meta === undefined) throw new Error(`${name} has no meta`);
  const docs = meta.docs as { description?: string; url?: string; recommended?: string };

  it('has a description starting with Disallow, Require or Enforce', () => {
    expect(docs.description).toMatch(/^(Disallow|Require|Enforce) /u);
  });

  it('links its doc page, which repeats the description', () => {
    expect(docs.url).toBe(`${DOCS_BASE_URL}${name}.md`);
    const doc = readFileSync(path.join(root, 'docs', 'rules', `${name}.md`), 'utf8');
    expect(doc).toContain(docs.description);
  });

  it('is in a preset', () => {
    expect(['recommended', 'strict']).toContain(docs.recommended);
  });

  it('has a closed schema with a description on every option, and default options', () => {
    const schema = (Array.isArray(meta.schema) ? meta.schema : [meta.schema]) as JsonSchema[];
    const problems = schema.flatMap((s, i) => schemaProblems(s, `schema[${i}]`));
    expect(problems).toEqual([]);
    if (schema.length > 0) expect(meta.defaultOptions).toBeDefined();
  });

  it('reports through message ids', () => {
    expect(Object.keys(meta.messages ?? {}).length).toBeGreaterThan(0);
  });
});

describe('loading the plugin', () => {
  it('loads neither @typescript-eslint/utils nor TypeScript at run time (dist/, built by npm test)', () => {
    // Type imports from typescript-eslint are free; a value import of utils pulls in its whole package
    // with TypeScript's compiler (~370 modules, ~200 ms at every ESLint start, in JavaScript projects too).
    const entry = path.join(root, 'dist', 'index.js');
    expect(existsSync(entry), 'dist/index.js is missing: run `npm run build`').toBe(true);
    const script = `require(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(require.cache)))`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    const heavy = loaded.filter((file) => /[\\/]node_modules[\\/](?:typescript|@typescript-eslint[\\/](?:utils|typescript-estree))[\\/]/.test(file));
    expect(heavy).toEqual([]);
    expect(loaded.some((file) => file.includes(`${path.sep}@typescript-eslint${path.sep}types${path.sep}`))).toBe(true);
  });

  it('gives ESM importers the named exports TypeScript declares (cjs-module-lexer sees them)', () => {
    const entry = pathToFileURL(path.join(root, 'dist', 'index.js')).href;
    const script = `import plugin, { meta, rules, configs } from ${JSON.stringify(entry)};
console.log(JSON.stringify([meta === plugin.meta, rules === plugin.rules, configs.recommended.plugins.secrets === plugin]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([true, true, true]);
  });
});

describe('README: what `strict` adds', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const configs = readme.slice(readme.indexOf('## Configs'), readme.indexOf('## Rules'));
  const code = /```js\n([\s\S]*?)```/u.exec(configs)?.[1] ?? '';
  const reportedLines = (config: 'recommended' | 'strict'): number[] =>
    new Linter({ configType: 'flat' })
      .verify(code, [plugin.configs[config]], 'example.js')
      .map((message) => message.line);

  it('the local development URLs are quiet in recommended and reported in strict; the random password in both', () => {
    const lines = code.split('\n');
    const lineOf = (text: string): number => lines.findIndex((line) => line.includes(text)) + 1;
    const [postgres, redis, random] = [lineOf('postgres:postgres@'), lineOf('redis://default:devpass@'), lineOf('app:Xk29fLw0qPz@')];
    expect(Math.min(postgres, redis, random)).toBeGreaterThan(0);
    expect(reportedLines('recommended')).toEqual([random]);
    expect(reportedLines('strict')).toEqual([postgres, redis, random]);
  });
});

describe('presets for configuration files', () => {
  it('configs.yaml parses YAML with yaml-eslint-parser and enables the YAML rules', () => {
    const [config] = plugin.configs.yaml;
    expect(config?.files).toEqual(['**/*.{yml,yaml}']);
    expect(config?.languageOptions?.parser).toBeDefined();
    expect(config?.rules).toEqual({ 'secrets/no-hardcoded-secrets': 'error', 'secrets/no-deploy-time-secrets': 'error' });
    expect(config?.plugins?.['secrets']).toBe(plugin);
  });

  it('configs.json sets @eslint/json languages for JSON, JSONC and JSON5', () => {
    expect(plugin.configs.json.map((c) => c.language)).toEqual(['json/json', 'json/jsonc', 'json/json5']);
    for (const config of plugin.configs.json) {
      expect(config.rules).toEqual({ 'secrets/no-hardcoded-secrets': 'error' });
      expect(config.plugins?.['json']).toBeDefined();
    }
    expect(plugin.configs.json[0]?.ignores).toContain('**/package-lock.json');
  });

  it('configs.all scopes the code rules to code files and adds the configuration-file presets', () => {
    const [code, ...rest] = plugin.configs.all;
    expect(code?.files).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
    expect(code?.rules).toEqual(plugin.configs.recommended.rules);
    expect(rest.map((c) => c.name)).toEqual(['secrets/yaml', 'secrets/json', 'secrets/jsonc', 'secrets/json5']);
  });

  it('loads without the optional parsers, and configs.yaml / configs.json then say what to install', () => {
    // dist/ loaded in a process where neither parser can be resolved, as in a JavaScript-only project.
    const entry = path.join(root, 'dist', 'index.js');
    const script = `
      const Module = require('module');
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, ...rest) {
        if (request === 'yaml-eslint-parser' || request === '@eslint/json') { const e = new Error('Cannot find module ' + request); e.code = 'MODULE_NOT_FOUND'; throw e; }
        return resolve.call(this, request, ...rest);
      };
      const plugin = require(${JSON.stringify(entry)});
      const out = { rules: Object.keys(plugin.rules).length, all: plugin.configs.all.map((c) => c.name) };
      for (const preset of ['yaml', 'json']) { try { plugin.configs[preset]; out[preset] = 'loaded'; } catch (e) { out[preset] = e.message; } }
      console.log(JSON.stringify(out));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out['rules']).toBe(Object.keys(plugin.rules).length);
    expect(out['all']).toEqual(['secrets/all/code']);
    expect(out['yaml']).toMatch(/configs\.yaml needs yaml-eslint-parser, which is not installed\. Run `npm install --save-dev yaml-eslint-parser`/u);
    expect(out['json']).toMatch(/configs\.json needs @eslint\/json, which is not installed/u);
  });
});
