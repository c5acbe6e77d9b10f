import rule from '../../src/rules/no-unsafe-secret-comparison.js';
import { runWithBothParsers } from '../rule-tester.js';

const guard = (a: string, b: string, callee = 'timingSafeEqual'): string =>
  `(typeof ${a} === 'string' && typeof ${b} === 'string' && Buffer.byteLength(${a}) === Buffer.byteLength(${b}) && ${callee}(Buffer.from(${a}), Buffer.from(${b})))`;

/** Adversarial inputs: a 500-term concatenation and a 100,000-character name stay linear and quiet. */
const longChain = Array.from({ length: 500 }, (_, i) => `part${i}`).join(' + ');
const longName = `${'a'.repeat(100_000)}Secret`;

runWithBothParsers('no-unsafe-secret-comparison', rule, {
  valid: [
    // content digests for change detection (Astro's content layer): what was hashed is named, nothing is signed
    'observer.subscribe(async (ctx) => { if (ctx.config.digest !== lastConfigDigest) sync(); });',
    'export function sync(options) { if (previousConfigDigest && previousConfigDigest !== astroConfigDigest) clear(options); }',
    'export const changed = (req, manifest) => manifest.digest !== req.body.manifestDigest;',
    `import crypto from 'node:crypto';\nif (isSecret === ${longChain}) {}`,
    `if (${longName} === input) {}`,
    // presence, kind and length checks
    "if (typeof token === 'string') {}",
    'if (token === undefined) {}',
    'if (token == null) {}',
    "if (apiKey === '') {}",
    'if (!token) {}',
    'if (token.length === 32) {}',
    'if (apiKey.length !== expected.length) {}',
    'if (process.env.API_KEY === undefined) {}',
    "if (process.env.NODE_ENV === 'production') {}",
    'if (password === void 0) {}',
    // names that are not secrets, enum-like literals
    "if (secretName === name) {}",
    "if (tokenType === 'Bearer') {}",
    "if (mode === 'secret') {}",
    'if (secretArn === arn) {}',
    'if (isSecret === hasSecret) {}',
    // two constants
    "const A = 'alpha'; const TOKEN = 'token'; if (A === TOKEN) {}",
    "const TOKEN = 'token'; function f(kind) { return kind === TOKEN; }",
    // enum members
    'if (kind === TokenKind.Password) {}',
    "const Kind = { SECRET: 'secret' }; if (mode === Kind.SECRET) {}",
    { code: 'enum Kind { SECRET = 1 } declare const mode: Kind; if (mode === Kind.SECRET) {}', tsOnly: true },
    // a confirmation field compares two inputs of the same user
    'if (password !== confirmPassword) {}',
    'if (form.password === form.passwordConfirmation) {}',
    'if (req.body.password !== req.body.password2) {}',
    // a new password chosen in a form
    'if (data.currentPassword !== data.newPassword) {}',
    'if (value !== values.newPassword) {}',
    // stored hashes: timing reveals a prefix of the hash only
    'if (app.hashedClientSecret !== (await hashToken(clientSecret))) {}',
    // an object key in a bucket
    'if (!attachment.storageKey.startsWith(keyPrefix)) {}',
    // lexer tokens, type signatures: no authentication context
    'if (token === lastToken) {}',
    'if (sourceCode.getTokenBefore(node) === token) {}',
    'if (signature === otherSignature) {}',
    'if (typeSignature === signature) {}',
    // prefix checks against constants
    "if (authHeader.startsWith('Bearer ')) {}",
    "if (apiKey.startsWith(`sk_`)) {}",
    "const PREFIX = 'ghx_'; if (token.startsWith(PREFIX)) {}",
    {
      code: 'if (apiKey.startsWith(input)) {}',
      options: [{ checkPrefixMethods: false }],
    },
    {
      code: 'if (req.query.token === storedToken) {}',
      options: [{ allowNames: ['token', 'storedToken'] }],
    },
    // a keyless hash anyone can compute (the WebSocket accept header), an id: not secrets
    "import { createHash } from 'node:crypto';\nconst digest = createHash('sha1').update(key + GUID).digest('base64');\nif (res.headers['sec-websocket-accept'] !== digest) {}",
    'if (idToken !== firstToken) {}',
    // discriminants and upper-case enum members
    "import { FieldType } from './crypto-enums';\nfields.find((field) => field.type === FieldType.SIGNATURE || sig === FieldType.FREE_SIGNATURE);",
    'if (credential.type === expectedType) {}',
    'if (secretId === req.params.id) {}',
    // nothing attacker-controlled: two server values
    'if (process.env.DATABASE_URL !== process.env.DIRECT_URL) {}',
    'if (config.apiKey === config.previousApiKey) {}',
    // a CSRF double-submit check: both tokens are the requester's
    "export function h(req) { if (req.cookies.csrfToken !== req.headers['x-csrf-token']) throw new Error('csrf'); }",
  ],
  invalid: [
    {
      name: 'a signature on an object not named for content, against a request value, stays reported',
      code: 'export const ok = (req, webhook) => req.headers.signature !== webhook.signature;',
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`req.headers.signature` (signature)', operator: '!==' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nexport const ok = (req, webhook) => !${guard('req.headers.signature', 'webhook.signature', 'timingSafeEqual')};`,
            },
          ],
        },
      ],
    },
    {
      // GitHub-style webhook verification: the header against an HMAC digest
      code: [
        "import crypto from 'node:crypto';",
        'export function verify(req, body) {',
        "  const signature = req.headers['x-hub-signature-256'];",
        "  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');",
        "  if (signature !== expected) throw new Error('bad signature');",
        '}',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`expected` (an HMAC digest)', operator: '!==' },
          line: 5,
          column: 7,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import crypto from 'node:crypto';",
                'export function verify(req, body) {',
                "  const signature = req.headers['x-hub-signature-256'];",
                "  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');",
                `  if (!${guard('signature', 'expected', 'crypto.timingSafeEqual')}) throw new Error('bad signature');`,
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // issue 15: a parameter `crypto` shadows the namespace import, so the fix imports timingSafeEqual itself
      code: [
        "import crypto from 'node:crypto';",
        'export function check(crypto, token) {',
        '  return token === process.env.API_TOKEN;',
        '}',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import crypto, { timingSafeEqual } from 'node:crypto';",
                'export function check(crypto, token) {',
                `  return ${guard('token', 'process.env.API_TOKEN')};`,
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // an API key header against the environment: adds the import after the last one
      code: [
        "import express from 'express';",
        'const app = express();',
        'app.use((req, res, next) => {',
        "  if (req.headers['x-api-key'] === process.env.API_KEY) return next();",
        '  res.sendStatus(401);',
        '});',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: "`req.headers['x-api-key']` (API key)", operator: '===' },
          line: 4,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import express from 'express';",
                "import { timingSafeEqual } from 'node:crypto';",
                'const app = express();',
                'app.use((req, res, next) => {',
                `  if (${guard("req.headers['x-api-key']", 'process.env.API_KEY')}) return next();`,
                '  res.sendStatus(401);',
                '});',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // CommonJS: a require after the last one; a Bearer template is a string by construction
      code: [
        "'use strict';",
        "const express = require('express');",
        'function auth(req) {',
        '  return req.headers.authorization == `Bearer ${process.env.ADMIN_TOKEN}`;',
        '}',
      ].join('\n'),
      filename: 'server.cjs',
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: 'the `authorization` header', operator: '==' },
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "'use strict';",
                "const express = require('express');",
                "const { timingSafeEqual } = require('node:crypto');",
                'function auth(req) {',
                "  return (typeof req.headers.authorization === 'string' && Buffer.byteLength(req.headers.authorization) === Buffer.byteLength(`Bearer ${process.env.ADMIN_TOKEN}`) && timingSafeEqual(Buffer.from(req.headers.authorization), Buffer.from(`Bearer ${process.env.ADMIN_TOKEN}`)));",
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // an import of node:crypto without timingSafeEqual: the name joins it, no second import of the module
      code: [
        "import { createHmac } from 'node:crypto';",
        'export function verify(body, signature) {',
        "  const expected = createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');",
        '  return signature === expected;',
        '}',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import { createHmac, timingSafeEqual } from 'node:crypto';",
                'export function verify(body, signature) {',
                "  const expected = createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');",
                `  return ${guard('signature', 'expected')};`,
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // the same through `crypto` (not `node:crypto`) and a default import next to the named ones
      code: [
        "import nodeCrypto, { randomBytes } from 'crypto';",
        'export const check = (user, input) => user.password === input;',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import nodeCrypto, { randomBytes } from 'crypto';",
                `export const check = (user, input) => ${guard('user.password', 'input', 'nodeCrypto.timingSafeEqual')};`,
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // CommonJS: a destructuring require of crypto gains the name
      code: [
        "const { createHash } = require('crypto');",
        'module.exports.check = (user, input) => user.password === input;',
      ].join('\n'),
      filename: 'check.cjs',
      errors: [
        {
          messageId: 'unsafeComparison',
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "const { createHash, timingSafeEqual } = require('crypto');",
                `module.exports.check = (user, input) => ${guard('user.password', 'input')};`,
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // an existing named import is reused
      code: [
        "import { timingSafeEqual } from 'crypto';",
        'export const check = (user, input) => user.password != input;',
      ].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`user.password` (password)', operator: '!=' },
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import { timingSafeEqual } from 'crypto';",
                `export const check = (user, input) => !${guard('user.password', 'input')};`,
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // a require of crypto is reused
      code: [
        "const nodeCrypto = require('node:crypto');",
        'module.exports = (apiKey, candidate) => apiKey === candidate;',
      ].join('\n'),
      filename: 'server.cjs',
      errors: [
        {
          messageId: 'unsafeComparison',
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "const nodeCrypto = require('node:crypto');",
                `module.exports = (apiKey, candidate) => ${guard('apiKey', 'candidate', 'nodeCrypto.timingSafeEqual')};`,
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // the name timingSafeEqual is taken: import under another name; no imports yet
      code: ['const timingSafeEqual = 1;', 'export const ok = (clientSecret, given) => given === clientSecret;'].join('\n'),
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`clientSecret` (secret)', operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: [
                "import { timingSafeEqual as nodeTimingSafeEqual } from 'node:crypto';",
                'const timingSafeEqual = 1;',
                `export const ok = (clientSecret, given) => ${guard('given', 'clientSecret', 'nodeTimingSafeEqual')};`,
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // operands with calls would run twice: report without a suggestion
      code: "if (req.get('x-api-key') !== getApiKey()) {}",
      errors: [{ messageId: 'unsafeComparison', line: 1, column: 5, suggestions: [] }],
    },
    {
      // a weak name (bare token) against a request value
      code: 'export function ok(req, storedToken) { return req.query.token === storedToken; }',
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`req.query.token` (token)', operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nexport function ok(req, storedToken) { return ${guard('req.query.token', 'storedToken')}; }`,
            },
          ],
        },
      ],
    },
    {
      // a weak name in a file that uses crypto
      code: "import { verifyWith } from './crypto-utils';\nif (signature === computed) {}",
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`signature` (signature)', operator: '===' },
          line: 2,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { verifyWith } from './crypto-utils';\nimport { timingSafeEqual } from 'node:crypto';\nif (${guard('signature', 'computed')}) {}`,
            },
          ],
        },
      ],
    },
    {
      // two signatures, one computed to verify the other (no crypto in sight: the signer is imported)
      code: "export async function verifyTicket(token) {\n  const [payload, signature] = token.split('.');\n  const expectedSignature = await signPayload(payload);\n  return signature === expectedSignature;\n}",
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`signature` (signature)', operator: '===' },
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nexport async function verifyTicket(token) {\n  const [payload, signature] = token.split('.');\n  const expectedSignature = await signPayload(payload);\n  return ${guard('signature', 'expectedSignature')};\n}`,
            },
          ],
        },
      ],
    },
    {
      // a truncated HMAC is still secret-derived
      code: "import { createHmac } from 'node:crypto';\nexport const ok = (mac, data) => mac === createHmac('sha256', key).update(data).digest('hex').slice(0, 16);",
      errors: [{ messageId: 'unsafeComparison', data: { source: 'an HMAC digest', operator: '===' }, suggestions: [] }],
    },
    {
      // prefix checks leak character by character
      code: 'if (process.env.API_SECRET.startsWith(candidate)) {}',
      errors: [
        {
          messageId: 'unsafePrefixComparison',
          data: { source: '`process.env.API_SECRET` (secret)', method: 'startsWith' },
          line: 1,
          column: 5,
        },
      ],
    },
    {
      code: 'if (provided.endsWith(sessionSecret)) {}',
      errors: [{ messageId: 'unsafePrefixComparison', data: { source: '`sessionSecret` (secret)', method: 'endsWith' } }],
    },
    {
      // a secret behind a binding
      code: "const key = process.env.STRIPE_WEBHOOK_SECRET;\nexport const f = (h) => h !== key ? 'no' : 'yes';",
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`key` (`process.env.STRIPE_WEBHOOK_SECRET` (secret))', operator: '!==' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nconst key = process.env.STRIPE_WEBHOOK_SECRET;\nexport const f = (h) => !${guard('h', 'key')} ? 'no' : 'yes';`,
            },
          ],
        },
      ],
    },
    {
      code: 'if (import.meta.env.API_TOKEN === header) {}',
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`import.meta.env.API_TOKEN` (token)', operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nif (${guard('import.meta.env.API_TOKEN', 'header')}) {}`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript wrappers are looked through and parenthesized
      code: "declare const req: { headers: Record<string, string | undefined> }; declare const apiKey: string;\nif ((req.headers['x-api-key'] as string) === apiKey!) {}",
      tsOnly: true,
      errors: [
        {
          messageId: 'unsafeComparison',
          line: 2,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\ndeclare const req: { headers: Record<string, string | undefined> }; declare const apiKey: string;\nif (${guard("(req.headers['x-api-key'] as string)", '(apiKey!)')}) {}`,
            },
          ],
        },
      ],
    },
    {
      // an upper-case member that names a secret is not an enum member
      code: "if (req.headers['x-api-key'] === Config.API_KEY) {}",
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: "`req.headers['x-api-key']` (API key)", operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nif (${guard("req.headers['x-api-key']", 'Config.API_KEY')}) {}`,
            },
          ],
        },
      ],
    },
    {
      // stored plaintext passwords
      code: 'if (req.body.password === user.password) {}',
      errors: [
        {
          messageId: 'unsafeComparison',
          data: { source: '`req.body.password` (password)', operator: '===' },
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `import { timingSafeEqual } from 'node:crypto';\nif (${guard('req.body.password', 'user.password')}) {}`,
            },
          ],
        },
      ],
    },
  ],
});
