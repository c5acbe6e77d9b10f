import { describe, expect, it } from 'vitest';
import { BUILT_IN_TAG_RULES, SOURCE_RULES, SOURCE_TEXT_HINTS, globalsOf, modulesOf } from '../../../src/core/taint/models/index.js';
import { SUMMARIES } from '../../../src/core/taint/models/propagation.js';
import { ENV_HOLDERS, PRIVATE_ENV_MODULES } from '../../../src/core/taint/models/sources/env.js';
import { SOURCE_MODELS } from '../../../src/core/taint/models/sources/index.js';
import { hasBuiltInSourceHint } from '../../../src/core/taint/precheck.js';

describe('taint models: the pre-check is derived from the rows', () => {
  it.each(SOURCE_MODELS.map((model) => [model.name, model] as const))('%s: every module the rows name passes the pre-check', (_, model) => {
    const modules = modulesOf(model);
    expect(modules.length + globalsOf(model).length).toBeGreaterThan(0);
    for (const name of globalsOf(model)) expect(hasBuiltInSourceHint(`const config = ${name}();`)).toBe(true);
    for (const module of modules) {
      expect(hasBuiltInSourceHint(`import { x } from '${module}';`)).toBe(true);
      expect(hasBuiltInSourceHint(`const x = require("${module}");`)).toBe(true);
    }
  });

  it('every private env module passes the pre-check; an environment holder when it may give a secret', () => {
    for (const row of PRIVATE_ENV_MODULES) expect(hasBuiltInSourceHint(`import { X } from '${row.module}';`)).toBe(true);
    for (const holder of ENV_HOLDERS) {
      // a secret name, the holder itself, a computed or unreadable member
      for (const after of ['.DB_PASSWORD', '?.STRIPE_SECRET_KEY', "['API_TOKEN']", '["OPENAI_API_KEY"]', ';', ')', '[name]', "['a' + b]", '.DB_PÄSSWORD', ' .DB_PASSWORD']) {
        expect(hasBuiltInSourceHint(`const x = ${holder.label}${after};`), `${holder.label}${after}`).toBe(true);
      }
      // only names judgeEnvName calls not secret
      for (const after of ['.NODE_ENV', '?.PORT', "['NEXT_PUBLIC_SITE_URL']", '.X']) {
        expect(hasBuiltInSourceHint(`const x = ${holder.label}${after};`), `${holder.label}${after}`).toBe(false);
      }
      expect(hasBuiltInSourceHint(`const a = ${holder.label}.NODE_ENV, b = ${holder.label}.DATABASE_URL;`)).toBe(true);
    }
  });

  it('keeps the hints minimal: no hint contains another', () => {
    for (const hint of SOURCE_TEXT_HINTS) {
      expect(SOURCE_TEXT_HINTS.filter((other) => other !== hint && hint.includes(other))).toEqual([]);
    }
    expect(SOURCE_TEXT_HINTS).toContain('aws-sdk');
    expect(SOURCE_TEXT_HINTS).not.toContain('@aws-sdk/client-secrets-manager');
  });

  it('files with neither a source module nor the environment fail the pre-check', () => {
    for (const text of [
      `import got from 'got'; const res = await got(url);`,
      `const environment = config.env; const secret = vaultUrl;`,
      `import crypto from 'crypto'; crypto.createHash('sha256');`,
    ]) {
      expect(hasBuiltInSourceHint(text)).toBe(false);
    }
  });
});

describe('taint models: rows are well formed', () => {
  it('every source row names its callee by a tag or a method, and has a label', () => {
    for (const rule of SOURCE_RULES) {
      expect(rule.tag !== undefined || rule.method !== undefined).toBe(true);
      expect(rule.label.length).toBeGreaterThan(0);
    }
  });

  it('every source row is reachable: its tag is a module export, a global or made by a tag rule', () => {
    const made = new Set(BUILT_IN_TAG_RULES.map((r) => r.to));
    for (const rule of SOURCE_RULES) {
      const tag = rule.tag ?? rule.argTag?.tag;
      expect(tag).toBeDefined();
      const owner = (tag as string).startsWith('module:') || (tag as string).startsWith('global:') ? 'import' : (tag as string).split('#')[0];
      expect(owner === 'import' || made.has(owner as string)).toBe(true);
    }
  });

  it('every summary names exactly one of callee and method', () => {
    for (const row of SUMMARIES) expect((row.callee === undefined) !== (row.method === undefined)).toBe(true);
  });
});
