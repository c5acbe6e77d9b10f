/**
 * `settings.secrets` reaches every rule it concerns, and a rule option of the same name wins over it:
 * - `secretsClient`: the autofix of no-hardcoded-secrets; a source in no-secret-logging, no-secret-exposure and
 *   no-unsafe-secret-comparison;
 * - `framework`, `clientFiles`, `serverFiles`: where a file runs for no-hardcoded-secrets (and
 *   no-secret-env-in-client, in no-secret-env-in-client-settings.test.ts and below);
 * - `sources`, `sanitizers`, `sinks.logging`, `sinks.exposure`: the data-flow rules.
 */
import * as path from 'node:path';
import hardcoded from '../../src/rules/no-hardcoded-secrets.js';
import envInClient from '../../src/rules/no-secret-env-in-client.js';
import exposure from '../../src/rules/no-secret-exposure.js';
import logging from '../../src/rules/no-secret-logging.js';
import comparison from '../../src/rules/no-unsafe-secret-comparison.js';
import { runWithBothParsers } from '../rule-tester.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/env-in-client');
const f = (relative: string): string => path.join(FIXTURES, relative);
const generic = 'a8F3KD92jf83NF02mx7QP1zl';
const client = { importFrom: '~/lib/secrets', importName: 'getSecret' };
/**
 * A secrets client whose name says nothing (`getSecret()` is a source by its name already, in the data-flow
 * rules): only the setting makes its result a secret.
 */
const store = { importFrom: '@acme/config', importName: 'lookup' };
const withStore = { secrets: { secretsClient: store } };
const imported = "import { lookup } from '@acme/config';\n";
const guard = (a: string, b: string): string =>
  `(typeof ${a} === 'string' && typeof ${b} === 'string' && Buffer.byteLength(${a}) === Buffer.byteLength(${b}) && timingSafeEqual(Buffer.from(${a}), Buffer.from(${b})))`;
/** A local helper whose result carries its argument: a sanitizer only when configured as one. */
const fold = "function fold(value) { return 'k:' + value; }\n";
const redacted = (line: string) => ({ messageId: 'replaceWithRedacted' as const, output: line });

