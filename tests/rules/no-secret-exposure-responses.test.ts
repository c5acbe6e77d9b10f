/**
 * `no-secret-exposure`, responses as real code writes them (issue 13): built in a variable and returned
 * (AWS's Lambda templates), SvelteKit `+server` helpers, Nitro/Nuxt h3 handlers and helpers, Hono, and raw
 * Node `writeHead`/`setHeader`. Framework knowledge comes from the registry (`src/core/framework/`).
 */
import rule from '../../src/rules/no-secret-exposure.js';
import { runWithBothParsers } from '../rule-tester.js';

const V2 = "const AWS = require('aws-sdk');\nconst sm = new AWS.SecretsManager();\n";
const response = (secret: string, sink: string, line: number, column: number) => ({
  messageId: 'exposedInResponse' as const,
  data: { secret, sink },
  line,
  column,
});

runWithBothParsers('no-secret-exposure (responses)', rule, {
  valid: [
    // a response variable that carries only what the client needs
    `${V2}exports.handler = async () => {\n  const d = await sm.getSecretValue({ SecretId: 'x' }).promise();\n  const response = { statusCode: 200, body: JSON.stringify({ arn: d.ARN }) };\n  return response;\n};`,
    // a callback with a response that carries no secret, and a Node callback with a secret that is no response
    "module.exports.ok = (event, context, callback) => {\n  const response = { statusCode: 200, body: JSON.stringify({ configured: !!process.env.SECRET_VALUE }) };\n  callback(null, response);\n};",
    "export function load(done) { done(null, { key: process.env.STRIPE_SECRET_KEY }); }",
    // a variable without statusCode is not a Lambda response: a helper returning its config to the server
    "export function config() {\n  const settings = { key: process.env.STRIPE_SECRET_KEY };\n  return settings;\n}",
    // statusCode on another object than the returned one
    "export function f() {\n  const result = { key: process.env.STRIPE_SECRET_KEY };\n  const other = {};\n  other.statusCode = 200;\n  return result;\n}",
    // SvelteKit: json() of derived values; a json() that is not SvelteKit's
    {
      code: "import { json } from '@sveltejs/kit';\nimport { env } from '$env/dynamic/private';\nexport const GET = () => json({ configured: Boolean(env.STRIPE_SECRET_KEY) });",
      filename: 'src/routes/api/+server.js',
    },
    "import { json } from './my-json.js';\nexport const GET = () => json({ key: process.env.STRIPE_SECRET_KEY });",
    // h3: a handler returning metadata; a local function named like a handler wrapper; a header of a request
    "export default defineEventHandler(() => ({ configured: !!process.env.STRIPE_SECRET_KEY }));",
    "function defineEventHandler(fn) { return fn; }\nexport default defineEventHandler(() => ({ key: process.env.STRIPE_SECRET_KEY }));",
    "import { defineEventHandler } from './local.js';\nexport default defineEventHandler(() => ({ key: process.env.STRIPE_SECRET_KEY }));",
    "export default defineEventHandler((event) => {\n  setResponseHeader(event, 'x-configured', String(!!process.env.STRIPE_SECRET_KEY));\n  return 'ok';\n});",
    // the secret in a request's header is the right way to use it
    "export default defineEventHandler(() => $fetch('https://api.example.com', { headers: { authorization: process.env.API_TOKEN } }));",
    // Nuxt's runtime config: its public part and non-secret names
    {
      code: "export default defineEventHandler((event) => {\n  const config = useRuntimeConfig(event);\n  return { site: config.public.siteUrl, pk: config.stripePublishableKey, id: config.oauthClientId };\n});",
      filename: 'server/api/config.ts',
    },
    // a publishable key read from a private module is public by design
    {
      code: "import { json } from '@sveltejs/kit';\nimport { env } from '$env/dynamic/private';\nexport const GET = () => json({ publicKey: env.PUBLIC_STRIPE_PUBLISHABLE_KEY });",
      filename: 'src/routes/api/+server.js',
    },
    // raw Node: the status and a non-secret header
    "require('http').createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Has-Key': String(!!process.env.STRIPE_SECRET_KEY) }); res.end('ok'); });",
    // Hono: metadata
    "app.get('/', (c) => c.json({ configured: Boolean(process.env.STRIPE_SECRET_KEY) }));",
  ],
  invalid: [
    // ---- Lambda: the response built in a variable (AWS's own templates)
    {
      code: `${V2}exports.handler = async () => {\n  const d = await sm.getSecretValue({ SecretId: 'x' }).promise();\n  const key = d.SecretString;\n  const response = { statusCode: 200, body: JSON.stringify({ key }) };\n  return response;\n};`,
      errors: [response('An object holding the SecretString of a getSecretValue response (line 4)', 'a returned { statusCode, body } response', 7, 10)],
    },
    {
      code: "export const handler = async () => {\n  let response;\n  response = {};\n  response.statusCode = 200;\n  response.body = process.env.STRIPE_SECRET_KEY;\n  return response;\n};",
      errors: [response('An object holding process.env.STRIPE_SECRET_KEY (line 5)', 'a returned { statusCode, body } response', 6, 10)],
    },
    // the callback form, and quoted keys
    {
      code: "module.exports.kms = (event, context, callback) => {\n  const response = {\n    statusCode: 200,\n    body: JSON.stringify({ secretValue: process.env.STRIPE_SECRET_KEY }),\n  };\n  callback(null, response);\n};",
      errors: [response('An object holding process.env.STRIPE_SECRET_KEY (line 4)', 'callback(null, response)', 6, 18)],
    },
    {
      code: "const { SecretsManagerClient, GetSecretValueCommand } = require('@aws-sdk/client-secrets-manager');\nexports.handler = async () => {\n  const resp = await new SecretsManagerClient().send(new GetSecretValueCommand({ SecretId: 'x' }));\n  return { 'statusCode': '200', 'body': resp.SecretString };\n};",
      errors: [response('The SecretString of a GetSecretValueCommand response (line 3)', 'a returned { statusCode, body } response', 4, 41)],
    },
    // Express: a payload built earlier
    {
      code: "app.get('/x', (req, res) => {\n  const payload = { key: process.env.STRIPE_SECRET_KEY };\n  res.json(payload);\n});",
      errors: [response('An object holding process.env.STRIPE_SECRET_KEY (line 2)', 'res.json', 3, 12)],
    },
    // ---- SvelteKit +server endpoints
    {
      code: "import { json } from '@sveltejs/kit';\nimport { env } from '$env/dynamic/private';\nexport async function GET() {\n  return json({ key: env.STRIPE_SECRET_KEY });\n}",
      filename: 'src/routes/api/+server.js',
      errors: [response('`STRIPE_SECRET_KEY` of env from $env/dynamic/private (line 4)', 'json()', 4, 22)],
    },
    {
      code: "import { text } from '@sveltejs/kit';\nimport { STRIPE_SECRET_KEY } from '$env/static/private';\nexport const GET = () => text(STRIPE_SECRET_KEY);",
      filename: 'src/routes/api/+server.ts',
      errors: [response('STRIPE_SECRET_KEY from $env/static/private (line 2)', 'text()', 3, 31)],
    },
    {
      code: "import { env } from '$env/dynamic/private';\nexport function POST() {\n  return new Response(env.STRIPE_SECRET_KEY);\n}",
      filename: 'src/routes/api/+server.js',
      errors: [response('`STRIPE_SECRET_KEY` of env from $env/dynamic/private (line 3)', 'new Response', 3, 23)],
    },
    // ---- Nitro / Nuxt (h3): auto-imported and imported
    {
      code: "export default defineEventHandler((event) => {\n  return { key: process.env.STRIPE_SECRET_KEY };\n});",
      filename: 'server/api/key.ts',
      errors: [response('process.env.STRIPE_SECRET_KEY (line 2)', "the defineEventHandler() handler's response", 2, 17)],
    },
    {
      code: "import { eventHandler } from 'h3';\nexport default eventHandler(async () => process.env.STRIPE_SECRET_KEY);",
      errors: [response('process.env.STRIPE_SECRET_KEY (line 2)', "the eventHandler() handler's response", 2, 41)],
    },
    {
      code: "export default defineEventHandler((event) => {\n  setResponseHeader(event, 'x-key', process.env.STRIPE_SECRET_KEY);\n  setCookie(event, 'k', process.env.STRIPE_SECRET_KEY);\n  return 'ok';\n});",
      filename: 'server/api/key.ts',
      errors: [
        response('process.env.STRIPE_SECRET_KEY (line 2)', 'setResponseHeader()', 2, 37),
        response('process.env.STRIPE_SECRET_KEY (line 3)', 'setCookie()', 3, 25),
      ],
    },
    {
      code: "import { defineEventHandler, send } from 'h3';\nexport default defineEventHandler((event) => send(event, process.env.STRIPE_SECRET_KEY));",
      // one finding per place: the handler returns what send() sent
      errors: [response('process.env.STRIPE_SECRET_KEY (line 2)', 'send()', 2, 58)],
    },
    {
      code: "import { useRuntimeConfig } from '#imports';\nexport default defineEventHandler(() => {\n  const { stripeSecretKey } = useRuntimeConfig();\n  return { key: stripeSecretKey };\n});",
      filename: 'server/api/key.ts',
      errors: [response('`stripeSecretKey` of the Nuxt runtime config of useRuntimeConfig() (line 3)', "the defineEventHandler() handler's response", 4, 17)],
    },
    // ---- Hono
    {
      code: "app.get('/', (c) => c.json({ key: process.env.STRIPE_SECRET_KEY }));\napp.get('/t', (c) => c.text(process.env.STRIPE_SECRET_KEY));",
      errors: [response('process.env.STRIPE_SECRET_KEY (line 1)', 'c.json', 1, 35), response('process.env.STRIPE_SECRET_KEY (line 2)', 'c.text', 2, 29)],
    },
    // ---- raw Node
    {
      code: "require('http').createServer((req, res) => {\n  res.writeHead(200, { 'Set-Cookie': `k=${process.env.STRIPE_SECRET_KEY}` });\n  res.setHeader('x-key', process.env.STRIPE_SECRET_KEY);\n  res.end();\n});",
      errors: [
        response('process.env.STRIPE_SECRET_KEY (line 2)', 'res.writeHead', 2, 43),
        response('process.env.STRIPE_SECRET_KEY (line 3)', 'res.setHeader', 3, 26),
      ],
    },
  ],
});
