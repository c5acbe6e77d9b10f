/**
 * `no-unsafe-secret-comparison` on real code's false alarms (issue 13): a timing leak needs a secret on one
 * side and something an attacker sends on the other. Comparisons where neither side comes from a requester
 * (a password against the username of the same parsed URL, the same field of two records, which of two
 * values was picked, a stored account looked up in browser storage) and CSRF-style checks where both sides
 * are the requester's are quiet; secrets compared with request values, env secrets, HMAC digests and
 * parameters stay reported.
 */
import rule from '../../src/rules/no-unsafe-secret-comparison.js';
import { runWithBothParsers } from '../rule-tester.js';

const guard = (a: string, b: string): string =>
  `(typeof ${a} === 'string' && typeof ${b} === 'string' && Buffer.byteLength(${a}) === Buffer.byteLength(${b}) && timingSafeEqual(Buffer.from(${a}), Buffer.from(${b})))`;
const IMPORT = "import { timingSafeEqual } from 'node:crypto';\n";

/** One report on `left op right` at `line`, with the timingSafeEqual suggestion. */
function reported(code: string, left: string, op: string, right: string, source: string, line: number) {
  const lines = code.split('\n');
  const text = `${left} ${op} ${right}`;
  const column = (lines[line - 1] ?? '').indexOf(text) + 1;
  const fixed = code.replace(text, op.startsWith('!') ? `!${guard(left, right)}` : guard(left, right));
  return {
    code,
    errors: [
      {
        messageId: 'unsafeComparison' as const,
        data: { source, operator: op },
        line,
        column,
        endColumn: column + text.length,
        suggestions: [{ messageId: 'useTimingSafeEqual' as const, output: `${IMPORT}${fixed}` }],
      },
    ],
  };
}

