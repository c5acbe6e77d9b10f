/**
 * secrets/no-hardcoded-secrets without options: provider detections anywhere, generic secrets bound to a
 * credential name or parameter, the near misses of the issue, messages and `process.env` suggestions.
 * Fake tokens are built at run time (tests/helpers/fake-tokens.ts); none is written here literally.
 */
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { AWS_DOC_ACCESS_KEY_ID, AWS_DOC_SECRET_ACCESS_KEY, FAKE_PROVIDER_TOKENS, fakeAwsAccessKeyId, fakeGithubToken, fakeJwt, fakePrivateKey, randomChars, LOWER_HEX } from '../helpers/fake-tokens.js';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { runWithBothParsers } from '../rule-tester.js';

const docJwt = fakeJwt({ 'urn:example:claim': true, iat: 1669056488, iss: 'urn:example:issuer', aud: 'urn:example:audience' });
const gh = fakeGithubToken('p', 7);
const ghPreview = `"${gh.slice(0, 4)}…", 40 characters`;
const stripe = (FAKE_PROVIDER_TOKENS['stripe-secret-key'] as (s?: number) => string)(5);
const stripePk = `pk_${'live'}_${randomChars(40, undefined, 9)}`;
const googleKey = (FAKE_PROVIDER_TOKENS['google-api-key'] as (s?: number) => string)(4);
const serviceRole = fakeJwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'service_role', iat: 1700000000, exp: 2000000000 });
const anonJwt = fakeJwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'anon', iat: 1700000000, exp: 2000000000 });
const pem = fakePrivateKey('RSA PRIVATE KEY', 256, 3);
// Random-looking values without a provider format: generic secrets when bound to a credential name.
const generic = 'a8F3KD92jf83NF02mx7QP1zl';
const genericPreview = '"a8F3…", 24 characters';
const password = 'Xk9#mP2vL8qRt4w!';
const passwordPreview = '"Xk9#…", 16 characters';
const dbPassword = 'vT7qLm2Zx9Wp4Ns8';
const hex40 = randomChars(40, LOWER_HEX, 11);

const msg = (kind: string, preview: string, secretName: string): string =>
  `Hard-coded ${kind} (${preview}). Move it to your secrets store as ${secretName} and read it at run time.`;

