/**
 * Robustness: the rule runs over every JavaScript file of ESLint's own `lib/` (real, varied code) without
 * throwing, and stays quiet on it (ESLint's sources fetch no secrets; its `token`s are lexemes).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-secret-logging.js';

function jsFiles(dir: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) result.push(...jsFiles(full));
    else if (entry.name.endsWith('.js')) result.push(full);
  }
  return result;
}

describe('no-secret-logging on a real corpus', () => {
  const root = path.join(__dirname, '../../node_modules/eslint/lib');
  const files = jsFiles(root);

  it('finds a corpus to lint', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('never throws and reports nothing on ESLint’s own sources', () => {
    const linter = new Linter({ configType: 'flat' });
    const findings: string[] = [];
    for (const file of files) {
      const messages = linter.verify(
        fs.readFileSync(file, 'utf8'),
        {
          files: ['**/*.js'],
          plugins: { secrets: { rules: { 'no-secret-logging': rule as never } } },
          rules: { 'secrets/no-secret-logging': 'error' },
          languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' },
          linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        },
        'file.js',
      );
      for (const m of messages) {
        // a crash inside a rule makes verify() throw; fatal parse errors would show up here
        expect(m.fatal, `${file}: ${m.message}`).toBeFalsy();
        if (m.ruleId === 'secrets/no-secret-logging') findings.push(`${path.relative(root, file)}:${m.line} ${m.message}`);
      }
    }
    expect(findings).toEqual([]);
  });
});
