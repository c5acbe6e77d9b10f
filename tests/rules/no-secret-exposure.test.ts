import rule from '../../src/rules/no-secret-exposure.js';
import { runWithBothParsers } from '../rule-tester.js';

const sdkHandler = (body: string): string =>
  [
    "import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';",
    'const client = new SecretsManagerClient({});',
    'export async function handler() {',
    "  const out = await client.send(new GetSecretValueCommand({ SecretId: 'stripe' }));",
    `  return { statusCode: 200, body: ${body} };`,
    '}',
  ].join('\n');

runWithBothParsers('no-secret-exposure', rule, {
  valid: [
    // SvelteKit: a universal load (+page.js) and an endpoint's load-named helper are not server load data;
    // a server load returning only non-secret values is fine.
    {
      code: "import { env } from '$env/dynamic/private';\nexport async function load() {\n  return { token: env.API_TOKEN };\n}",
      filename: 'src/routes/+page.js',
    },
    {
      code: "import { API_TOKEN } from '$env/static/private';\nexport function load() {\n  return { token: API_TOKEN };\n}",
      filename: 'src/routes/api/+server.js',
    },
    {
      code: "import { SITE_NAME } from '$env/static/private';\nexport const load = async () => ({ site: SITE_NAME });",
      filename: 'src/routes/+layout.server.js',
    },
    // derived values: length, presence, a hash, metadata
    "app.get('/c', (req, res) => { res.json({ length: process.env.API_SECRET.length, configured: !!process.env.API_KEY }); });",
    "import { createHash } from 'node:crypto';\napp.get('/c', (req, res) => { res.json({ fp: createHash('sha256').update(process.env.API_SECRET).digest('hex') }); });",
    sdkHandler('JSON.stringify({ arn: out.ARN, name: out.Name, version: out.VersionId })'),
    "app.get('/keys', async (req, res) => { const apiKey = await db.apiKey.findFirst(); res.json({ id: apiKey.id, name: apiKey.name }); });",
    "app.get('/c', (req, res) => { res.json({ mode: process.env.NODE_ENV, url: process.env.PUBLIC_URL }); });",
    // a login handler returns the session token it minted: sending it is the point
    "app.post('/login', async (req, res) => { const token = await sign(req.user); res.json({ token }); });",
    "app.post('/login', async (req, res) => { const accessToken = await sign(req.user); res.cookie('session', accessToken, { httpOnly: true }); });",
    // an SPA keeps its own access token
    "export function remember(accessToken) { localStorage.setItem('token', accessToken); }",
    // a secret webhook URL is meant to be fetched; a secret in the path is not a query string
    "export const notify = () => fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST', body: '{}' });",
    'export const ping = () => fetch(`https://hooks.example.com/${process.env.WEBHOOK_SECRET}`);',
    // tokens made to travel in links: verification, single-use, recipient tokens
    "export function link(verificationToken) { const u = new URL('https://app.example.com/verify'); u.searchParams.set('token', verificationToken); return u; }",
    'export function done(recipientToken) { window.location.href = `/sign/${recipientToken}/complete`; }',
    "export function share(params) { url.searchParams.set('suToken', params.suToken); }",
    // the key in a header is the right way
    "import axios from 'axios';\nexport const get = () => axios.get('https://api.example.com', { headers: { 'x-api-key': process.env.OMDB_API_KEY } });",
    "export const get = () => fetch('https://api.example.com/items?q=1', { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } });",
    // a public key or a non-secret query parameter
    'export const get = (q) => fetch(`https://api.example.com/items?q=${q}&key=${process.env.NEXT_PUBLIC_MAPS_PUBLIC_KEY}`);',
    // public by design: bundled env prefixes, browser map keys
    'export const check = (token) => fetch(`https://botd.example.com/result?token=${process.env.NEXT_PUBLIC_BOTD_API_TOKEN}&id=1`);',
    "app.get('/map', (req, res) => res.render('map', { key: process.env.GOOGLE_MAPS_API_KEY }));",
    // telemetry of non-secret data
    "import * as Sentry from '@sentry/node';\nexport function f(user) { Sentry.setUser({ id: user.id, email: user.email }); }",
    // a form body is not a URL
    "export const token = () => fetch('https://auth.example.com/token', { method: 'POST', body: new URLSearchParams({ client_secret: process.env.CLIENT_SECRET }) });",
    // exported functions of a module that is not a "use server" file, and an action's derived result
    'export async function getUploadConfig() { return { key: process.env.S3_SECRET_ACCESS_KEY }; }',
    "'use server';\nexport async function isConfigured() { return Boolean(process.env.S3_SECRET_ACCESS_KEY); }",
    // families switched off
    {
      code: "app.get('/c', (req, res) => { res.json({ key: process.env.STRIPE_SECRET_KEY }); });",
      options: [{ responses: false }],
    },
    { code: "import axios from 'axios';\naxios.get('/x', { params: { key: process.env.OMDB_API_KEY } });", options: [{ urls: false }] },
    { code: "posthog.capture('e', { key: process.env.STRIPE_SECRET_KEY });", options: [{ telemetry: false }] },
    { code: "localStorage.setItem('k', process.env.STRIPE_SECRET_KEY);", options: [{ storage: false }] },
    // a user sanitizer
    {
      code: "app.get('/c', (req, res) => { res.json({ key: fingerprint(process.env.STRIPE_SECRET_KEY) }); });",
      options: [{ sanitizers: ['fingerprint'] }],
    },
    // a property of another object is not browser storage
    "export function save(password) { store.token = password; }",
  ],
  invalid: [
    // SvelteKit: what a server load returns is serialized into the page
    {
      code: "import { STRIPE_SECRET_KEY } from '$env/static/private';\nexport async function load() {\n  return { key: STRIPE_SECRET_KEY };\n}",
      filename: 'src/routes/checkout/+page.server.js',
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: 'STRIPE_SECRET_KEY from $env/static/private (line 1)', sink: 'SvelteKit load data' },
          line: 3,
          column: 17,
        },
      ],
    },
    {
      code: "import { env } from '$env/dynamic/private';\nexport const load = async () => ({ github: env.GITHUB_TOKEN });",
      filename: 'src/routes/+layout.server.js',
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: '`GITHUB_TOKEN` of env from $env/dynamic/private (line 2)', sink: 'SvelteKit load data' },
          line: 2,
          column: 44,
        },
      ],
    },
    // ---- responses
    {
      code: "app.get('/config', (req, res) => { res.json({ key: process.env.STRIPE_SECRET_KEY }); });",
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: 'process.env.STRIPE_SECRET_KEY (line 1)', sink: 'res.json' },
          line: 1,
          column: 52,
          endColumn: 81,
        },
      ],
    },
    {
      code: "app.get('/c', (req, res) => { res.status(200).send(process.env.API_SECRET); });",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.API_SECRET (line 1)', sink: 'res.send' }, column: 52 }],
    },
    {
      code: "app.get('/debug/env', (req, res) => res.json(process.env));",
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: 'process.env (line 1), which holds secrets,', sink: 'res.json' },
          column: 46,
        },
      ],
    },
    {
      code: "app.post('/users', async (req, res) => { const { email, password } = req.body; await save(email, password); res.status(201).json({ email, password }); });",
      errors: [{ messageId: 'exposedInResponse', data: { secret: '`password` (line 1)', sink: 'res.json' } }],
    },
    {
      code: "app.get('/go', (req, res) => { res.redirect(302, `/next?key=${process.env.INTERNAL_API_KEY}`); });",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.INTERNAL_API_KEY (line 1)', sink: 'res.redirect' } }],
    },
    {
      code: sdkHandler('JSON.stringify({ arn: out.ARN, value: out.SecretString })'),
      errors: [
        {
          messageId: 'exposedInResponse',
          data: {
            secret: 'The SecretString of a GetSecretValueCommand response (line 4)',
            sink: 'a returned { statusCode, body } response',
          },
          line: 5,
          column: 35,
        },
      ],
    },
    {
      code: 'export async function getServerSideProps() {\n  return { props: { cmsKey: process.env.CMS_API_KEY } };\n}',
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.CMS_API_KEY (line 2)', sink: 'getServerSideProps props' }, line: 2, column: 29 }],
    },
    {
      code: "import { json } from '@remix-run/node';\nexport const loader = async () => json({ token: process.env.GITHUB_TOKEN });",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.GITHUB_TOKEN (line 2)', sink: 'json()' }, line: 2 }],
    },
    {
      code: 'export async function loader() {\n  return { env: { KEY: process.env.SECRET_KEY } };\n}',
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.SECRET_KEY (line 2)', sink: 'loader data' }, line: 2 }],
    },
    {
      code: "import { NextResponse } from 'next/server';\nexport async function GET() { return NextResponse.json({ dsn: process.env.DATABASE_URL }); }",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.DATABASE_URL (line 2)', sink: 'NextResponse.json' } }],
    },
    {
      // a Server Action's result is sent to the client that called it
      code: "'use server';\nexport async function getUploadConfig() {\n  return { bucket: 'uploads', key: process.env.S3_SECRET_ACCESS_KEY };\n}",
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: 'process.env.S3_SECRET_ACCESS_KEY (line 3)', sink: 'the Server Action getUploadConfig() result' },
          line: 3,
          column: 36,
        },
      ],
    },
    {
      code: 'export default { async fetch() { return new Response(process.env.API_TOKEN); } };',
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.API_TOKEN (line 1)', sink: 'new Response' } }],
    },
    {
      code: 'export async function GET() { return Response.json({ secret: process.env.SESSION_SECRET }); }',
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.SESSION_SECRET (line 1)', sink: 'Response.json' } }],
    },
    {
      code: 'app.use(async (ctx) => { ctx.body = { key: process.env.ADMIN_API_KEY }; });',
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.ADMIN_API_KEY (line 1)', sink: 'ctx.body =' } }],
    },
    {
      code: "app.get('/c', (c) => c.json({ key: process.env.OPENAI_API_KEY }));",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.OPENAI_API_KEY (line 1)', sink: 'c.json' } }],
    },
    {
      code: "fastify.get('/c', async (request, reply) => { reply.code(200).send({ dsn: process.env.REDIS_URL }); });",
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'process.env.REDIS_URL (line 1)', sink: 'reply.send' } }],
    },
    // ---- URLs
    {
      code: 'export const search = () => fetch(`https://api.example.com/v1/items?api_key=${process.env.WEATHER_API_KEY}&q=1`);',
      errors: [
        {
          messageId: 'exposedInUrl',
          data: { secret: 'process.env.WEATHER_API_KEY (line 1)', sink: 'fetch' },
          line: 1,
          column: 79,
          suggestions: [
            {
              messageId: 'moveToHeader',
              data: { param: 'api_key', header: 'X-API-Key' },
              output:
                "export const search = () => fetch(`https://api.example.com/v1/items?q=1`, { headers: { 'X-API-Key': process.env.WEATHER_API_KEY } });",
            },
          ],
        },
      ],
    },
    {
      // merged into existing options and headers; the last parameter loses its `&`
      code: "export const search = (q) => fetch(`https://api.example.com/v1/items?q=${q}&api_key=${process.env.WEATHER_API_KEY}`, { method: 'GET', headers: { Accept: 'application/json' } });",
      errors: [
        {
          messageId: 'exposedInUrl',
          suggestions: [
            {
              messageId: 'moveToHeader',
              data: { param: 'api_key', header: 'X-API-Key' },
              output:
                "export const search = (q) => fetch(`https://api.example.com/v1/items?q=${q}`, { method: 'GET', headers: { 'X-API-Key': process.env.WEATHER_API_KEY, Accept: 'application/json' } });",
            },
          ],
        },
      ],
    },
    {
      // the only parameter goes with its `?`; options without headers get one; a token becomes a Bearer header
      code: "const accessToken = process.env.GITHUB_ACCESS_TOKEN;\nexport const me = () => fetch(`https://api.example.com/user?access_token=${accessToken}`, { method: 'GET' });",
      errors: [
        {
          messageId: 'exposedInUrl',
          line: 2,
          suggestions: [
            {
              messageId: 'moveToHeader',
              data: { param: 'access_token', header: 'Authorization' },
              output:
                "const accessToken = process.env.GITHUB_ACCESS_TOKEN;\nexport const me = () => fetch(`https://api.example.com/user`, { headers: { Authorization: `Bearer ${accessToken}` }, method: 'GET' });",
            },
          ],
        },
      ],
    },
    {
      // a URL built in a binding: reported where the key enters it, no suggestion
      code: 'export async function geocode(apiKey, address) {\n  const url = `https://maps.example.com/geocode?address=${address}&key=${apiKey}`;\n  return fetch(url);\n}',
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'Parameter `apiKey` (line 1)', sink: 'fetch' }, line: 2, column: 74 }],
    },
    {
      code: "export const get = () => fetch('https://api.example.com/items?key=' + process.env.FLIGHTS_API_KEY);",
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'process.env.FLIGHTS_API_KEY (line 1)', sink: 'fetch' } }],
    },
    {
      code: "import axios from 'axios';\nexport const get = () => axios.get('https://www.omdbapi.example/', { params: { apikey: process.env.OMDB_API_KEY, t: 'x' } });",
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'process.env.OMDB_API_KEY (line 2)', sink: 'axios.get params' }, line: 2 }],
    },
    {
      code: "import axios from 'axios';\nexport const post = (body) => axios.post('https://api.example.com/items', body, { params: { api_key: process.env.OMDB_API_KEY } });",
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'process.env.OMDB_API_KEY (line 2)', sink: 'axios.post params' } }],
    },
    {
      code: "const u = new URL('https://api.example.com');\nu.searchParams.set('token', process.env.API_TOKEN);",
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'process.env.API_TOKEN (line 2)', sink: 'u.searchParams.set' }, line: 2 }],
    },
    {
      code: 'export function openDashboard(apiKey) { window.location.href = `/dashboard?key=${apiKey}`; }',
      errors: [{ messageId: 'exposedInUrl', data: { secret: 'Parameter `apiKey` (line 1)', sink: 'window.location.href =' } }],
    },
    // ---- telemetry
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.setContext('stripe', { key: process.env.STRIPE_SECRET_KEY });",
      errors: [
        {
          messageId: 'exposedToTelemetry',
          data: { secret: 'process.env.STRIPE_SECRET_KEY (line 2)', sink: 'Sentry.setContext' },
          line: 2,
          column: 36,
        },
      ],
    },
    {
      code: "import { captureMessage } from '@sentry/nextjs';\nexport function fail(password) { captureMessage(`login failed for ${password}`); }",
      errors: [{ messageId: 'exposedToTelemetry', data: { secret: 'Parameter `password` (line 2)', sink: 'captureMessage' } }],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nexport function f(apiKey) { Sentry.withScope((scope) => { scope.setExtra('key', apiKey); }); }",
      errors: [{ messageId: 'exposedToTelemetry', data: { secret: 'Parameter `apiKey` (line 2)', sink: 'scope.setExtra' } }],
    },
    {
      code: "export function signup(apiKey) { posthog.capture('signup', { apiKey }); }",
      errors: [{ messageId: 'exposedToTelemetry', data: { secret: 'Parameter `apiKey` (line 1)', sink: 'posthog.capture' } }],
    },
    {
      code: "export function f(clientSecret) { analytics.track('oauth', { clientSecret }); mixpanel.track('oauth', { clientSecret }); }",
      errors: [
        { messageId: 'exposedToTelemetry', data: { secret: 'Parameter `clientSecret` (line 1)', sink: 'analytics.track' } },
        { messageId: 'exposedToTelemetry', data: { secret: 'Parameter `clientSecret` (line 1)', sink: 'mixpanel.track' } },
      ],
    },
    {
      code: "export function f(span) { span.setAttribute('db.password', process.env.DB_PASSWORD); }",
      errors: [{ messageId: 'exposedToTelemetry', data: { secret: 'process.env.DB_PASSWORD (line 1)', sink: 'span.setAttribute' } }],
    },
    {
      code: "gtag('event', 'login', { token: process.env.API_TOKEN });",
      errors: [{ messageId: 'exposedToTelemetry', data: { secret: 'process.env.API_TOKEN (line 1)', sink: 'gtag' } }],
    },
    // ---- browser storage
    {
      code: "export function remember(password) { localStorage.setItem('pw', password); }",
      errors: [{ messageId: 'exposedToStorage', data: { secret: 'Parameter `password` (line 1)', sink: 'localStorage.setItem' }, column: 65 }],
    },
    {
      code: 'document.cookie = `key=${import.meta.env.STRIPE_SECRET_KEY}`;',
      errors: [{ messageId: 'exposedToStorage', data: { secret: 'import.meta.env.STRIPE_SECRET_KEY (line 1)', sink: 'document.cookie =' } }],
    },
    {
      code: "sessionStorage.setItem('k', process.env.SECRET_KEY);",
      errors: [{ messageId: 'exposedToStorage', data: { secret: 'process.env.SECRET_KEY (line 1)', sink: 'sessionStorage.setItem' } }],
    },
    // ---- options: extra sinks and sources
    {
      code: 'audit.send(process.env.API_SECRET);',
      options: [{ sinks: ['audit.send'] }],
      errors: [{ messageId: 'exposedToCustomSink', data: { secret: 'process.env.API_SECRET (line 1)', sink: 'audit.send' } }],
    },
    {
      code: "app.get('/c', (req, res) => { res.json({ v: readVault('stripe') }); });",
      options: [{ sources: [{ callee: 'readVault' }] }],
      errors: [{ messageId: 'exposedInResponse', data: { secret: 'The result of readVault() (line 1)', sink: 'res.json' } }],
    },
    // browser storage by assignment
    {
      code: "export function save() { localStorage.token = process.env.API_TOKEN; }",
      errors: [
        {
          messageId: 'exposedToStorage',
          data: { secret: 'process.env.API_TOKEN (line 1)', sink: 'localStorage.token =' },
          line: 1,
          column: 47,
        },
      ],
    },
    {
      code: "export function save(password) { sessionStorage['pw'] = password; }",
      errors: [
        {
          messageId: 'exposedToStorage',
          data: { secret: 'Parameter `password` (line 1)', sink: 'sessionStorage.pw =' },
          line: 1,
          column: 57,
        },
      ],
    },
  ],
});

