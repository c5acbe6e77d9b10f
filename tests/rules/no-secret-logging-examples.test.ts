/**
 * The example app's logging files: each leaky file reports where its comments say, each safe file is clean.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-secret-logging.js';

const dir = path.join(__dirname, '../../examples/node-service/src');

function lint(file: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const ts = file.endsWith('.ts');
  return linter
    .verify(
      fs.readFileSync(path.join(dir, file), 'utf8'),
      {
        files: ['**/*.{ts,cjs}'],
        plugins: { secrets: { rules: { 'no-secret-logging': rule as never } } },
        rules: { 'secrets/no-secret-logging': 'error' },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: ts ? 'module' : 'commonjs',
          ...(ts ? { parser: tsParser } : {}),
        },
      },
      ts ? 'file.ts' : 'file.cjs',
    )
    .map((m) => `${m.line}: ${m.message}`);
}

describe('no-secret-logging examples', () => {
  it.each([
    [
      'aws-leaky-logging.ts',
      [
        '14: The SecretString of a GetSecretValueCommand response (line 12) is logged by console.log. Log a redacted form or leave it out.',
        '21: A GetSecretValueCommand response (line 20), which holds secrets, is logged by logger.debug. Log a redacted form or leave it out.',
        '27: The Parameter.Value of a GetParameterCommand response with decryption (line 26) is logged by logger.info. Log a redacted form or leave it out.',
        '35: The SecretString of a GetSecretValueCommand response (line 32) is put into an error (new Error). Error messages end up in logs and responses; leave it out.',
      ],
    ],
    [
      'gcp-leaky-logging.ts',
      ['11: The payload.data of an accessSecretVersion response (line 8) is logged by console.info. Log a redacted form or leave it out.'],
    ],
    [
      'azure-leaky-logging.ts',
      ['9: The value of a Key Vault secret (line 8) is logged by console.log. Log a redacted form or leave it out.'],
    ],
    [
      'vault-leaky-logging.cjs',
      [
        '10: The data.data of a Vault read response (line 9) is logged by logger.info. Log a redacted form or leave it out.',
        '16: The auth.client_token of a Vault approleLogin response (line 15) is logged by logger.debug. Log a redacted form or leave it out.',
      ],
    ],
    ['aws-safe-logging.ts', []],
    ['gcp-safe-logging.ts', []],
    ['azure-safe-logging.ts', []],
    ['vault-safe-logging.cjs', []],
  ])('%s', (file, expected) => {
    expect(lint(file)).toEqual(expected);
  });
});
