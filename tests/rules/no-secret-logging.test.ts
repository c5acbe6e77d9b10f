import rule, { type MessageIds, type Options } from '../../src/rules/no-secret-logging.js';
import { runWithBothParsers, type Invalid } from '../rule-tester.js';

/**
 * An invalid case reported on the first occurrence of `culprit` after `after` (when given), with the
 * "[REDACTED]" suggestion replacing `culprit` (or `from` → `to` when the replacement is not a plain swap).
 */
function invalid(
  code: string,
  culprit: string,
  opts: {
    messageId?: 'secretLogged' | 'secretInError';
    after?: string;
    from?: string;
    to?: string;
    options?: Options;
    tsOnly?: boolean;
    extraSuggestions?: { messageId: MessageIds; output: string }[];
  } = {},
): Invalid<MessageIds, Options> {
  const start = opts.after ? code.indexOf(opts.after) + opts.after.length : 0;
  const index = code.indexOf(culprit, start);
  if (index < 0) throw new Error(`culprit ${culprit} not in code`);
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const from = opts.from ?? culprit;
  const fromIndex = code.indexOf(from, opts.from ? Math.max(0, index - from.length) : index);
  const output = code.slice(0, fromIndex) + (opts.to ?? "'[REDACTED]'") + code.slice(fromIndex + from.length);
  return {
    code,
    ...(opts.options ? { options: opts.options } : {}),
    ...(opts.tsOnly ? { tsOnly: true } : {}),
    errors: [
      {
        messageId: opts.messageId ?? 'secretLogged',
        line,
        column,
        suggestions: [...(opts.extraSuggestions ?? []), { messageId: 'replaceWithRedacted', output }],
      },
    ],
  };
}

const AWS_IMPORT = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
`;

const HEADLINE = `${AWS_IMPORT}const response = await client.send(new GetSecretValueCommand({ SecretId: config.secretName }));
const secret = JSON.parse(response.SecretString);
console.log('Retrieved secret:', secret);
`;

runWithBothParsers('no-secret-logging', rule, {
  valid: [
    // near misses on an SDK response: metadata, names, lengths, booleans
    `${AWS_IMPORT}const response = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));
console.log('Retrieved secret', response.ARN, response.Name, response.VersionId, response.$metadata);
console.log('length', response.SecretString.length, typeof response.SecretString, !!response.SecretString);
console.log('configured:', Boolean(response.SecretString), response.SecretString !== undefined);
console.log('keys:', Object.keys(JSON.parse(response.SecretString)));`,
    `${AWS_IMPORT}const secretName = 'prod/db';
const secretId = process.env.SECRET_ID;
console.log('fetching', secretName, secretId);
const response = await client.send(new GetSecretValueCommand({ SecretId: secretName }));`,
    // sanitized
    `${AWS_IMPORT}import { createHash } from 'node:crypto';
const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));
console.log(redact(SecretString), maskSecret(SecretString), SecretString.replace(/./g, '*'));
console.log(createHash('sha256').update(SecretString).digest('hex'), SecretString.slice(0, 4));`,
    // flow-sensitivity: logged before the secret is written, overwritten before logging
    `${AWS_IMPORT}const config = { region: 'eu-west-1' };
console.log('config', config);
const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));
config.password = res.SecretString;
let value = res.SecretString;
value = 'hidden';
console.log(value);`,
    // SSM without decryption returns ciphertext for SecureString parameters
    `import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
const ssm = new SSMClient({});
const out = await ssm.send(new GetParameterCommand({ Name: '/app/db' }));
console.log(out.Parameter.Value);`,
    // an unrelated .send() and an unknown logger method
    `const res = await transport.send(message); console.log(res);`,
    // process.env variables that are not secret, and env names
    `console.log(process.env.NODE_ENV, process.env.PORT, Object.keys(process.env));`,
    // public by design, as no-secret-env-in-client and no-secret-exposure judge them
    `console.log(process.env.GOOGLE_MAPS_API_KEY, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY);`,
    // derived names are not sources
    `function f(isSecret, hasPassword, tokenExpiresAt, secretName, passwordHash) {
  console.log(isSecret, hasPassword, tokenExpiresAt, secretName, passwordHash);
}`,
    // a parameter's length or presence
    `function login(password) { console.log('password length', password.length, !password); }`,
    // lexer tokens named by their getter
    `function check(node) { const token = sourceCode.getFirstToken(node); throw new Error('bad ' + token); }`,
    // errors option off
    {
      code: `function login(password) { throw new Error('bad password ' + password); }`,
      options: [{ errors: false }],
    },
    // user sanitizer
    {
      code: `function login(password) { console.log(scramble(password)); }`,
      options: [{ sanitizers: ['scramble'] }],
    },
    // not a logger: a method called log on an unrelated object, Math.log
    `function f(token) { Math.log(token); history.log(token); }`,
    // properties named like secrets on objects that describe things: URLs, validation messages, inputs
    `function rotate(endpoint = this.endpoints.token) { logger.debug('rotating', { endpoint }); }
