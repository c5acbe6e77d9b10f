/**
 * `settings.secrets.framework` per `files` block (the rule option `framework` wins over it), and
 * `DEBUG=eslint-plugin-secrets:classify`, which prints each file's classification to stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import rule from '../../src/rules/no-secret-env-in-client.js';
import { isDebugEnabled } from '../../src/util/debug.js';

const plugin = { rules: { 'no-secret-env-in-client': rule as never } };
const code = 'export const key = process.env.STRIPE_SECRET_KEY;\n';

function lint(files: Record<string, string>, config: Linter.Config[], cwd = '/repo'): Record<string, string[]> {
  const linter = new Linter({ cwd });
  const result: Record<string, string[]> = {};
  for (const [file, text] of Object.entries(files)) {
    result[file] = linter
      .verify(text, [{ files: ['**/*.ts'], plugins: { secrets: plugin }, rules: { 'secrets/no-secret-env-in-client': 'error' } }, ...config], path.join(cwd, file))
      .map((m) => m.messageId ?? m.message);
  }
  return result;
}

describe('settings.secrets.framework', () => {
  it('classifies each files block by its own framework', () => {
    // two apps whose package.json names no framework: the config says which each one is
    const root = mkdtempSync(path.join(tmpdir(), 'secrets-settings-'));
    for (const app of ['web', 'admin', 'api']) {
      mkdirSync(path.join(root, 'apps', app), { recursive: true });
      writeFileSync(path.join(root, 'apps', app, 'package.json'), '{}');
    }
    try {
      const files = { 'apps/web/src/pay.ts': code, 'apps/admin/pages/pay.ts': code, 'apps/admin/lib/pay.ts': code, 'apps/api/src/pay.ts': code };
      expect(
        lint(
          files,
          [
            { files: ['apps/web/**'], settings: { secrets: { framework: 'vite' } } },
            { files: ['apps/admin/**'], settings: { secrets: { framework: 'next' } } },
          ],
          root,
        ),
      ).toEqual({
        'apps/web/src/pay.ts': ['secretInClient'],
        'apps/admin/pages/pay.ts': ['secretInClient'],
        'apps/admin/lib/pay.ts': [],
        'apps/api/src/pay.ts': [],
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes the framework from settings and lets the rule option win', () => {
    const linter = new Linter({ cwd: '/nowhere' });
    const verify = (settings: Record<string, unknown>, options?: object): string[] =>
      linter
        .verify(
          code,
          [
            {
              files: ['**/*.ts'],
              plugins: { secrets: plugin },
              settings,
              rules: { 'secrets/no-secret-env-in-client': options ? ['error', options] : 'error' },
            },
          ],
          '/nowhere/src/pay.ts',
        )
        .map((m) => m.messageId ?? m.message);
    expect(verify({})).toEqual([]);
    expect(verify({ secrets: { framework: 'vite' } })).toEqual(['secretInClient']);
    expect(verify({ secrets: { framework: 'auto' } })).toEqual([]);
    expect(verify({ secrets: { framework: 'vite' } }, { framework: 'node' })).toEqual([]);
    expect(verify({ secrets: { framework: 'node' } }, { framework: 'vite' })).toEqual(['secretInClient']);
  });

  it('says what is wrong with an unknown framework', () => {
    const linter = new Linter({ cwd: '/x' });
    expect(() =>
      linter.verify(code, [{ files: ['**/*.ts'], plugins: { secrets: plugin }, settings: { secrets: { framework: 'sveltkit' } }, rules: { 'secrets/no-secret-env-in-client': 'error' } }], '/x/a.ts'),
    ).toThrow(/settings\.secrets\.framework is "sveltkit"; it must be one of "auto", "next", "sveltekit"/u);
  });
});

describe('DEBUG=eslint-plugin-secrets:classify', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('matches namespaces like the debug package', () => {
    expect(isDebugEnabled('eslint-plugin-secrets:classify', 'eslint-plugin-secrets:*')).toBe(true);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', '*')).toBe(true);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', 'vite:*, eslint-plugin-secrets:classify')).toBe(true);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', 'eslint-plugin-secrets:*,-eslint-plugin-secrets:classify')).toBe(false);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', 'eslint:*')).toBe(false);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', '')).toBe(false);
    expect(isDebugEnabled('eslint-plugin-secrets:classify', undefined)).toBe(false);
  });

  it('prints each file with its side, reason and where the framework came from', () => {
    vi.stubEnv('DEBUG', 'eslint-plugin-secrets:*');
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const linter = new Linter({ cwd: '/nowhere' });
    const config: Linter.Config[] = [
      { files: ['**/*.ts'], plugins: { secrets: plugin }, settings: { secrets: { framework: 'sveltekit' } }, rules: { 'secrets/no-secret-env-in-client': 'error' } },
    ];
    linter.verify('export const x = 1;\n', config, '/nowhere/src/routes/+page.ts');
    linter.verify('export const x = 1;\n', config, '/nowhere/src/routes/+page.server.ts');
    expect(lines).toEqual([
      'eslint-plugin-secrets:classify src/routes/+page.ts: client (a universal `+page.ts` module, whose `load` also runs in the browser); SvelteKit from `settings.secrets.framework`\n',
      'eslint-plugin-secrets:classify src/routes/+page.server.ts: server (a `.server` module); SvelteKit from `settings.secrets.framework`\n',
    ]);
  });

  it('prints nothing without DEBUG', () => {
    vi.stubEnv('DEBUG', '');
    const write = vi.spyOn(process.stderr, 'write');
    lint({ 'src/a.ts': code }, []);
    expect(write).not.toHaveBeenCalled();
  });
});