runWithBothParsers('settings.secrets: no-hardcoded-secrets', hardcoded, {
  valid: [],
  invalid: [
    {
      name: 'secretsClient from settings: server code is rewritten to the client',
      filename: f('node-service/src/db.ts'),
      settings: { secrets: { secretsClient: client } },
      code: `export async function connect() {\n  return new Pool({ password: "${generic}" });\n}\n`,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function connect() {\n  return new Pool({ password: await getSecret("DATABASE_PASSWORD") });\n}\n`,
      errors: [{ messageId: 'genericSecret', line: 2, suggestions: [] }],
    },
    {
      name: 'the option wins over the setting',
      filename: f('node-service/src/db.ts'),
      settings: { secrets: { secretsClient: client } },
      options: [{ secretsClient: { importFrom: '@acme/secrets', importName: 'readSecret' } }],
      code: `export async function connect() {\n  return new Pool({ password: "${generic}" });\n}\n`,
      output: `import { readSecret } from "@acme/secrets";\nexport async function connect() {\n  return new Pool({ password: await readSecret("DATABASE_PASSWORD") });\n}\n`,
      errors: [{ messageId: 'genericSecret', line: 2, suggestions: [] }],
    },
    {
      name: 'framework from settings: a Vite project’s src/ is browser code, so nothing is rewritten',
      filename: f('node-service/src/db.ts'),
      settings: { secrets: { framework: 'vite', secretsClient: client } },
      code: `export const apiKey = "${generic}";\n`,
      output: null,
      errors: [
        {
          messageId: 'secretInClient',
          data: {
            kind: 'API key',
            preview: '"a8F3…", 24 characters',
            reason: '`src/` of a Vite app, which is bundled for the browser',
            serverPlace: 'your backend or API server',
            secretName: 'API_KEY',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'clientFiles from settings',
      filename: f('node-service/src/widgets/map.ts'),
      settings: { secrets: { clientFiles: ['src/widgets/**'] } },
      code: `export const apiKey = "${generic}";\n`,
      output: null,
      errors: [
        {
          messageId: 'secretInClient',
          data: {
            kind: 'API key',
            preview: '"a8F3…", 24 characters',
            reason: 'it matches `clientFiles` pattern `src/widgets/**`',
            serverPlace: 'server code',
            secretName: 'API_KEY',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'serverFiles from settings win over the framework’s conventions',
      filename: f('vite-app/src/lib/api.ts'),
      settings: { secrets: { serverFiles: ['src/lib/**'], secretsClient: client } },
      code: `export async function load() {\n  return fetch("/x", { headers: { "x-api-key": "${generic}" } });\n}\n`,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function load() {\n  return fetch("/x", { headers: { "x-api-key": await getSecret("X_API_KEY") } });\n}\n`,
      errors: [{ messageId: 'genericSecret', suggestions: [] }],
    },
  ],
});

runWithBothParsers('settings.secrets: no-secret-env-in-client', envInClient, {
  valid: [
    {
      name: 'the option clientFiles replaces the setting',
      filename: f('node-service/src/widgets/map.ts'),
      settings: { secrets: { clientFiles: ['src/widgets/**'] } },
      options: [{ clientFiles: ['src/other/**'] }],
      code: 'export const key = process.env.STRIPE_SECRET_KEY;\n',
    },
  ],
  invalid: [
    {
      name: 'clientFiles from settings',
      filename: f('node-service/src/widgets/map.ts'),
      settings: { secrets: { clientFiles: ['src/widgets/**'] } },
      code: 'export const key = process.env.STRIPE_SECRET_KEY;\n',
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
  ],
});

runWithBothParsers('settings.secrets: no-secret-logging', logging, {
  valid: [
    { name: 'without the setting, lookup() is an unknown function', code: `${imported}const k = await lookup('STRIPE_KEY');\nconsole.log(k);\n` },
    {
      name: 'a client of another module is not the configured one',
      settings: withStore,
      code: "import { lookup } from './other';\nconst k = await lookup('STRIPE_KEY');\nconsole.log(k);\n",
    },
    { name: 'sanitizers from settings', settings: { secrets: { sanitizers: ['fold'] } }, code: `${fold}console.log(fold(process.env.DB_PASSWORD));\n` },
    {
      name: 'the option sinks replaces the setting',
      settings: { secrets: { sinks: { logging: ['audit.write'] } } },
      options: [{ sinks: ['journal'] }],
      code: 'audit.write(process.env.DB_PASSWORD);\n',
    },
    {
      name: 'the option sources replaces the setting',
      settings: { secrets: { sources: [{ callee: 'readVault' }] } },
      options: [{ sources: [{ callee: 'readOther' }] }],
      code: "const v = readVault('db');\nconsole.log(v);\n",
    },
    { name: 'exposure sinks are not logging sinks', settings: { secrets: { sinks: { exposure: ['audit.write'] } } }, code: 'audit.write(process.env.DB_PASSWORD);\n' },
  ],
  invalid: [
    {
      name: 'the configured secrets client is a source',
      settings: withStore,
      code: `${imported}const k = await lookup('STRIPE_KEY');\nconsole.log(k);\n`,
      errors: [
        {
          messageId: 'secretLogged',
          line: 3,
          data: { secret: 'A secret read with lookup() (line 2)', sink: 'console.log' },
          suggestions: [redacted(`${imported}const k = await lookup('STRIPE_KEY');\nconsole.log('[REDACTED]');\n`)],
        },
      ],
    },
    {
      name: 'through a namespace import too',
      settings: withStore,
      code: "import * as store from '@acme/config';\nlogger.info(await store.lookup('STRIPE_KEY'));\n",
      errors: [
        {
          messageId: 'secretLogged',
          line: 2,
          suggestions: [redacted("import * as store from '@acme/config';\nlogger.info('[REDACTED]');\n")],
        },
      ],
    },
    {
      name: 'sources from settings',
      settings: { secrets: { sources: [{ callee: 'readVault' }] } },
      code: "const v = readVault('db');\nconsole.log(v);\n",
      errors: [{ messageId: 'secretLogged', line: 2, suggestions: [redacted("const v = readVault('db');\nconsole.log('[REDACTED]');\n")] }],
    },
    {
      name: 'logging sinks from settings',
      settings: { secrets: { sinks: { logging: ['audit.write'] } } },
      code: 'audit.write(process.env.DB_PASSWORD);\n',
      errors: [{ messageId: 'secretLogged', data: { secret: 'process.env.DB_PASSWORD (line 1)', sink: 'audit.write' }, suggestions: [redacted("audit.write('[REDACTED]');\n")] }],
    },
    {
      name: 'the option sanitizers replaces the setting',
      settings: { secrets: { sanitizers: ['fold'] } },
      options: [{ sanitizers: ['mangle'] }],
      code: `${fold}console.log(fold(process.env.DB_PASSWORD));\n`,
      errors: [{ messageId: 'secretLogged', suggestions: [redacted(`${fold}console.log('[REDACTED]');\n`)] }],
    },
  ],
});

runWithBothParsers('settings.secrets: no-secret-exposure', exposure, {
  valid: [
    { name: 'without the setting', code: `${imported}export async function GET() {\n  const k = await lookup('STRIPE_KEY');\n  return Response.json({ k });\n}\n` },
    { name: 'sanitizers from settings', settings: { secrets: { sanitizers: ['fold'] } }, code: `${fold}res.json({ key: fold(process.env.STRIPE_SECRET_KEY) });\n` },
    {
      name: 'the option sinks replaces the setting',
      settings: { secrets: { sinks: { exposure: ['beacon.*'] } } },
      options: [{ sinks: ['report'] }],
      code: 'beacon.send(process.env.STRIPE_SECRET_KEY);\n',
    },
  ],
  invalid: [
    {
      name: 'the configured secrets client is a source',
      settings: withStore,
      code: `${imported}export async function GET() {\n  const k = await lookup('STRIPE_KEY');\n  return Response.json({ k });\n}\n`,
      errors: [{ messageId: 'exposedInResponse', line: 4, data: { secret: 'A secret read with lookup() (line 3)', sink: 'Response.json' } }],
    },
    {
      name: 'sources from settings (a module export)',
      settings: { secrets: { sources: [{ module: '@acme/vault', export: 'read' }] } },
      code: "import { read } from '@acme/vault';\nres.json({ db: read('db') });\n",
      errors: [{ messageId: 'exposedInResponse', line: 2 }],
    },
    {
      name: 'without the sanitizer setting, the helper carries the secret',
      code: `${fold}res.json({ key: fold(process.env.STRIPE_SECRET_KEY) });\n`,
      errors: [{ messageId: 'exposedInResponse', line: 2 }],
    },
    {
      name: 'exposure sinks from settings',
      settings: { secrets: { sinks: { exposure: ['beacon.*'] } } },
      code: 'beacon.send(process.env.STRIPE_SECRET_KEY);\n',
      errors: [{ messageId: 'exposedToCustomSink', data: { secret: 'process.env.STRIPE_SECRET_KEY (line 1)', sink: 'beacon.send' } }],
    },
  ],
});

const compared = `${imported}export async function check(input) {\n  const k = await lookup('API_KEY');\n  return k === input;\n}\n`;
runWithBothParsers('settings.secrets: no-unsafe-secret-comparison', comparison, {
  valid: [
    { name: 'without the setting, `k` is nothing in particular', code: compared },
    { name: 'a presence check of the secret', settings: withStore, code: `${imported}export async function check() {\n  const k = await lookup('API_KEY');\n  return k === undefined;\n}\n` },
  ],
  invalid: [
    {
      name: 'the configured secrets client is a source',
      settings: withStore,
      code: compared,
      errors: [
        {
          messageId: 'unsafeComparison',
          line: 4,
          data: { source: '`k` (a secret read with lookup())', operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `${imported}import { timingSafeEqual } from 'node:crypto';\nexport async function check(input) {\n  const k = await lookup('API_KEY');\n  return ${guard('k', 'input')};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'sources from settings, by callee name',
      settings: { secrets: { sources: [{ callee: 'readVault' }] } },
      code: "if (readVault('api') !== header) deny();\n",
      errors: [{ messageId: 'unsafeComparison', data: { source: 'the result of readVault()', operator: '!==' }, suggestions: [] }],
    },
  ],
});
