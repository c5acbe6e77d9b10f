/**
 * `no-secret-logging`, taint engine v2 classes: helpers in the same file (reported at the call site, naming
 * the helper and the sink inside it), request credentials, secrets made in code, masking vs. non-masking
 * replacements, and the false alarms of real code (enum members, identifiers of things, hashes).
 */
import rule from '../../src/rules/no-secret-logging.js';
import { invalid } from '../helpers/logging.js';
import { runWithBothParsers } from '../rule-tester.js';

const AWS = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
const res = await client.send(new GetSecretValueCommand({ SecretId: 'app' }));
`;

runWithBothParsers('no-secret-logging (taint v2)', rule, {
  valid: [
    // a helper that logs only the length or a constant of its argument
    `${AWS}function log(value) { console.log('loaded', value.length); }\nlog(res.SecretString);`,
    // a helper that never logs the parameter that receives the secret
    `${AWS}function note(label, value) { console.log(label); return value; }\nnote('db', res.SecretString);`,
    // a helper that masks before logging
    `${AWS}function show(v) { console.log(v.replace(/./g, '*')); }\nshow(res.SecretString);`,
    // a helper called with clean values only
    `function log(...args) { console.log(new Date().toISOString(), ...args); }\nlog('started', 42);`,
    // request headers that are not credentials, cookies that are not sessions
    `export function h(req) { console.log(req.headers['user-agent'], req.get('content-type'), req.cookies.theme); }`,
    // random ids that are not secrets
    `import { randomBytes, randomUUID } from 'crypto';\nconst requestId = randomBytes(8).toString('hex');\nconst traceId = randomUUID();\nconsole.log(requestId, traceId);`,
    // masking replacements
    `export function f(password) { console.log(password.replace(/./g, '*'), password.replace(/.(?=.{4})/g, '*')); }`,
    // enum members and error codes
    `export function f() { throw new AppError(AuthErrorCode.InvalidCredentials, 'bad'); }`,
    `export function f() { console.log(Errors.InvalidPassword); }`,
    // identifiers of things
    `export function f(attachment, coupon) { console.log(attachment.storageKey, coupon.token); }`,
    // identifiers named like tokens
    `export function f(idempotencyToken, pageToken) { console.log(idempotencyToken, pageToken); }`,
    // bcrypt/argon2 hashes are not clear-text passwords
    `export function f(user) { console.log(user.hashedPassword, user.passwordHash); }`,
    // configuration fields of a parsed secret
    `${AWS}const s = JSON.parse(res.SecretString);\nconsole.log('connecting to', s.host, s.port, s.dbname, s.username, s.engine);`,
  ],
  invalid: [
    // helpers: rest parameters spread into console.log
    invalid(
      `${AWS}function ts() { return new Date().toISOString(); }\nfunction log(...args) { console.log(ts(), ...args); }\nlog('loaded', res.SecretString);`,
      'res.SecretString',
      'The SecretString of a GetSecretValueCommand response (line 3)',
      'console.log in log()',
      "log('loaded'",
    ),
    // a one-parameter helper with a sensitive parameter at the call site
    invalid(
      `function myLog(msg) { console.log('[app]', msg); }\nexport function login(password) { myLog(password); }`,
      'password',
      'Parameter `password` (line 2)',
      'console.log in myLog()',
      '{ myLog(',
    ),
    // console.log.apply(console, arguments)
    invalid(
      `function log() { console.log.apply(console, arguments); }\nexport function f(password) { log('pw', password); }`,
      'password',
      'Parameter `password` (line 2)',
      'console.log in log()',
      "log('pw', ",
    ),
    // helpers calling helpers compose
    invalid(
      `${AWS}function write(line) { console.error(line); }\nfunction log(msg) { write('[x] ' + msg); }\nlog(res.SecretString);`,
      'res.SecretString',
      'The SecretString of a GetSecretValueCommand response (line 3)',
      'console.error in write() in log()',
      '}\nlog(',
    ),
    // a helper's return value carries its parameter
    invalid(
      `${AWS}function wrap(x) { return x.trim(); }\nconsole.log(wrap(res.SecretString));`,
      'wrap(res.SecretString)',
      'The SecretString of a GetSecretValueCommand response (line 3)',
      'console.log',
    ),
    // request credentials
    invalid(
      `export function h(req) { const auth = req.headers.authorization; console.log('auth', auth); }`,
      'auth',
      'The authorization header of `req` (line 1)',
      'console.log',
      "'auth', ",
    ),
    invalid(
      `export function h(req) { console.log(req.get('authorization')); }`,
      "req.get('authorization')",
      'The authorization header of the request (line 1)',
      'console.log',
    ),
    invalid(
      `export function h(req) { console.log('headers', req.headers); }`,
      'req.headers',
      'The headers of `req` (line 1), which holds secrets,',
      'console.log',
    ),
    invalid(
      `import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/', (c) => { console.log(c.req.header('Authorization')); return c.text('ok'); });`,
      "c.req.header('Authorization')",
      'The Authorization header of the request (line 3)',
      'console.log',
    ),
    invalid(
      `import { headers } from 'next/headers';\nexport async function GET() { console.log(headers().get('authorization')); }`,
      "headers().get('authorization')",
      'The authorization header of the request (line 2)',
      'console.log',
    ),
    invalid(
      `export function h(req) { console.log(req.cookies.session_id); }`,
      'req.cookies.session_id',
      'The cookie `req.cookies.session_id` (line 1)',
      'console.log',
    ),
    // secrets made in code
    invalid(
      `import { randomBytes } from 'crypto';\nexport class S { reset() { const resetToken = randomBytes(32).toString('hex'); this.logger.debug(resetToken); } }`,
      'resetToken',
      'Variable `resetToken` (line 2)',
      'this.logger.debug',
      'debug(',
    ),
    invalid(
      `import jwt from 'jsonwebtoken';\nexport function f(key) { const accessToken = jwt.sign({ sub: 1 }, key); console.log(accessToken); }`,
      'accessToken',
      'Variable `accessToken` (line 2)',
      'console.log',
      'console.log(',
    ),
    // replacements that hide nothing are not sanitizers
    invalid(
      `export function f(password) { console.log(password.replace(/\\s+/g, '')); }`,
      "password.replace(/\\s+/g, '')",
      'Parameter `password` (line 1)',
      'console.log',
    ),
    invalid(
      `export function f(password) { console.log(password.replace(/foo/g, '*')); }`,
      "password.replace(/foo/g, '*')",
      'Parameter `password` (line 1)',
      'console.log',
    ),
    // the secret part of a parsed secret stays secret
    invalid(
      `${AWS}const s = JSON.parse(res.SecretString);\nconsole.log(s.password);`,
      's.password',
      'The SecretString of a GetSecretValueCommand response (line 3)',
      'console.log',
    ),
  ],
});
