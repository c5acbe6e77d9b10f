/**
 * End to end on files on disk: ESLint lints a fixture monorepo (apps/web is Next.js, apps/api a Node
 * service), so framework detection reads the real package.json files, once per directory.
 */
import * as path from 'node:path';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-secret-env-in-client.js';

const MONOREPO = path.resolve(__dirname, '../fixtures/env-in-client/monorepo');

describe('no-secret-env-in-client on a file tree', () => {
  it('detects each package of a monorepo by its own package.json', async () => {
    const eslint = new ESLint({
      cwd: MONOREPO,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.{ts,tsx}'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { secrets: { rules: { 'no-secret-env-in-client': rule as never } } },
          rules: { 'secrets/no-secret-env-in-client': 'error' },
        },
      ],
    });
    const results = await eslint.lintFiles(['apps']);
    const byFile = Object.fromEntries(
      results.map((r) => [path.relative(MONOREPO, r.filePath).split(path.sep).join('/'), r.messages.map((m) => m.messageId)]),
    );
    expect(byFile).toEqual({
      'apps/api/src/safe-billing.ts': [],
      'apps/web/app/settings/leaky-settings.tsx': ['secretInClient'],
    });
    const message = results.find((r) => r.filePath.endsWith('leaky-settings.tsx'))?.messages[0]?.message ?? '';
    expect(message).toContain('Next.js ships this code to the browser');
    expect(message).toContain('a Server Component, Route Handler or Server Action');
  });
});