function show(form) { console.log(form.errors.password, labels.apiKey, routes.password); }`,
    // thrown errors caught from elsewhere
    `try { connect(); } catch (err) { console.error(err); throw err; }`,
  ],
  invalid: [
    // ---------------------------------------------------------------- SvelteKit's private env modules
    {
      code: "import { DB_PASSWORD } from '$env/static/private';\nconsole.log('connecting with', DB_PASSWORD);",
      errors: [
        {
          messageId: 'secretLogged',
          line: 2,
          data: { secret: 'DB_PASSWORD from $env/static/private (line 1)', sink: 'console.log' },
          suggestions: [
            {
              messageId: 'replaceWithRedacted',
              output: "import { DB_PASSWORD } from '$env/static/private';\nconsole.log('connecting with', '[REDACTED]');",
            },
          ],
        },
      ],
    },
    {
      code: "import { env } from '$env/dynamic/private';\nconsole.log(`token: ${env.GITHUB_TOKEN}`);",
      errors: [
        {
          messageId: 'secretLogged',
          line: 2,
          data: { secret: '`GITHUB_TOKEN` of env from $env/dynamic/private (line 2)', sink: 'console.log' },
          suggestions: [
            {
              messageId: 'replaceWithRedacted',
              output: "import { env } from '$env/dynamic/private';\nconsole.log(`token: [REDACTED]`);",
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- the headline AWS case
    {
      code: HEADLINE,
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 40,
          data: {
            secret: 'The SecretString of a GetSecretValueCommand response (line 3)',
            sink: 'console.log',
          },
          suggestions: [
            {
              messageId: 'replaceWithRedacted',
              output: HEADLINE.replace("'Retrieved secret:', secret)", "'Retrieved secret:', '[REDACTED]')"),
            },
          ],
        },
      ],
    },
    {
      code: HEADLINE,
      options: [{ redact: { importFrom: '@acme/redact', importName: 'redact' } }],
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          column: 34,
          suggestions: [
            {
              messageId: 'wrapInRedact',
              output: HEADLINE.replace(
                "'@aws-sdk/client-secrets-manager';",
                "'@aws-sdk/client-secrets-manager';\nimport { redact } from \"@acme/redact\";",
              ).replace("'Retrieved secret:', secret)", "'Retrieved secret:', redact(secret))"),
            },
            {
              messageId: 'replaceWithRedacted',
              output: HEADLINE.replace("'Retrieved secret:', secret)", "'Retrieved secret:', '[REDACTED]')"),
            },
          ],
        },
      ],
    },
    // issue 15: `redact` imported from another module, or a shadowing local: the import is renamed
    ...([
      [`import { redact } from './other';\n`, `import { redact } from './other';\nimport { redact as redact_1 } from "@acme/redact";\n`, ''],
      ['', 'import { redact as redact_1 } from "@acme/redact";\n', 'const redact = (x) => x; '],
    ] as const).map(([before, after, local]) => ({
      code: `${before}function f(password) { ${local}console.log(password); }`,
      options: [{ redact: { importFrom: '@acme/redact', importName: 'redact' } }] as const,
      errors: [
        {
          messageId: 'secretLogged' as const,
          suggestions: [
            { messageId: 'wrapInRedact' as const, output: `${after}function f(password) { ${local}console.log(redact_1(password)); }` },
            { messageId: 'replaceWithRedacted' as const, output: `${before}function f(password) { ${local}console.log('[REDACTED]'); }` },
          ],
        },
      ],
    })),
    // the redaction function already imported: no second import; CommonJS files get a require
    {
      code: `import { redact } from '@acme/redact';\nfunction f(password) { console.log(password); }`,
      options: [{ redact: { importFrom: '@acme/redact', importName: 'redact' } }],
      errors: [
        {
          messageId: 'secretLogged',
          line: 2,
          column: 36,
          suggestions: [
            {
              messageId: 'wrapInRedact',
              output: `import { redact } from '@acme/redact';\nfunction f(password) { console.log(redact(password)); }`,
            },
            {
              messageId: 'replaceWithRedacted',
              output: `import { redact } from '@acme/redact';\nfunction f(password) { console.log('[REDACTED]'); }`,
            },
          ],
        },
      ],
    },
    {
      code: `const pino = require('pino');\nconst logger = pino();\nlogger.info({ apiKey: process.env.API_KEY });`,
      options: [{ redact: { importFrom: '@acme/redact', importName: 'redact' } }],
      errors: [
        {
          messageId: 'secretLogged',
          line: 3,
          column: 23,
          data: { secret: 'process.env.API_KEY (line 3)', sink: 'logger.info' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              output: `const pino = require('pino');\nconst { redact } = require("@acme/redact");\nconst logger = pino();\nlogger.info({ apiKey: redact(process.env.API_KEY) });`,
            },
            {
              messageId: 'replaceWithRedacted',
              output: `const pino = require('pino');\nconst logger = pino();\nlogger.info({ apiKey: '[REDACTED]' });`,
            },
          ],
        },
      ],
    },
    // the whole response is logged (AWS's own sample)
    invalid(
      `${AWS_IMPORT}const response = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconsole.log(response);`,
      'response',
      { after: 'console.log(' },
    ),

    // ---------------------------------------------------------------- propagation
    invalid(
      `${AWS_IMPORT}const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconsole.log(\`secret is \${SecretString}\`);`,
      'SecretString',
      { after: 'console.log(', from: '${SecretString}', to: '[REDACTED]' },
    ),
    invalid(
      `${AWS_IMPORT}client.send(new GetSecretValueCommand({ SecretId: 'db' })).then((data) => {\n  console.log('got ' + data.SecretString);\n});`,
      'data.SecretString',
    ),
    invalid(
      `${AWS_IMPORT}const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconst creds = JSON.parse(res.SecretString);\nconst settings = { host: 'db' };\nsettings.password = creds.password;\nconsole.log(settings);`,
      'settings',
      { after: 'console.log(' },
    ),
    invalid(
      `${AWS_IMPORT}const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconst all = [];\nall.push(res.SecretString);\nconsole.log(all.join(','));`,
      "all.join(',')",
    ),
    invalid(
      `${AWS_IMPORT}const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconst merged = Object.assign({}, JSON.parse(res.SecretString));\nconsole.log({ ...merged });`,
      '{ ...merged }',
    ),
    invalid(
      `import util from 'node:util';\n${AWS_IMPORT}const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\nconsole.log(util.inspect(res, { depth: 5 }));`,
      'util.inspect(res, { depth: 5 })',
    ),
    invalid(
      `${AWS_IMPORT}async function getSecret(id) {\n  const res = await client.send(new GetSecretValueCommand({ SecretId: id }));\n  return JSON.parse(res.SecretString);\n}\nexport async function handler() {\n  const { password } = await getSecret('db');\n  console.log('db password', password);\n}`,
      'password',
      { after: "'db password', " },
    ),
    invalid(
      `${AWS_IMPORT}let cached;\nexport async function load() {\n  const res = await client.send(new GetSecretValueCommand({ SecretId: 'db' }));\n  cached = res.SecretString;\n}\nexport function show() {\n  console.log(cached);\n}`,
      'cached',
      { after: 'console.log(' },
    ),

    // ---------------------------------------------------------------- source families
    invalid(
      `import { SecretsManagerClient, BatchGetSecretValueCommand } from '@aws-sdk/client-secrets-manager';\nconst sm = new SecretsManagerClient({});\nconst { SecretValues } = await sm.send(new BatchGetSecretValueCommand({ SecretIdList: ['a'] }));\nfor (const v of SecretValues) console.log(v.Name, v.SecretString);`,
      'v.SecretString',
    ),
    invalid(
      `import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';\nconst ssm = new SSMClient({});\nconst out = await ssm.send(new GetParameterCommand({ Name: '/app/db', WithDecryption: true }));\nconsole.log(out.Parameter.Name, out.Parameter.Value);`,
      'out.Parameter.Value',
    ),
    invalid(
      `import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';\nconst sts = new STSClient({});\nconst { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 's' }));\nconsole.log('assumed', Credentials);`,
      'Credentials',
      { after: "'assumed', " },
    ),
    invalid(
      `const { SecretsManagerClient, GetSecretValueCommand } = require('@aws-sdk/client-secrets-manager');\nconst c = new SecretsManagerClient();\nc.send(new GetSecretValueCommand({ SecretId: 'x' })).then((r) => console.info(r.SecretString));`,
      'r.SecretString',
    ),
    invalid(
      `const AWS = require('aws-sdk');\nconst sm = new AWS.SecretsManager({ region: 'us-east-1' });\nconst data = await sm.getSecretValue({ SecretId: 'x' }).promise();\nconsole.log(data.SecretString);`,
      'data.SecretString',
    ),
    invalid(
      `const AWS = require('aws-sdk');\nconst sm = new AWS.SecretsManager();\nsm.getSecretValue({ SecretId: 'x' }, function (err, data) {\n  if (err) console.log(err);\n  else console.log(data);\n});`,
      'data',
      { after: 'else console.log(' },
    ),
    invalid(
      `import AWS from 'aws-sdk';\nconst ssm = new AWS.SSM();\nconst p = await ssm.getParameter({ Name: 'n', WithDecryption: true }).promise();\nconsole.log(p.Parameter.Value);`,
      'p.Parameter.Value',
    ),
    invalid(
      `import { getSecret } from '@aws-lambda-powertools/parameters/secrets';\nconst s = await getSecret('my-secret');\nconsole.log(s);`,
      's',
      { after: 'console.log(' },
    ),
    invalid(
      `import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';\nconst provider = new SecretsProvider();\nconst v = await provider.get('x');\nconsole.log('value', v);`,
      'v',
      { after: "'value', " },
    ),
    invalid(
      `import { getParameter } from '@aws-lambda-powertools/parameters/ssm';\nconst v = await getParameter('/p', { decrypt: true });\nconsole.log(v);`,
      'v',
      { after: 'console.log(' },
    ),
    invalid(
      `import { SecretManagerServiceClient } from '@google-cloud/secret-manager';\nconst gsm = new SecretManagerServiceClient();\nconst [version] = await gsm.accessSecretVersion({ name });\nconst payload = version.payload.data.toString();\n// WARNING: Do not print the secret in a production environment\nconsole.info(\`Payload: \${payload}\`);`,
      'payload',
      { after: 'Payload: ${', from: '${payload}', to: '[REDACTED]' },
    ),
    invalid(
      `import { SecretClient } from '@azure/keyvault-secrets';\nimport { DefaultAzureCredential } from '@azure/identity';\nconst kv = new SecretClient(url, new DefaultAzureCredential());\nconst latest = await kv.getSecret('db');\nconsole.log(\`Latest version of the secret \${latest.name}: \`, latest.value);`,
      'latest.value',
    ),
    invalid(
      `const vault = require('node-vault')({ endpoint: 'http://127.0.0.1:8200' });\nconst result = await vault.read('secret/data/app');\nconsole.log(result.data.data);`,
      'result.data.data',
    ),
    invalid(
      `import nodeVault from 'node-vault';\nconst vault = nodeVault();\nconst login = await vault.approleLogin({ role_id, secret_id });\nconsole.log(login.auth.client_token, login.auth.policies);`,
      'login.auth.client_token',
    ),
    invalid(
      `import Vault from 'hashi-vault-js';\nconst v = new Vault({ baseUrl });\nconst kv = await v.readKVSecret(token, 'app');\nconsole.log(kv.data);`,
      'kv.data',
    ),
    invalid(
      `import DopplerSDK from '@dopplerhq/node-sdk';\nconst doppler = new DopplerSDK({ accessToken });\nconst s = await doppler.secrets.get('proj', 'prd', 'DB');\nconsole.log(s.value.raw);`,
      's.value.raw',
    ),
    invalid(
      `import { InfisicalSDK } from '@infisical/sdk';\nconst infisical = new InfisicalSDK();\nconst all = await infisical.secrets().listSecrets({ environment: 'dev', projectId });\nall.secrets.forEach((s) => console.log(s.secretKey, s.secretValue));`,
      's.secretValue',
    ),
    invalid(
      `import { createClient } from '@1password/sdk';\nconst op = await createClient({ auth: process.env.OP_SERVICE_ACCOUNT_TOKEN });\nconst pw = await op.secrets.resolve('op://vault/item/password');\nconsole.log(pw);`,
      'pw',
      { after: 'console.log(' },
    ),
    invalid(
      `import { BitwardenClient } from '@bitwarden/sdk-napi';\nconst bw = new BitwardenClient(settings);\nconst item = await bw.secrets().get(id);\nconsole.log(item.key, item.value);`,
      'item.value',
    ),
    invalid(
      `import dotenv from 'dotenv';\nconst { parsed } = dotenv.config();\nconsole.log(parsed);`,
      'parsed',
      { after: 'console.log(' },
    ),
    invalid(
      `const dotenv = require('dotenv');\nconst env = dotenv.parse(buf);\nconsole.log(env.PORT, env.STRIPE_SECRET_KEY);`,
      'env.STRIPE_SECRET_KEY',
    ),
    invalid(`console.log(process.env);`, 'process.env'),
    invalid(`console.log('db at', process.env.DATABASE_URL);`, 'process.env.DATABASE_URL'),
    // env names are judged as in every rule: a vendor's `_KEY` is its server key
    invalid(`console.log(process.env.OPENAI_KEY);`, 'process.env.OPENAI_KEY'),
    invalid(`const env = { ...process.env };\nconsole.log(env);`, 'env', { after: 'console.log(' }),
    invalid(`console.log(JSON.stringify(process.env));`, 'JSON.stringify(process.env)'),
    invalid(`console.log(import.meta.env.VITE_API_SECRET);`, 'import.meta.env.VITE_API_SECRET'),
    invalid(`function connect(user, password) {\n  console.log('connecting', user, password);\n}`, 'password', {
      after: "'connecting', user, ",
    }),
    invalid(`app.post('/login', (req, res) => {\n  console.log('login attempt', req.body.password);\n});`, 'req.body.password'),
    invalid(`const apiKey = await fetchApiKey();\nconsole.log(apiKey);`, 'apiKey', { after: 'console.log(' }),
    {
      ...invalid(`const s = await getConfigSecret('db');\nconsole.log(s);`, 's', { after: 'console.log(' }),
      options: [{ sources: [{ callee: 'getConfigSecret' }] }],
    },
    {
      ...invalid(`import { read } from 'my-vault';\nconst s = await read('db');\nconsole.log(s);`, 's', { after: 'console.log(' }),
      options: [{ sources: [{ module: 'my-vault', export: 'read' }] }],
    },

    // ---------------------------------------------------------------- sink families
    invalid(`function f(token) { console.error(token); }`, 'token', { after: 'error(' }),
    invalid(`function f(token) { console.table([token]); }`, 'token', { after: 'table([' }),
    invalid(`function f(token) { console.assert(token, token); }`, 'token', { after: 'token, ' }),
    invalid(`function f(token) { process.stdout.write(token + '\\n'); }`, 'token', { after: 'write(' }),
    invalid(`import winston from 'winston';\nconst logger = winston.createLogger({});\nfunction f(token) { logger.warn('t', token); }`, 'token', { after: "'t', " }),
    invalid(`const winston = require('winston');\nfunction f(secret) { winston.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`import { createLogger } from 'winston';\nconst log = createLogger();\nconst child = log.child({ svc: 'a' });\nfunction f(secret) { child.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`import pino from 'pino';\nconst l = pino();\nfunction f(password) { l.child({}).debug({ password }, 'login'); }`, 'password', {
      after: 'debug({ ',
      from: '{ password }',
      to: "{ password: '[REDACTED]' }",
    }),
    invalid(`function handler(req, res) { req.log.info({ ua: req.headers['user-agent'], token: req.query.token }); }`, 'req.query.token'),
    invalid(`import Fastify from 'fastify';\nconst fastify = Fastify();\nfunction f(secret) { fastify.log.error(secret); }`, 'secret', { after: 'error(' }),
    invalid(`import bunyan from 'bunyan';\nconst b = bunyan.createLogger({ name: 'x' });\nfunction f(secret) { b.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`import log4js from 'log4js';\nconst l4 = log4js.getLogger();\nfunction f(secret) { l4.debug(secret); }`, 'secret', { after: 'debug(' }),
    invalid(`import createDebug from 'debug';\nconst dbg = createDebug('app:auth');\nfunction f(secret) { dbg('secret %s', secret); }`, 'secret', { after: "%s', " }),
    invalid(`const dbg = require('debug')('app');\nfunction f(secret) { dbg(secret); }`, 'secret', { after: 'dbg(' }),
    invalid(`import lvl from 'loglevel';\nfunction f(secret) { lvl.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`const npmlog = require('npmlog');\nfunction f(secret) { npmlog.info('auth', secret); }`, 'secret', { after: "'auth', " }),
    invalid(`import signale from 'signale';\nfunction f(secret) { signale.success(secret); }`, 'secret', { after: 'success(' }),
    invalid(`import { consola } from 'consola';\nfunction f(secret) { consola.box(secret); }`, 'secret', { after: 'box(' }),
    invalid(`import { Logger } from '@aws-lambda-powertools/logger';\nconst pt = new Logger({ serviceName: 's' });\nfunction f(secret) { pt.appendKeys({ secret }); }`, 'secret', {
      after: 'appendKeys({ ',
      from: '{ secret }',
      to: "{ secret: '[REDACTED]' }",
    }),
    invalid(`import { logger } from 'firebase-functions';\nfunction f(secret) { logger.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`const functions = require('firebase-functions');\nfunction f(secret) { functions.logger.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(
      `import { Logger } from '@nestjs/common';\nclass AuthService {\n  private readonly logger = new Logger(AuthService.name);\n  login(password: string) { this.logger.log(\`login with \${password}\`); }\n}`,
      'password',
      { after: 'login with ${', from: '${password}', to: '[REDACTED]', tsOnly: true },
    ),
    invalid(
      `import { Logger } from '@nestjs/common';\nclass AuthService {\n  constructor(private readonly audit: Logger) {}\n  login(secret: string) { this.audit.warn(secret); }\n}`,
      'secret',
      { after: 'warn(', tsOnly: true },
    ),
    invalid(`import { logger } from './logger';\nfunction f(secret) { logger.info(secret); }`, 'secret', { after: 'info(' }),
    invalid(`function f(secret) { audit.record(secret); }`, 'secret', { after: 'record(', options: [{ sinks: ['audit.*'] }] }),
    invalid(`function f(secret) { track(secret); }`, 'secret', { after: 'track(', options: [{ sinks: ['track'] }] }),

    // ---------------------------------------------------------------- error messages
    invalid(`function verify(token) {\n  throw new Error('Invalid token: ' + token);\n}`, 'token', {
      after: "'Invalid token: ' + ",
      messageId: 'secretInError',
    }),
    invalid(`function verify(token) { throw Error(\`bad \${token}\`); }`, 'token', {
      after: 'bad ${',
      from: '${token}',
      to: '[REDACTED]',
      messageId: 'secretInError',
    }),
    invalid(`class AuthError extends Error {}\nfunction verify(apiKey) { throw new AuthError('rejected', apiKey); }`, 'apiKey', {
      after: "'rejected', ",
      messageId: 'secretInError',
    }),
    invalid(`function verify(secret) { throw secret; }`, 'secret', { after: 'throw ', messageId: 'secretInError' }),
    invalid(`function load(secret) {\n  return new Promise((resolve, reject) => { reject(secret); });\n}`, 'secret', {
      after: 'reject(',
      messageId: 'secretInError',
    }),
    invalid(`function load(password, cb) { cb(new Error(password)); }`, 'password', {
      after: 'Error(',
      messageId: 'secretInError',
    }),
    invalid(`function load(password) { return Promise.reject(password); }`, 'password', {
      after: 'reject(',
      messageId: 'secretInError',
    }),
  ],
});