runWithBothParsers('no-hardcoded-secrets', rule, {
  valid: [
    // JSX text that talks about credentials, or shows a placeholder
    'const C = () => <p>Paste your secret key (it starts with sk_live_) and your API token below.</p>;',
    'const C = () => <code>OPENAI_API_KEY=your-api-key-here</code>;',
    // empty, short, env reads
    'const password = "";',
    'const apiKey = "short";',
    'const apiKey = process.env.API_KEY;',
    'const apiKey = process.env.API_KEY ?? "";',
    // placeholders and templates
    'const apiKey = "<YOUR_API_KEY>";',
    'const apiKey = "your-api-key-here";',
    'const password = "changeme";',
    'const token = "xxxxxxxxxxxxxxxxxxxxxxxx";',
    'const apiKey = "${API_KEY}";',
    'const apiKey = `${prefix}${rest}`;',
    // a generic value with no credential name, or passed to an unknown call
    `const requestId = "${generic}";`,
    `track("${generic}");`,
    // ids, hashes, UUIDs, secret names
    'const apiKey = "123e4567-e89b-12d3-a456-426614174000";',
    `const commit = "${hex40}";`,
    `const secretName = "prod/db/password-${generic}";`,
    `client.send(new GetSecretValueCommand({ SecretId: "prod/${generic}" }));`,
    'const passwordHash = "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";',
    'const tokenExpiresAt = "2025-01-01T00:00:00.000Z";',
    'const maxTokens = "4096";',
    'const price = "price_1QfL9mKx2Yb7Nc4Tz8Rw3VpA";',
    // i18n labels, CSS classes, form attributes
    'const messages = { password: "Mot de passe oublié ?", token: "Jeton d’accès personnel" };',
    '<input type="password" name="password" placeholder="Enter your password" autoComplete="current-password" />;',
    '<div className="flex items-center justify-between rounded-lg bg-[#0a0a0a] px-4 py-2" />;',
    // regular expressions and module specifiers
    `const re = /${gh}/;`,
    `const re = new RegExp("${gh}");`,
    'import secrets from "./secrets/production-credentials-store.js";',
    // public by design
    `const stripeKey = "${stripePk}";`,
    `const supabaseAnonKey = "${anonJwt}";`,
    `const app = initializeApp({ apiKey: "${googleKey}", authDomain: "acme.firebaseapp.com", projectId: "acme" });`,
    `const firebaseConfig = { apiKey: "${googleKey}", authDomain: "acme.firebaseapp.com", messagingSenderId: "1234567890" };`,
    `const accessKeyId = "${AWS_DOC_ACCESS_KEY_ID}";`,
    `const secretAccessKey = "${AWS_DOC_SECRET_ACCESS_KEY}";`,
    // Algolia search-only keys (Docusaurus/DocSearch config)
    'export default { themeConfig: { algolia: { appId: "8FEAOD28DI", apiKey: "4b07cca33ff2d2919bc95ff98f148e9e", indexName: "docs" } } };',
    'const search = { appId: "8FEAOD28DI", apiKey: "4b07cca33ff2d2919bc95ff98f148e9e", indexName: "docs" };',
    'Sentry.init({ dsn: "https://0123456789abcdef0123456789abcdef@o123456.ingest.sentry.io/1234567" });',
    // documentation JWT (jwt.io example payload): the detector rates it low, the generic check defers to it
    `const token = "${fakeJwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}";`,
    // documentation JWT issued by and for example names (jose's README, verified in CodeQL's test)
    `const jwt = "${docJwt}";\nawait jose.jwtVerify(jwt, publicKey, { issuer: "urn:example:issuer", audience: "urn:example:audience" });`,
    // a GitHub-format token failing its checksum (a made-up example) is low confidence
    `const token = "${fakeGithubToken('p', 5, false)}";`,
    // collections that are not of credentials
    'const tokens = { colorPrimary: "#3b82f6", fontBody: "Inter, system-ui, sans-serif", radiusLarge: "0.75rem" };',
    `const designTokens = { shadow: "${generic}" };`,
    `const publicKeys = { web: "${generic}" };`,
    // placeholders in comments stay quiet
    // (built at run time: even a placeholder of the live length matches leak scanners)
    `// Set GITHUB_TOKEN to a token like ${'gh' + 'p_' + 'x'.repeat(36)}\nconst x = 1;`,
    // a public key is not a secret
    `const publicKey = "${pem.replace(/RSA PRIVATE/g, 'PUBLIC')}";`.replace(/\n/g, '\\n'),
    // TypeScript type positions
    { code: `type Token = "${gh}";`, tsOnly: true },
    // options
    { code: `const token = "${gh}";`, options: [{ ignoreValues: ['^ghp_'] }] },
    { code: `const fixtureToken = "${gh}";`, options: [{ ignoreIdentifiers: ['^fixture'] }] },
    { code: `const apiKey = "${generic}";`, options: [{ ignoreIdentifiers: ['^apiKey$'] }] },
    { code: `// ${gh}\nconst x = 1;`, options: [{ checkComments: false }] },
    { code: `const apiKey = "${generic}";`, options: [{ minConfidence: 'high' }] },
    // the secrets client's own argument is a secret name
    {
      code: `const token = await getSecret("prod/${generic}");`,
      options: [{ secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } }],
    },
  ],
  invalid: [
    // ——— provider formats, anywhere ———
    {
      name: 'a documentation JWT is reported in strict only (low confidence)',
      code: `const jwt = "${docJwt}";`,
      options: [{ minConfidence: 'low' }],
      errors: [
        {
          messageId: 'providerSecret',
          line: 1,
          column: 13,
          data: { kind: 'JSON Web Token', preview: `"eyJh…", ${docJwt.length} characters`, secretName: 'JWT' },
          suggestions: [{ messageId: 'useEnv', output: 'const jwt = process.env.JWT;' }],
        },
      ],
    },
    {
      name: 'a provider token used as an object key is still a hard-coded token (no fix: a key is no value)',
      code: `const seen = { "${gh}": true };`,
      errors: [{ messageId: 'providerSecret', line: 1, column: 16, data: { kind: 'GitHub personal access token', preview: ghPreview, secretName: 'GITHUB_TOKEN' } }],
    },
    {
      name: 'provider token bound to a generic name: provider secret name',
      code: `const token = "${gh}";`,
      errors: [
        {
          messageId: 'providerSecret',
          line: 1,
          column: 15,
          data: { kind: 'GitHub personal access token', preview: ghPreview, secretName: 'GITHUB_TOKEN' },
          suggestions: [{ messageId: 'useEnv', output: 'const token = process.env.GITHUB_TOKEN;' }],
        },
      ],
    },
    {
      name: 'provider token bound to a specific name keeps that name',
      code: `const DEPLOY_BOT_TOKEN = "${gh}";`,
      errors: [
        {
          messageId: 'providerSecret',
          data: { kind: 'GitHub personal access token', preview: ghPreview, secretName: 'DEPLOY_BOT_TOKEN' },
          suggestions: [{ messageId: 'useEnv', output: 'const DEPLOY_BOT_TOKEN = process.env.DEPLOY_BOT_TOKEN;' }],
        },
      ],
    },
    {
      name: 'provider token passed to an unknown call',
      code: `octokit.auth("${gh}");`,
      errors: [
        {
          messageId: 'providerSecret',
          column: 14,
          suggestions: [{ messageId: 'useEnv', output: 'octokit.auth(process.env.GITHUB_TOKEN);' }],
        },
      ],
    },
    {
      name: 'provider token inside a template literal with expressions: only that part is replaced',
      code: `fetch(\`https://api.example.dev/repos/\${repo}?access_token=${gh}&page=\${page}\`);`,
      errors: [
        {
          messageId: 'providerSecret',
          line: 1,
          column: 59,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'fetch(`https://api.example.dev/repos/${repo}?access_token=${process.env.GITHUB_TOKEN}&page=${page}`);',
            },
          ],
        },
      ],
    },
    {
      name: 'static concatenation is reported once, as a whole',
      code: `const t = "${gh.slice(0, 10)}" + "${gh.slice(10, 25)}" + "${gh.slice(25)}";`,
      errors: [
        {
          messageId: 'providerSecret',
          column: 11,
          suggestions: [{ messageId: 'useEnv', output: 'const t = process.env.GITHUB_TOKEN;' }],
        },
      ],
    },
    {
      name: 'static template literal',
      code: `const stripeClient = new Stripe(\`${stripe}\`);`,
      errors: [
        {
          messageId: 'providerSecret',
          data: { kind: 'Stripe secret key', preview: `"sk_l…", ${stripe.length} characters`, secretName: 'STRIPE_SECRET_KEY' },
          suggestions: [{ messageId: 'useEnv', output: 'const stripeClient = new Stripe(process.env.STRIPE_SECRET_KEY);' }],
        },
      ],
    },
    {
      name: 'provider token in a JSX attribute: braces added',
      code: `<StripeProvider apiKey="${stripe}" />;`,
      errors: [
        {
          messageId: 'providerSecret',
          column: 24,
          data: { kind: 'Stripe secret key', preview: `"sk_l…", ${stripe.length} characters`, secretName: 'STRIPE_SECRET_KEY' },
          suggestions: [{ messageId: 'useEnv', output: '<StripeProvider apiKey={process.env.STRIPE_SECRET_KEY} />;' }],
        },
      ],
    },
    {
      name: 'password in a connection URL: template keeps the rest, name from the binding',
      code: `const DATABASE_URL = "postgres://app:${dbPassword}@db.prod.internal:5432/app";`,
      errors: [
        {
          messageId: 'providerSecret',
          column: 22,
          data: { kind: 'password in a postgres URL', preview: '"vT7q…", 16 characters', secretName: 'DATABASE_PASSWORD' },
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'const DATABASE_URL = `postgres://app:${process.env.DATABASE_PASSWORD}@db.prod.internal:5432/app`;',
            },
          ],
        },
      ],
    },
    {
      name: 'password in a redis URL without a binding',
      code: `createClient({ url: "redis://default:${dbPassword}@cache.prod.internal:6379" });`,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'createClient({ url: `redis://default:${process.env.REDIS_PASSWORD}@cache.prod.internal:6379` });',
            },
          ],
        },
      ],
    },
    {
      name: 'private key in a template literal',
      code: `const signingKey = \`${pem}\`;`,
      errors: [
        {
          messageId: 'providerSecret',
          line: 1,
          column: 20,
          suggestions: [{ messageId: 'useEnv', output: 'const signingKey = process.env.SIGNING_KEY;' }],
        },
      ],
    },
    {
      name: 'Supabase service-role JWT',
      code: `const supabase = createClient(url, "${serviceRole}");`,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const supabase = createClient(url, process.env.SUPABASE_SERVICE_ROLE_KEY);' }],
        },
      ],
    },
    {
      name: 'AWS access key id in an SDK client config',
      code: `new S3Client({ credentials: { accessKeyId: "${fakeAwsAccessKeyId(2)}", secretAccessKey } });`,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey } });',
            },
          ],
        },
      ],
    },
    {
      name: 'token in a comment',
      code: `// temporary: ${gh}\nconst x = 1;`,
      errors: [
        {
          messageId: 'commentSecret',
          line: 1,
          column: 15,
          endColumn: 55,
          data: { kind: 'GitHub personal access token', preview: ghPreview, secretName: 'GITHUB_TOKEN' },
          suggestions: [{ messageId: 'redactComment', output: '// temporary: <redacted>\nconst x = 1;' }],
        },
      ],
    },
    {
      name: 'custom detector',
      code: `const x = "acme_live_${generic}";`,
      options: [{ customDetectors: [{ id: 'acme', pattern: 'acme_live_[A-Za-z0-9]{24}', kind: 'Acme API token' }] }],
      errors: [
        {
          messageId: 'providerSecret',
          data: { kind: 'Acme API token', preview: `"acme…", 34 characters`, secretName: 'ACME_API_TOKEN' },
          suggestions: [{ messageId: 'useEnv', output: 'const x = process.env.ACME_API_TOKEN;' }],
        },
      ],
    },

    // ——— generic secrets, through every kind of binding ———
    {
      name: 'an apiKey next to an unrelated appId is still reported',
      code: `const intercom = { appId: "k3x9", apiKey: "${generic}" };`,
      errors: [{ messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: 'const intercom = { appId: "k3x9", apiKey: process.env.INTERCOM_API_KEY };' }] }],
    },
    {
      name: 'members of a collection of credentials are named by their key',
      code: `const apiKeys = { openai: "${generic}" };\nconfig.passwords = { admin: "${password}" };`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: '"apiKeys.openai"', preview: genericPreview, secretName: 'OPENAI_API_KEY' },
          suggestions: [{ messageId: 'useEnv', output: `const apiKeys = { openai: process.env.OPENAI_API_KEY };\nconfig.passwords = { admin: "${password}" };` }],
        },
        {
          messageId: 'genericSecret',
          data: { kind: 'password', where: '"passwords.admin"', preview: passwordPreview, secretName: 'ADMIN_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: `const apiKeys = { openai: "${generic}" };\nconfig.passwords = { admin: process.env.ADMIN_PASSWORD };` }],
        },
      ],
    },
    {
      name: 'owner prefix without a repeated word',
      code: `const partnerApi = { apiKey: "${generic}" };`,
      errors: [{ messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: 'const partnerApi = { apiKey: process.env.PARTNER_API_KEY };' }] }],
    },
    {
      name: 'variable declarator',
      code: `const apiKey = "${generic}";`,
      errors: [
        {
          messageId: 'genericSecret',
          column: 16,
          data: { kind: 'API key', where: '"apiKey"', preview: genericPreview, secretName: 'API_KEY' },
          suggestions: [{ messageId: 'useEnv', output: 'const apiKey = process.env.API_KEY;' }],
        },
      ],
    },
    {
      name: 'assignment to a member: object name as prefix of a one-word name',
      code: `config.db.password = "${password}";`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'password', where: '"password"', preview: passwordPreview, secretName: 'DB_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: 'config.db.password = process.env.DB_PASSWORD;' }],
        },
      ],
    },
    {
      name: 'object property with a string key',
      code: `const headers = { "x-api-key": "${generic}" };`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: '"x-api-key"', preview: genericPreview, secretName: 'X_API_KEY' },
          suggestions: [{ messageId: 'useEnv', output: 'const headers = { "x-api-key": process.env.X_API_KEY };' }],
        },
      ],
    },
    {
      name: 'nested auth.pass of nodemailer',
      code: `nodemailer.createTransport({ host: "smtp.acme.dev", auth: { user: "mailer", pass: "${password}" } });`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'password', where: 'the "auth.pass" option of nodemailer.createTransport()', preview: passwordPreview, secretName: 'SMTP_PASSWORD' },
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'nodemailer.createTransport({ host: "smtp.acme.dev", auth: { user: "mailer", pass: process.env.SMTP_PASSWORD } });',
            },
          ],
        },
      ],
    },
    {
      name: 'nested object: nearest non-generic key as prefix',
      code: `const settings = { smtp: { auth: { pass: "${password}" } } };`,
      // `pass` is spelled out: the variable is SMTP_PASSWORD, as for createTransport itself.
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'password', where: '"pass"', preview: passwordPreview, secretName: 'SMTP_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: 'const settings = { smtp: { auth: { pass: process.env.SMTP_PASSWORD } } };' }],
        },
      ],
    },
    {
      name: 'abbreviated password names become PASSWORD env names',
      code: `const smtpPass = "${password}";\nconst db = { pwd: "${password}" };`,
      errors: [
        {
          messageId: 'genericSecret',
          line: 1,
          data: { kind: 'password', where: '"smtpPass"', preview: passwordPreview, secretName: 'SMTP_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: `const smtpPass = process.env.SMTP_PASSWORD;\nconst db = { pwd: "${password}" };` }],
        },
        {
          messageId: 'genericSecret',
          line: 2,
          data: { kind: 'password', where: '"pwd"', preview: passwordPreview, secretName: 'DB_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: `const smtpPass = "${password}";\nconst db = { pwd: process.env.DB_PASSWORD };` }],
        },
      ],
    },
    {
      name: 'class field',
      code: `class Client { private clientSecret = "${generic}"; }`,
      tsOnly: true,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'class Client { private clientSecret = process.env.CLIENT_SECRET; }' }],
        },
      ],
    },
    {
      name: 'default parameter',
      code: `function connect(user, password = "${password}") {}`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'function connect(user, password = process.env.PASSWORD) {}' }],
        },
      ],
    },
    {
      name: 'destructuring default',
      code: `const { apiKey = "${generic}" } = options;`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const { apiKey = process.env.API_KEY } = options;' }],
        },
      ],
    },
    {
      name: 'JSX attribute',
      code: `<Provider apiKey="${generic}" />;`,
      errors: [
        {
          messageId: 'genericSecret',
          column: 18,
          suggestions: [{ messageId: 'useEnv', output: '<Provider apiKey={process.env.API_KEY} />;' }],
        },
      ],
    },
    {
      name: 'a provider token in JSX text: reported where it is written, with no suggestion',
      code: `const C = () => <pre>\n  export GH_TOKEN=${gh}\n</pre>;`,
      errors: [{ messageId: 'textSecret', line: 2, column: 19, endColumn: 19 + gh.length, suggestions: [] }],
    },
    {
      name: 'JSX attribute with an expression container',
      code: `<Provider apiKey={"${generic}"} />;`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: '<Provider apiKey={process.env.API_KEY} />;' }],
        },
      ],
    },
    {
      name: '?? fallback after an env read: the suggestion removes the fallback',
      code: `const key = process.env.API_KEY ?? "${generic}";`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: '"API_KEY"', preview: genericPreview, secretName: 'API_KEY' },
          suggestions: [{ messageId: 'removeFallback', output: 'const key = process.env.API_KEY;' }],
        },
      ],
    },
    {
      name: '|| fallback of a non-sensitive env name bound to a sensitive variable',
      code: `const jwtSecret = process.env.JWT || "${generic}";`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'secret', where: '"jwtSecret"', preview: genericPreview, secretName: 'JWT_SECRET' },
          suggestions: [{ messageId: 'removeFallback', output: 'const jwtSecret = process.env.JWT;' }],
        },
      ],
    },
    {
      name: 'elements of a sensitive-named array',
      code: `const apiKeys = ["${generic}", "${generic.split('').reverse().join('')}"];`,
      errors: [
        {
          messageId: 'genericSecret',
          column: 18,
          suggestions: [{ messageId: 'useEnv', output: `const apiKeys = [process.env.API_KEYS_1, "${generic.split('').reverse().join('')}"];` }],
        },
        {
          messageId: 'genericSecret',
          column: 46,
          suggestions: [{ messageId: 'useEnv', output: `const apiKeys = ["${generic}", process.env.API_KEYS_2];` }],
        },
      ],
    },
    {
      name: 'express-session secret (also in an array of secrets)',
      code: `app.use(session({ secret: ["${generic}"], resave: false }));`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'app.use(session({ secret: [process.env.SESSION_SECRET_1], resave: false }));' }],
        },
      ],
    },
    {
      name: 'jsonwebtoken sign and verify',
      code: `jwt.sign(payload, "${generic}"); jwt.verify(token, "${generic}", options);`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'secret', where: 'the secret of jwt.sign()', preview: genericPreview, secretName: 'JWT_SECRET' },
          suggestions: [{ messageId: 'useEnv', output: `jwt.sign(payload, process.env.JWT_SECRET); jwt.verify(token, "${generic}", options);` }],
        },
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: `jwt.sign(payload, "${generic}"); jwt.verify(token, process.env.JWT_SECRET, options);` }],
        },
      ],
    },
    {
      name: 'jose secret through TextEncoder',
      code: `await jwtVerify(token, new TextEncoder().encode("${generic}"));`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET));' }],
        },
      ],
    },
    {
      name: 'crypto.createHmac key',
      code: `crypto.createHmac("sha256", "${generic}").update(body).digest("hex");`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'crypto.createHmac("sha256", process.env.HMAC_SECRET).update(body).digest("hex");' }],
        },
      ],
    },
    {
      name: 'pg Pool password',
      code: `const pool = new Pool({ host: "db", user: "app", password: "${dbPassword}" });`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const pool = new Pool({ host: "db", user: "app", password: process.env.DATABASE_PASSWORD });' }],
        },
      ],
    },
    {
      name: 'mysql createConnection password',
      code: `mysql.createConnection({ user: "root", password: "${dbPassword}" });`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'mysql.createConnection({ user: "root", password: process.env.DATABASE_PASSWORD });' }],
        },
      ],
    },
    {
      name: 'aws-sdk secretAccessKey',
      code: `new S3Client({ credentials: { accessKeyId, secretAccessKey: "${generic}x${generic}" } });`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'new S3Client({ credentials: { accessKeyId, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY } });',
            },
          ],
        },
      ],
    },
    {
      name: 'new Stripe(key) with a non-standard value',
      code: `const stripe = new Stripe("${generic}");`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: 'the API key of new Stripe()', preview: genericPreview, secretName: 'STRIPE_SECRET_KEY' },
          suggestions: [{ messageId: 'useEnv', output: 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);' }],
        },
      ],
    },
    {
      name: 'new OpenAI({ apiKey })',
      code: `const openai = new OpenAI({ apiKey: "${generic}" });`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });' }],
        },
      ],
    },
    {
      name: 'new Octokit({ auth })',
      code: `const octokit = new Octokit({ auth: "${generic}" });`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'token', where: 'the "auth" option of new Octokit()', preview: genericPreview, secretName: 'GITHUB_TOKEN' },
          suggestions: [{ messageId: 'useEnv', output: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });' }],
        },
      ],
    },
    {
      name: 'Sequelize positional password',
      code: `const sequelize = new Sequelize("shop", "app", "${dbPassword}", { dialect: "postgres" });`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'const sequelize = new Sequelize("shop", "app", process.env.DATABASE_PASSWORD, { dialect: "postgres" });',
            },
          ],
        },
      ],
    },
    {
      name: 'express-basic-auth users',
      code: `app.use(basicAuth({ users: { admin: "${password}" } }));`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'password', where: 'the "users.admin" option of basicAuth()', preview: passwordPreview, secretName: 'ADMIN_PASSWORD' },
          suggestions: [{ messageId: 'useEnv', output: 'app.use(basicAuth({ users: { admin: process.env.ADMIN_PASSWORD } }));' }],
        },
      ],
    },
    {
      name: 'setter of a credential (SendGrid\'s is a known position)',
      code: `sgMail.setApiKey("${generic}");\nmailer.setApiKey("${generic}");`,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: `sgMail.setApiKey(process.env.SENDGRID_API_KEY);\nmailer.setApiKey("${generic}");` }],
        },
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: `sgMail.setApiKey("${generic}");\nmailer.setApiKey(process.env.API_KEY);` }],
        },
      ],
    },
    {
      name: 'TS wrappers are transparent',
      code: `const apiKey = "${generic}" as string;`,
      tsOnly: true,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const apiKey = process.env.API_KEY as string;' }],
        },
      ],
    },
    {
      name: 'tagged templates are inspected but not rewritten (the tag would see a different value)',
      code: `const res = await sql\`SELECT * FROM keys WHERE token = '${gh}'\`;`,
      errors: [{ messageId: 'providerSecret', suggestions: [] }],
    },
    {
      name: 'a static concatenation holding a URL password becomes a template',
      code: `const url = "mysql://root:" + "${dbPassword}" + "@db.internal/shop";`,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const url = `mysql://root:${process.env.DATABASE_PASSWORD}@db.internal/shop`;' }],
        },
      ],
    },
    {
      name: 'escapes in the rest of a rewritten string are kept',
      code: `const url = "redis://:${dbPassword}@cache.internal:6379/0?name=\\u0060x\\u0060";`,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [{ messageId: 'useEnv', output: 'const url = `redis://:${process.env.REDIS_PASSWORD}@cache.internal:6379/0?name=\\`x\\``;' }],
        },
      ],
    },
    {
      name: 'string enum members are reported without a fix (computed values are not allowed there)',
      code: `enum Keys { Token = "${gh}" }`,
      tsOnly: true,
      errors: [{ messageId: 'providerSecret', suggestions: [] }],
    },
  ],
});