runWithBothParsers('no-unsafe-secret-comparison (attacker-controlled sides)', rule, {
  valid: [
    // a password checked against the username parsed from the same text: a policy check, no requester
    'export function weak(text, at) {\n  const user = text.slice(0, at);\n  const password = text.slice(at + 1);\n  return password === user || password.length < 8;\n}',
    'export function parse(text, userStart, colon) {\n  const password = text.slice(colon + 1);\n  if (password === text.slice(userStart, colon)) return undefined;\n  return password;\n}',
    // which of two values was picked
    'export function pick(leftSecret, rightSecret, preferLeft) {\n  const best = preferLeft ? leftSecret : rightSecret;\n  return best === leftSecret ? 1 : 2;\n}',
    // the same field of two records: an equality or change check
    'export function same(a, b) {\n  return a.secret === b.secret && a.password === b.password;\n}',
    'export function changed(prev, next) {\n  return prev.apiKey !== next.apiKey;\n}',
    // a stored account looked up by its token in browser storage (a push notification in a service worker)
    "import { get } from 'idb-keyval';\nexport async function find({ access_token }) {\n  const users = await get('users');\n  return users.filter((user) => user.token === access_token);\n}",
    // a secret's name compared with a lookup's result
    'export function holding(pairs, secret) {\n  for (const p of pairs) if (describe(p).exact === secret) return p.key;\n  return undefined;\n}',
    // both sides the requester's: a CSRF double-submit check, a session read by a helper against a route param
    "app.post('/form', (req, res) => { if (req.cookies.csrfToken !== req.headers['x-csrf-token']) res.sendStatus(403); });",
    'export async function loader({ params, request }) {\n  const { token } = params;\n  const serviceSessionToken = await readServiceSessionFromRequest(request);\n  if (serviceSessionToken !== token) throw redirect(`/authorize?token=${token}`);\n  const blocking = await readBlockingErrorFromRequest(request);\n  return blocking && blocking.recipientToken === token;\n}',
    // two server values
    'if (process.env.DATABASE_URL !== process.env.DIRECT_URL) {}',
    'if (config.auth.secret === settings.auth.secret) {}',
    // values that are never strings: `===` compares identity or numbers
    {
      code: 'interface SecretOrigin { node: unknown }\nexport function same(secret: SecretOrigin, other: SecretOrigin | undefined, req: unknown) {\n  return secret === other;\n}',
      tsOnly: true,
    },
    { code: 'export function f(req: unknown, apiKey: Map<string, string>, key: unknown) { return apiKey === key; }', tsOnly: true },
    { code: 'export function f(req: unknown, password: { hash: string }, other: unknown) { return password === other; }', tsOnly: true },
    { code: 'export function f(req: unknown, tokens: string[], other: unknown) { const token: number = 1; return token === other; }', tsOnly: true },
    // a bcrypt/argon2 hash field and its prefix
    "export const isBcrypt = (user) => user.password.startsWith('$2b$') || user.passwordHash === user.previousPasswordHash;",
    'export function verify(password, user) { return user.hashedPassword === hashed(password) ? 1 : 0; }',
  ],
  invalid: [
    // a request value against a stored secret
    reported(
      "app.post('/login', (req, res) => {\n  const user = db.find(req.body.name);\n  if (user.password === req.body.password) res.send('ok');\n});",
      'user.password',
      '===',
      'req.body.password',
      '`user.password` (password)',
      3,
    ),
    // a parameter handed in (a request value, for all the helper knows)
    reported('export function check(apiKey, provided) {\n  return apiKey === provided;\n}', 'apiKey', '===', 'provided', '`apiKey` (API key)', 2),
    // inside a handler: the other side is unknown, the handler takes the request
    reported(
      "export async function GET(request) {\n  const sent = (await request.json()).value;\n  const apiKey = await loadKey();\n  if (apiKey !== sent) return new Response('no', { status: 401 });\n}",
      'apiKey',
      '!==',
      'sent',
      '`apiKey` (API key)',
      4,
    ),
    // a lookup by a token the requester sent: the classic timing leak in `find`
    reported(
      "app.get('/me', (req, res) => {\n  const token = req.get('authorization');\n  res.json(users.find((u) => u.token === token));\n});",
      'u.token',
      '===',
      'token',
      '`token` (the `authorization` header)',
      2 + 1,
    ),
    // a cookie of the current request (Next.js) against a stored password, in a page with no request parameter
    {
      code: "import { cookies } from 'next/headers';\nexport default async function Page() {\n  const link = await getLink();\n  if ((await cookies()).get(`pw_${link.id}`)?.value === link.password) redirect('/');\n}",
      errors: [{ messageId: 'unsafeComparison', data: { source: '`link.password` (password)', operator: '===' }, line: 4, column: 7, suggestions: [] }],
    },
    // Nitro: an admin key from the query against the runtime config (elk)
    {
      code: "export default defineEventHandler(async (event) => {\n  const { key } = getQuery(event);\n  if (key !== String(useRuntimeConfig().adminKey)) return { status: false };\n});",
      errors: [{ messageId: 'unsafeComparison', data: { source: '`useRuntimeConfig().adminKey` (API key)', operator: '!==' }, line: 3, column: 7, suggestions: [] }],
    },
    // a string-typed or branded secret stays a secret
    {
      code: 'type ApiKey = string & { brand: true };\nexport function check(req: unknown, apiKey: ApiKey, sent: string | undefined) {\n  return apiKey === sent;\n}',
      tsOnly: true,
      errors: [{ messageId: 'unsafeComparison', data: { source: '`apiKey` (API key)', operator: '===' }, line: 3, column: 10, suggestions: [{ messageId: 'useTimingSafeEqual', output: `${IMPORT}type ApiKey = string & { brand: true };\nexport function check(req: unknown, apiKey: ApiKey, sent: string | undefined) {\n  return ${guard('apiKey', 'sent')};\n}` }] }],
    },
    // an env secret
    reported('export function ok(password) {\n  return password === process.env.ADMIN_PASSWORD;\n}', 'password', '===', 'process.env.ADMIN_PASSWORD', '`password` (password)', 2),
  ],
});
