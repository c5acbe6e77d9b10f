/**
 * `no-secret-logging` and `no-secret-exposure` share one taint analysis per file (`taintFindingsOf`): each
 * must report exactly what it reports alone, and the file must be analysed once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Analysis } from '../../../src/core/taint/engine/analysis.js';
import plugin from '../../../src/index.js';

const root = path.resolve(__dirname, '../../..');
const LOGGING = 'secrets/no-secret-logging';
const EXPOSURE = 'secrets/no-secret-exposure';

type RuleEntry = 'error' | ['error', Record<string, unknown>];

function lint(code: string, filename: string, rules: Record<string, RuleEntry>): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config = {
    files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
    plugins: { secrets: plugin },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules,
  };
  // Notices about the blocks' inline configuration (ignored here) are the same in every run: left out.
  return linter
    .verify(code, [config], filename)
    .filter((m) => m.ruleId !== null)
    .map((m) => `${m.ruleId ?? ''} ${String(m.line)}:${String(m.column)} ${m.message} [${(m.suggestions ?? []).map((s) => s.desc).join(' | ')}]`)
    .sort();
}

/** The lines a rule reports on, in order. */
function linesOf(messages: readonly string[], rule: string): number[] {
  return messages
    .filter((m) => m.startsWith(rule))
    .map((m) => Number(/ (\d+):/u.exec(m)?.[1]))
    .sort((a, b) => a - b);
}

/** The examples' code and the rules' doc pages' code blocks, alone and paired: real shapes of both rules' findings. */
function corpus(): { code: string; filename: string }[] {
  const files: { code: string; filename: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules') continue;
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(?:[cm]?[jt]sx?)$/u.test(entry)) files.push({ code: readFileSync(file, 'utf8'), filename: path.relative(root, file) });
    }
  };
  walk(path.join(root, 'examples'));
  const blocks = (rule: string): string[] =>
    [...readFileSync(path.join(root, 'docs/rules', `${rule}.md`), 'utf8').matchAll(/```(?:js|ts|jsx|tsx|javascript|typescript)[^\n]*\n([\s\S]*?)```/gu)].map(
      (match) => match[1] ?? '',
    );
  const logging = blocks('no-secret-logging');
  const exposure = blocks('no-secret-exposure');
  logging.forEach((code, i) => files.push({ code, filename: `src/api/logging-${String(i)}.tsx` }));
  exposure.forEach((code, i) => files.push({ code, filename: `src/api/exposure-${String(i)}.tsx` }));
  // Files where both rules have something to find: each logging block followed by an exposure block.
  logging.forEach((code, i) => {
    const other = exposure[i % exposure.length] ?? '';
    files.push({ code: `${code}\n${other}`, filename: `src/api/both-${String(i)}.tsx` });
  });
  return files;
}

/** Both rules have sinks in one file, through helpers too, with a finding each on the same culprit. */
const BOTH = `
import express from 'express';
const app = express();
function audit(label, value) { console.log(label, value); }
function send(res, value) { res.json({ value }); }
app.get('/debug', (req, res) => {
  const key = process.env.STRIPE_SECRET_KEY;
  console.log('key', key);
  audit('key', key);
  send(res, key);
  res.json({ key });
  throw new Error('bad key ' + key);
});
`;

describe('one taint analysis shared by no-secret-logging and no-secret-exposure', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('each rule reports what it reports alone, on every example and doc block', () => {
    let both = 0;
    for (const { code, filename } of corpus()) {
      const alone = [...lint(code, filename, { [LOGGING]: 'error' }), ...lint(code, filename, { [EXPOSURE]: 'error' })].sort();
      const together = lint(code, filename, { [LOGGING]: 'error', [EXPOSURE]: 'error' });
      expect(together, filename).toEqual(alone);
      if (together.some((m) => m.startsWith(LOGGING)) && together.some((m) => m.startsWith(EXPOSURE))) both++;
    }
    // The comparison means something only where both rules find something in one file.
    expect(both).toBeGreaterThanOrEqual(3);
  });

  it('keeps the findings of each rule apart on the same culprit and through local helpers, analysing the file once', () => {
    const runs = vi.spyOn(Analysis.prototype, 'run');
    const together = lint(BOTH, 'src/server.js', { [LOGGING]: 'error', [EXPOSURE]: 'error' });
    expect(runs).toHaveBeenCalledTimes(1);
    const alone = [...lint(BOTH, 'src/server.js', { [LOGGING]: 'error' }), ...lint(BOTH, 'src/server.js', { [EXPOSURE]: 'error' })].sort();
    expect(together).toEqual(alone);
    expect(linesOf(together, LOGGING)).toEqual([8, 9, 12]);
    expect(linesOf(together, EXPOSURE)).toEqual([10, 11]);
  });

  it('rules that disagree on what is secret (their own sources or sanitizers) are analysed apart, each as alone', () => {
    const code = `${BOTH}\nfunction readVault() { return fetchIt(); }\nconst v = readVault();\nconsole.log(v);\n`;
    const logging: RuleEntry = ['error', { sources: [{ callee: 'readVault' }], sanitizers: ['audit'] }];
    const runs = vi.spyOn(Analysis.prototype, 'run');
    const together = lint(code, 'src/server.js', { [LOGGING]: logging, [EXPOSURE]: 'error' });
    expect(runs).toHaveBeenCalledTimes(2);
    const alone = [...lint(code, 'src/server.js', { [LOGGING]: logging }), ...lint(code, 'src/server.js', { [EXPOSURE]: 'error' })].sort();
    expect(together).toEqual(alone);
    // The user source is logging's only: its read is reported by logging, and the sanitizer quiets audit().
    expect(linesOf(together, LOGGING)).toEqual([8, 12, 17]);
  });

  it('a rule whose sinks cannot occur in the file does not widen the analysis of the other', () => {
    // No response, URL, telemetry or storage word: exposure's text test fails, logging alone is analysed.
    const code = `const key = process.env.STRIPE_SECRET_KEY;\nconsole.log(key);\n`;
    const together = lint(code, 'src/job.js', { [LOGGING]: 'error', [EXPOSURE]: 'error' });
    expect(together).toEqual(lint(code, 'src/job.js', { [LOGGING]: 'error' }));
    expect(together).toHaveLength(1);
  });
});