export { msg };

describe('no-hardcoded-secrets options', () => {
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter({ configType: 'flat' }).verify('const apiKey = "q7Rk2XvP9mLw4TzN8bYc3HdF";', [
      {
        plugins: { secrets: { rules: { 'no-hardcoded-secrets': rule as never } } },
        rules: { 'secrets/no-hardcoded-secrets': ['error', options] },
      },
    ]);

  it('rejects an invalid regular expression with a message naming the option', () => {
    expect(() => lint({ ignoreValues: ['ok', '(unclosed'] })).toThrow(
      /^Error while loading rule 'secrets\/no-hardcoded-secrets': option `ignoreValues\[1\]` is not a valid regular expression: Invalid regular expression: .*Unterminated group/u,
    );
    expect(() => lint({ ignoreIdentifiers: ['[z-a]'] })).toThrow(/option `ignoreIdentifiers\[0\]` is not a valid regular expression/u);
  });

  it('rejects unknown options and an incomplete secretsClient through the schema', () => {
    expect(() => lint({ secretClient: {} })).toThrow(/should NOT have additional properties|must NOT have additional properties/u);
    expect(() => lint({ secretsClient: { importFrom: '~/lib/secrets' } })).toThrow(/importName/u);
  });

  it('names the allowed values of minConfidence', () => {
    expect(() => lint({ minConfidence: 'certain' })).toThrow(
      'option `minConfidence` is "certain"; it must be one of "high", "medium", "low".',
    );
  });

  it('never prints the value', () => {
    const [message] = lint({});
    expect(message?.message).toContain('"q7Rk…", 24 characters');
    expect(message?.message).not.toContain('q7Rk2XvP9mLw4TzN8bYc3HdF');
  });
});
