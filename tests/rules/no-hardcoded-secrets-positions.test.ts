/**
 * secrets/no-hardcoded-secrets on credential positions (credential-positions.ts): any literal written where
 * an API takes a credential is a hard-coded one, guessable or not; the fallbacks and defaults of secrets;
 * values bound only to a credential name (people's passwords: `strict`, or three character classes).
 * Near misses first: what can never be a credential, and the UI text, field names, routes, selectors and
 * env reads that share names with credentials.
 */
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { randomChars, LOWER_HEX } from '../helpers/fake-tokens.js';
import { runWithBothParsers } from '../rule-tester.js';

const strict = [{ minConfidence: 'low' }] as [{ minConfidence: 'low' }];
const random = randomChars(24, undefined, 31);
const randomHex = randomChars(32, LOWER_HEX, 32);

/** A single user record, a list of records without an identity, a chosen password among seed users. */
const seedNearMisses =
  "const admin = { email: 'admin@acme.io', password: 'admin' };\nconst pools = [{ host: 'a', password: 'root' }, { host: 'b', password: 'root' }];\nconst users = [{ email: 'a@acme.io', password: 'S3cure!Pass' }, { email: 'b@acme.io', password: 'x' }];";

const guessable = (kind: string, where: string, preview: string, secretName: string) => ({
  messageId: 'guessableSecret' as const,
  data: { kind, where, preview, secretName },
});

/** The `process.env` suggestion: `literal` (as written, quotes included) replaced in `code`. */
const useEnv = (code: string, literal: string, secretName: string) => [
  { messageId: 'useEnv' as const, output: code.replace(literal, `process.env.${secretName}`) },
];

/** One guessable finding on `literal`, with its `process.env` suggestion. */
function reported(code: string, literal: string, secretName: string, extra: Record<string, unknown> = {}) {
  return { code, errors: [{ messageId: 'guessableSecret' as const, suggestions: useEnv(code, literal, secretName), ...extra }] };
}

runWithBothParsers('no-hardcoded-secrets: credential positions', rule, {
  valid: [
    // ——— values that cannot be a credential, in positions ———
    'app.use(session({ secret: "" }));',
    'app.use(session({ secret: "   " }));',
    'app.use(session({ secret: "********" }));',
    'app.use(session({ secret: "xxxxxxxxxxxx" }));',
    'app.use(session({ secret: "aaaaaaaaaaaa" }));',
    'new Pool({ password: "${DB_PASSWORD}" });',
    'new Pool({ password: "{{ secrets.DB_PASSWORD }}" });',
    'new Pool({ password: "%DB_PASSWORD%" });',
    'new Pool({ password: "$DB_PASSWORD" });',
    'new Pool({ password: "<password>" });',
    'new Pool({ password: "your-password" });',
    'mysql.createConnection({ user: "root", password: "REPLACE_ME" });',
    'const openai = new OpenAI({ apiKey: "<YOUR_OPENAI_API_KEY>" });',
    'const stripe = new Stripe("insert-your-stripe-key-here");',
    'jwt.verify(token, "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOC\\n-----END PUBLIC KEY-----");',
    // ——— not a literal, or not a known position ———
    'app.use(session({ secret: process.env.SESSION_SECRET }));',
    'app.use(session({ secret: config.session.secret, resave: false }));',
    'jwt.sign(payload, secret);',
    'jwt.sign(payload, getSecret("JWT_SECRET"));',
    'app.use(session({ name: "sid", cookie: { sameSite: "lax" } }));',
    'crypto.createHash("sha256").update("hello world");',
    'crypto.createHmac("sha256", key).update("payload");',
    'new Pool({ host: "db.internal", user: "app", database: "shop" });',
    // the payload of jwt.sign is no secret; its options neither
    'jwt.sign({ sub: "user-1", role: "admin" }, process.env.JWT_SECRET, { expiresIn: "1h", algorithm: "HS256" });',
    // an API of another package with the same name
    'import { sign } from "tweetnacl";\nsign("message", "not a jwt secret");',
    'import { Pool } from "generic-pool";\nnew Pool({ password: "not-a-db" });',
    'import { createClient } from "@supabase/supabase-js";\ncreateClient(url, { password: "abc" });',
    'const jwt = require("@tsndr/cloudflare-worker-jwt");\njwt.verify(token, "anything");',
    // a configuration type of another package, or not imported: not trusted by its name
    { code: "import type { Options } from './options';\nconst options: Options = { password: 'not-a-db-password' };", tsOnly: true },
    { code: "const options: SessionOptions = { password: 'unknown-type' };", tsOnly: true },
    { code: "import type { NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = { secret: process.env.AUTH_SECRET, providers: [] };", tsOnly: true },
    // btoa of something that is not user:password
    "const encoded = btoa('hello world');",
    'const basic = btoa(`${user}:${password}`);',
    // credentials joined by hand from what is not a constant, or not as user:password
    "const PASS = process.env.BASIC_AUTH_PASSWORD;\nconst basic = btoa(`admin:${PASS}`);",
    'function header(user, pass) { return btoa(user + ":" + pass); }',
    "const HOST = 'db.internal';\nconst basic = btoa(`${HOST}/${HOST}`);",
    "const PASS = 'letmein';\nconst basic = btoa(`admin:${PASS}@host`);",
    "const PASS = 'letmein';\nconst basic = Buffer.from(`admin:${PASS}`).toString('hex');\nconst id = encodeURIComponent(`admin:${PASS}`);",
    "const base64 = require('base-64');\nconst NAME = 'report';\nconst file = base64.encode(`${NAME}.csv`);",
    // KDFs over the user's input
    "crypto.scryptSync(req.body.password, salt, 64);",
    // a variable assigned twice is not a constant
    'let secret = "first";\nsecret = process.env.SECRET;\njwt.sign(payload, secret);',
    // a connection string without a password, or with a reference
    'mongoose.connect("mongodb://localhost:27017/app");',
    'mongoose.connect("mongodb+srv://app:<password>@cluster0.mongodb.net/app");',
    'new Pool({ connectionString: "postgres://app@db.internal/shop" });',
    // CONTRIBUTING's example: the env read, and another package's cookieSession
    "import cookieSession from 'cookie-session';\napp.use(cookieSession({ secret: process.env.SESSION_SECRET }));",
    "import { cookieSession } from 'hono-sessions';\napp.use(cookieSession({ secret: 'hgfedcba' }));",
    // the format spelled out: `user:password` names the parts, it is no credential
    'mongoose.connect("mongodb://user:password@localhost:27017/app");',
    'new Pool({ connectionString: "postgres://username:pass@db.internal/shop" });',
    'require("http").request({ auth: "user:password" });',
    'require("http").request({ auth: "user:mypassword" });',
    // the fallback of a variable the app declares public (NEXT_PUBLIC_…), in a public-by-design Algolia config
    'const search = { appId: process.env.NEXT_PUBLIC_ALGOLIA_APP_ID || "temp", apiKey: process.env.NEXT_PUBLIC_ALGOLIA_API_KEY || "temp", indexName: "docs" };',
    'const key = process.env.NEXT_PUBLIC_API_KEY || "demo";',
    // in tests, a guessable secret is a fixture
    { code: 'jwt.sign(payload, "test");', filename: 'integration-tests/helpers/create-admin-user.ts' },
    // seed data: the passwords of development users
    { code: 'export const users = { admin: { email: "admin@example.com", password: "Password#123" } };', filename: 'packages/database/src/seed/constants.ts' },
    { code: 'await db.user.create({ data: { email: "a@b.c", password: await hash("Admin@1234") } });\nconst adminPassword = "Admin@1234";', filename: 'prisma/seed.ts' },
    { code: 'export const constants = { JWT_SECRET: "test-jwt-secret" };\njwt.sign(payload, "fixture");', filename: 'apps/web/vitestSetup.ts' },
    { code: 'jwt.sign(payload, "test-secret");', filename: 'src/auth/token.test.ts' },
    { code: 'app.use(session({ secret: "keyboard cat" }));', filename: 'test/app.js' },

    // ——— fallbacks and defaults that are no secret ———
    'const port = process.env.PORT || "3000";',
    'const env = process.env.NODE_ENV ?? "development";',
    'const apiUrl = process.env.API_URL || "http://localhost:3000";',
    'const secret = process.env.SESSION_SECRET || "";',
    'const label = props.passwordLabel || "Password";',
    'const mode = options.secretMode ?? "strict";',
    'function render({ placeholder = "Enter your password", type = "password" }) {}',
    'function input(name = "password") {}',

    // ——— names that share words with credentials, bound to UI text, fields, routes, selectors, env reads ———
    { code: 'const messages = { password: "Password", secret: "Secret", token: "Token" };', options: strict },
    // a provider's credential that is not configured (ever-gauzy's auth strategies); an Nx e2e project's users
    "const config = { clientID: auth0.clientID ?? 'disabled', clientSecret: auth0.clientSecret ?? 'disabled' };",
    "const twitter = { consumerSecret: process.env.TWITTER_CONSUMER_SECRET || 'none' };",
    "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'unset');",
    { code: "export const LoginPageData = { email: 'admin@ever.co', password: 'admin' };", filename: 'apps/gauzy-e2e/src/support/LoginPageData.ts', options: strict },
    // the weak passwords of seed or demo users, one record among several
    {
      code: "export const DEFAULT_EMPLOYEES = [\n  { email: 'ruslan@example-ever.co', password: '12345678', firstName: 'Ruslan' },\n  { email: 'alex@example-ever.co', password: '12345678', firstName: 'Alex' },\n];",
      options: strict,
    },
    { code: 'const labels = { password: "Passwort", confirmPassword: "Passwort bestätigen" };', options: strict },
    { code: 'const errors = { password: "Password must be at least 8 characters.", secret: "Required" };', options: strict },
    { code: 'const password = "Enter your password";', options: strict },
    { code: 'const hints = { password: "auth.password.hint", token: "errors.tokenExpired" };', options: strict },
    { code: 'const PASSWORD_FIELD = "password";\nconst fields = { password: "newPassword", secret: "client_secret" };', options: strict },
    { code: 'const routes = { password: "/reset-password", secret: "/settings/secrets" };', options: strict },
    { code: 'const selectors = { password: "#password", passwordInput: "input[name=password]", secret: "[data-testid=secret]" };', options: strict },
    { code: 'const PASSWORD = "PASSWORD_RESET";\nconst secret = "SECRET_KEY";', options: strict },
    { code: 'const password = process.env.DB_PASSWORD;\nconst secret = import.meta.env.VITE_SECRET;', options: strict },
    { code: 'const password = "••••••••";\nconst secret = "";', options: strict },
    { code: '<input type="password" name="password" autoComplete="current-password" placeholder="Password" />;', options: strict },
    // error codes and messages keyed by credential names (seen in NestJS and Express apps)
    { code: "throw new UnprocessableEntityException({ errors: { password: 'incorrectPassword', oldPassword: 'missingOldPassword' } });", options: strict },
    { code: "throw new HttpException(422, { errors: { password: [\"can't be blank\"], 'email or password': ['is invalid'] } });", options: strict },
    // a list of known placeholders that the code refuses, not secrets
    { code: "const PLACEHOLDER_SECRETS = { AUTH_JWT_SECRET: 'secret', AUTH_REFRESH_SECRET: 'secret_for_refresh' };", options: strict },
    { code: "const weakPasswords = { admin: 'admin123', root: 'toor' };", options: strict },
    { code: "const PLACEHOLDER_SECRETS = { AUTH_REFRESH_SECRET: 'secret_for_refresh' } as const;", options: strict, tsOnly: true },
    // database columns, input types, icons and schema types keyed by credential names
    { code: "const columns = { password: 'hashed_password', token: 'remember_token', secret: 'encrypted_secret' };", options: strict },
    { code: "const inputs = { password: 'hidden', secret: 'text' };\nconst icons = { password: 'lock' };", options: strict },
    { code: "const typeDefs = { password: 'String!', token: '[ID!]!' };", options: strict },
    // prefixes, fixtures and mocks named after credentials
    { code: "const options = { clientId: 'fbo_', clientSecret: 'fbocs_' };", options: strict },
    { code: "export const password = 'test123';\nconst env = { SMTP_PASSWORD: 'mock-smtp-password', ENCRYPTION_KEY: 'mock-encryption-key' };", options: strict },
    // kebab- and snake-case values are not three-class passwords in recommended
    'process.env.BETTER_AUTH_SECRET ??= "integration-test-better-auth-secret-0123456789abcdef";',
    'const constants = { GITHUB_SECRET: "test-githubID" };',
    { code: 'const token = "abc";\nconst apiKey = "demo";', options: strict },
    // in recommended, a name-bound value must look like a person's password
    'const password = "hunter22";',
    'const adminPassword = "supersecret";',
    'const sessionSecret = "my secret phrase";',
  ],
  invalid: [
    // ——— the examples ———
    {
      name: 'express-session with the documentation secret',
      code: "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));",
      errors: [
        {
          ...guessable('secret', 'the "secret" option of session()', '12 characters', 'SESSION_SECRET'),
          line: 2,
          column: 27,
          endColumn: 41,
          suggestions: useEnv("const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));", "'keyboard cat'", 'SESSION_SECRET'),
        },
      ],
    },
    {
      name: 'jwt.sign with a guessable secret, imported as ES module',
      code: "import jwt from 'jsonwebtoken';\njwt.sign(payload, 'my-jwt-secret');",
      errors: [
        {
          ...guessable('secret', 'the secret of jwt.sign()', '"my-j…", 13 characters', 'JWT_SECRET'),
          line: 2,
          column: 19,
          suggestions: useEnv("import jwt from 'jsonwebtoken';\njwt.sign(payload, 'my-jwt-secret');", "'my-jwt-secret'", 'JWT_SECRET'),
        },
      ],
    },
    {
      name: 'a password of new Pool() that mixes classes and contains a placeholder word',
      code: "new Pool({ host: 'db', user: 'app', password: 'S3cureP@ssw0rd!' });",
      errors: [
        {
          ...guessable('password', 'the "password" option of new Pool()', '"S3cu…", 15 characters', 'DATABASE_PASSWORD'),
          suggestions: useEnv("new Pool({ host: 'db', user: 'app', password: 'S3cureP@ssw0rd!' });", "'S3cureP@ssw0rd!'", 'DATABASE_PASSWORD'),
        },
      ],
    },
    {
      name: 'createHmac imported by name from node:crypto',
      code: "import { createHmac } from 'node:crypto';\ncreateHmac('sha256', 'webhook-signing-key');",
      errors: [
        {
          ...guessable('secret', 'the key of createHmac()', '"webh…", 19 characters', 'HMAC_SECRET'),
          suggestions: useEnv("import { createHmac } from 'node:crypto';\ncreateHmac('sha256', 'webhook-signing-key');", "'webhook-signing-key'", 'HMAC_SECRET'),
        },
      ],
    },
    {
      name: 'a secret env fallback: the suggestion removes the fallback',
      code: "const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';",
      errors: [
        {
          ...guessable('secret', '"JWT_SECRET"', '"dev-…", 20 characters', 'JWT_SECRET'),
          suggestions: [{ messageId: 'removeFallback', output: 'const JWT_SECRET = process.env.JWT_SECRET;' }],
        },
      ],
    },

    // ——— sessions, cookies, auth frameworks ———
    {
      name: 'cookie-session keys: each one, named by its index',
      code: "const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));",
      errors: [
        { messageId: 'guessableSecret', suggestions: useEnv("const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));", "'key1'", 'SESSION_KEYS_1') },
        { messageId: 'guessableSecret', suggestions: useEnv("const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));", "'key2'", 'SESSION_KEYS_2') },
      ],
    },
    {
      name: 'a module called as it is required',
      code: "require('cookie-session')({ secret: 'changeme' });",
      errors: [
        {
          ...guessable('secret', `the "secret" option of require('cookie-session')()`, '8 characters', 'SESSION_SECRET'),
          suggestions: useEnv("require('cookie-session')({ secret: 'changeme' });", "'changeme'", 'SESSION_SECRET'),
        },
      ],
    },
    {
      name: 'cookie-parser by its conventional name',
      code: "app.use(cookieParser('secret'));",
      errors: [{ ...guessable('secret', 'the secret of cookieParser()', '6 characters', 'COOKIE_SECRET'), suggestions: useEnv("app.use(cookieParser('secret'));", "'secret'", 'COOKIE_SECRET') }],
    },
    { name: 'cookie-session (CONTRIBUTING\'s example)', ...reported("import cookieSession from 'cookie-session';\napp.use(cookieSession({ secret: 'hgfedcba' }));", "'hgfedcba'", 'SESSION_SECRET') },
    { name: 'a default import under another name', ...reported("import sess from 'express-session';\napp.use(sess({ secret: 'abc', resave: false }));", "'abc'", 'SESSION_SECRET') },
    {
      name: 'Remix cookie session secrets',
      ...reported("import { createCookieSessionStorage } from '@remix-run/node';\nexport const storage = createCookieSessionStorage({ cookie: { name: 'theme', secrets: ['insecure-secret-do-not-care'] } });", "'insecure-secret-do-not-care'", 'SESSION_SECRET_1'),
    },
    { name: 'iron-session', ...reported("import { getIronSession } from 'iron-session';\nawait getIronSession(cookies(), { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' });", "'complex_password_at_least_32_characters_long'", 'SESSION_PASSWORD') },
    { name: 'next-auth', ...reported("import NextAuth from 'next-auth';\nexport default NextAuth({ secret: 'nextauth-secret', providers: [] });", "'nextauth-secret'", 'AUTH_SECRET', { data: { kind: 'secret', where: 'the "secret" option of NextAuth()', preview: '"next…", 15 characters', secretName: 'AUTH_SECRET' } }) },
    { name: 'better-auth', ...reported("import { betterAuth } from 'better-auth';\nexport const auth = betterAuth({ secret: 'better-auth-secret' });", "'better-auth-secret'", 'BETTER_AUTH_SECRET') },
    { name: 'express-jwt', ...reported("app.use(expressjwt({ secret: 'shhhhh', algorithms: ['HS256'] }));", "'shhhhh'", 'JWT_SECRET') },
    { name: 'koa-jwt', ...reported("const jwt = require('koa-jwt');\napp.use(jwt({ secret: 'shared-secret' }));", "'shared-secret'", 'JWT_SECRET') },
    { name: 'hono/jwt', ...reported("import { jwt } from 'hono/jwt';\napp.use('/api/*', jwt({ secret: 'it-is-very-secret' }));", "'it-is-very-secret'", 'JWT_SECRET') },
    {
      name: 'a Fastify plugin registered with its secret',
      ...reported("fastify.register(require('@fastify/jwt'), { secret: 'supersecret' });", "'supersecret'", 'JWT_SECRET', {
        data: { kind: 'secret', where: 'the "secret" option of fastify.register()', preview: '11 characters', secretName: 'JWT_SECRET' },
      }),
    },
    { name: 'a Fastify plugin imported', ...reported("import fastifyCookie from '@fastify/cookie';\nawait app.register(fastifyCookie, { secret: 'my-secret' });", "'my-secret'", 'COOKIE_SECRET') },
    {
      name: 'NestJS JwtModule.register',
      tsOnly: true,
      ...reported("@Module({ imports: [JwtModule.register({ secret: 'secretKey', signOptions: { expiresIn: '60s' } })] })\nclass AuthModule {}", "'secretKey'", 'JWT_SECRET'),
    },
    { name: 'an injected JwtService', ...reported('class A { constructor(jwtService) { this.jwtService = jwtService; } issue(p) { return this.jwtService.sign(p, { secret: "refresh-secret" }); } }', '"refresh-secret"', 'JWT_SECRET') },
    {
      name: 'passport-jwt secretOrKey, wherever it is written',
      ...reported("class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ jwtFromRequest, secretOrKey: 'secretKey' }); } }", "'secretKey'", 'JWT_SECRET', {
        data: { kind: 'secret', where: '"secretOrKey"', preview: '9 characters', secretName: 'JWT_SECRET' },
      }),
    },
    {
      name: 'an OAuth strategy client secret',
      ...reported("passport.use(new GoogleStrategy({ clientID: '1234.apps.googleusercontent.com', clientSecret: 'google-secret' }, verify));", "'google-secret'", 'CLIENT_SECRET', {
        data: { kind: 'secret', where: 'the "clientSecret" option of new GoogleStrategy()', preview: '"goog…", 13 characters', secretName: 'CLIENT_SECRET' },
      }),
    },
    { name: 'an Auth.js provider imported from its module', ...reported("import GitHub from 'next-auth/providers/github';\nGitHub({ clientId: 'Iv1.abc', clientSecret: 'gh-client-secret' });", "'gh-client-secret'", 'CLIENT_SECRET') },
    {
      name: 'Koa signed-cookie keys',
      code: "app.keys = ['im a newer secret', 'i like turtle'];",
      errors: [
        { messageId: 'guessableSecret', suggestions: useEnv("app.keys = ['im a newer secret', 'i like turtle'];", "'im a newer secret'", 'SESSION_KEYS_1') },
        { messageId: 'guessableSecret', suggestions: useEnv("app.keys = ['im a newer secret', 'i like turtle'];", "'i like turtle'", 'SESSION_KEYS_2') },
      ],
    },

    // ——— crypto ———
    {
      name: 'a cipher key',
      ...reported("const crypto = require('crypto');\ncrypto.createCipheriv('aes-256-cbc', 'my-encryption-key', iv);", "'my-encryption-key'", 'ENCRYPTION_KEY', {
        data: { kind: 'private key', where: 'the key of crypto.createCipheriv()', preview: '"my-e…", 17 characters', secretName: 'ENCRYPTION_KEY' },
      }),
    },
    { name: 'crypto required inline', ...reported("require('crypto').createHmac('sha256', 'hgfedcba');", "'hgfedcba'", 'HMAC_SECRET') },
    {
      name: 'crypto-js AES',
      ...reported("import CryptoJS from 'crypto-js';\nCryptoJS.AES.encrypt(message, 'secret key 123').toString();", "'secret key 123'", 'ENCRYPTION_KEY', {
        data: { kind: 'private key', where: 'the key of CryptoJS.AES.encrypt()', preview: '"secr…", 14 characters', secretName: 'ENCRYPTION_KEY' },
      }),
    },
    { name: 'a crypto-js module of its own', ...reported("require('crypto-js/aes').encrypt('my message', 'hgfedcba');", "'hgfedcba'", 'ENCRYPTION_KEY') },
    { name: 'crypto-js HMAC', ...reported("const sig = CryptoJS.HmacSHA256(body, 'webhook');", "'webhook'", 'HMAC_SECRET') },
    {
      name: 'jose SignJWT chain, through TextEncoder',
      ...reported("import { SignJWT } from 'jose';\nawait new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('jose-secret'));", "'jose-secret'", 'JWT_SECRET', {
        data: { kind: 'secret', where: 'the secret of new SignJWT(…).sign()', preview: '11 characters', secretName: 'JWT_SECRET' },
      }),
    },
    { name: 'jose jwtVerify', ...reported("import { jwtVerify } from 'jose';\nawait jwtVerify(token, new TextEncoder().encode('jose-secret'));", "'jose-secret'", 'JWT_SECRET') },
    { name: 'jwt-simple', ...reported("jwtSimple.encode(payload, 'xxx-secret');", "'xxx-secret'", 'JWT_SECRET') },

    // ——— databases ———
    {
      name: 'pg Client destructured from require',
      ...reported("const { Client } = require('pg');\nconst client = new Client({ user: 'app', password: 'postgres', host: 'db.prod.example.com' });", "'postgres'", 'DATABASE_PASSWORD', {
        data: { kind: 'password', where: 'the "password" option of new Client()', preview: '8 characters', secretName: 'DATABASE_PASSWORD' },
      }),
    },
    { name: 'mysql2 pool', ...reported("import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({ host: 'db', user: 'app', password: 'root' });", "'root'", 'DATABASE_PASSWORD') },
    { name: 'mssql', ...reported("const sql = require('mssql');\nawait sql.connect({ user: 'sa', password: 'Passw0rd!', server: 'db' });", "'Passw0rd!'", 'DATABASE_PASSWORD') },
    { name: 'oracledb', ...reported("const oracledb = require('oracledb');\nawait oracledb.getConnection({ user: 'hr', password: 'welcome1', connectString: 'db/XE' });", "'welcome1'", 'DATABASE_PASSWORD') },
    { name: 'redis createClient', ...reported("const redis = createClient({ password: 'redispass' });", "'redispass'", 'REDIS_PASSWORD') },
    { name: 'ioredis with the options third', ...reported("import Redis from 'ioredis';\nconst redis = new Redis(6379, 'cache.internal', { password: 'foobared' });", "'foobared'", 'REDIS_PASSWORD') },
    {
      name: 'knex connection',
      ...reported("const db = knex({ client: 'pg', connection: { host: 'db', user: 'knex', password: 'app' } });", "'app'", 'DATABASE_PASSWORD', {
        data: { kind: 'password', where: 'the "connection.password" option of knex()', preview: '3 characters', secretName: 'DATABASE_PASSWORD' },
      }),
    },
    {
      name: 'Sequelize positional password',
      ...reported("const sequelize = new Sequelize('shop', 'app', 'secret');", "'secret'", 'DATABASE_PASSWORD', {
        data: { kind: 'password', where: 'the password of new Sequelize()', preview: '6 characters', secretName: 'DATABASE_PASSWORD' },
      }),
    },
    { name: 'NestJS TypeOrmModule', ...reported("TypeOrmModule.forRoot({ type: 'mysql', username: 'app', password: 'postgres', database: 'app' });", "'postgres'", 'DATABASE_PASSWORD') },
    { name: 'drizzle-kit', ...reported("export default defineConfig({ dialect: 'postgresql', dbCredentials: { host: 'db', user: 'app', password: 'drizzle' } });", "'drizzle'", 'DATABASE_PASSWORD') },
    {
      name: 'near misses of the spelled-out format: a real user with the word password, a format user with a real password',
      code: "require('http').request({ auth: 'admin:password' });\nmongoose.connect('mongodb://user:hunter2@localhost:27017/app');",
      errors: [
        {
          ...guessable('password', 'the "auth" option of require(…).request()', '8 characters', 'HTTP_PASSWORD'),
          line: 1,
          suggestions: [{ messageId: 'useEnv', output: "require('http').request({ auth: `admin:${process.env.HTTP_PASSWORD}` });\nmongoose.connect('mongodb://user:hunter2@localhost:27017/app');" }],
        },
        {
          ...guessable('password', 'the connection string of mongoose.connect()', '7 characters', 'MONGODB_PASSWORD'),
          line: 2,
          suggestions: [{ messageId: 'useEnv', output: "require('http').request({ auth: 'admin:password' });\nmongoose.connect(`mongodb://user:${process.env.MONGODB_PASSWORD}@localhost:27017/app`);" }],
        },
      ],
    },
    {
      name: 'a dictionary password in a connection URI on a real host: only that part is replaced',
      code: "mongoose.connect('mongodb+srv://admin:password123@cluster0.abcde.mongodb.net/app');",
      errors: [
        {
          ...guessable('password', 'the connection string of mongoose.connect()', '11 characters', 'MONGODB_PASSWORD'),
          suggestions: [{ messageId: 'useEnv', output: 'mongoose.connect(`mongodb+srv://admin:${process.env.MONGODB_PASSWORD}@cluster0.abcde.mongodb.net/app`);' }],
        },
      ],
    },

    // ——— mail, HTTP basic auth, cloud SDKs, API clients ———
    { name: 'nodemailer', ...reported("nodemailer.createTransport({ host: 'smtp.example.com', auth: { user: 'me@example.com', pass: 'mailpass' } });", "'mailpass'", 'SMTP_PASSWORD') },
    {
      name: 'axios basic auth',
      ...reported("import axios from 'axios';\nawait axios.get(url, { auth: { username: 'admin', password: 'admin123' } });", "'admin123'", 'HTTP_PASSWORD', {
        data: { kind: 'password', where: 'the "auth.password" option of axios.get()', preview: '8 characters', secretName: 'HTTP_PASSWORD' },
      }),
    },
    { name: 'got', ...reported("import got from 'got';\nawait got(url, { username: 'api', password: 'letmein' });", "'letmein'", 'HTTP_PASSWORD') },
    {
      name: 'superagent .auth(user, password)',
      ...reported("const request = require('superagent');\nawait request.get(url).auth('user', 'pass1234');", "'pass1234'", 'HTTP_PASSWORD', {
        data: { kind: 'password', where: 'the password of request.get(…).auth()', preview: '8 characters', secretName: 'HTTP_PASSWORD' },
      }),
    },
    {
      name: 'http auth option: the password part',
      code: "require('http').request({ host, auth: 'admin:hunter2' });",
      errors: [{ messageId: 'guessableSecret', suggestions: [{ messageId: 'useEnv', output: "require('http').request({ host, auth: `admin:${process.env.HTTP_PASSWORD}` });" }] }],
    },
    { name: 'basic-auth-connect', ...reported("const basicAuth = require('basic-auth-connect');\napp.use(basicAuth('admin', 'letmein'));", "'letmein'", 'BASIC_AUTH_PASSWORD') },
    {
      name: 'express-basic-auth users',
      ...reported("app.use(basicAuth({ users: { admin: 'supersecret' } }));", "'supersecret'", 'ADMIN_PASSWORD', {
        data: { kind: 'password', where: 'the "users.admin" option of basicAuth()', preview: '11 characters', secretName: 'ADMIN_PASSWORD' },
      }),
    },
    {
      name: 'new AWS.Credentials',
      ...reported("const AWS = require('aws-sdk');\nnew AWS.Credentials('AKID', 'not-so-secret');", "'not-so-secret'", 'AWS_SECRET_ACCESS_KEY', {
        data: { kind: 'API key', where: 'the secret access key of new AWS.Credentials()', preview: '"not-…", 13 characters', secretName: 'AWS_SECRET_ACCESS_KEY' },
      }),
    },
    { name: 'AWS config update', ...reported("AWS.config.update({ accessKeyId: 'AKID', secretAccessKey: 'NotSoSecretKey1' });", "'NotSoSecretKey1'", 'AWS_SECRET_ACCESS_KEY') },
    { name: 'AWS config assignment', ...reported("AWS.config.secretAccessKey = 'hgfedcba';", "'hgfedcba'", 'AWS_SECRET_ACCESS_KEY') },
    {
      name: 'stripe required and called',
      ...reported("const stripe = require('stripe')('sk_test_123');", "'sk_test_123'", 'STRIPE_SECRET_KEY', {
        data: { kind: 'API key', where: "the API key of require('stripe')()", preview: '11 characters', secretName: 'STRIPE_SECRET_KEY' },
      }),
    },
    { name: 'Slack WebClient', ...reported("const client = new WebClient('slack-token');", "'slack-token'", 'SLACK_TOKEN') },
    { name: 'twilio', ...reported("const twilioClient = twilio(accountSid, 'authtoken');", "'authtoken'", 'TWILIO_AUTH_TOKEN') },

    {
      name: 'an API of another package with a conventional name: a random-looking value is still a secret',
      code: `const jwt = require("@tsndr/cloudflare-worker-jwt");\nawait jwt.sign(payload, "${random}");`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'secret', where: 'the secret of jwt.sign()', preview: `"${random.slice(0, 4)}…", 24 characters`, secretName: 'JWT_SECRET' },
          suggestions: useEnv(`const jwt = require("@tsndr/cloudflare-worker-jwt");\nawait jwt.sign(payload, "${random}");`, `"${random}"`, 'JWT_SECRET'),
        },
      ],
    },

    // ——— option objects typed as an API's configuration ———
    {
      name: 'NextAuth options typed with their imported type',
      tsOnly: true,
      ...reported("import type { NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = { secret: 'next-auth-secret', providers: [] };", "'next-auth-secret'", 'AUTH_SECRET', {
        data: { kind: 'secret', where: 'the "secret" option of a NextAuthOptions', preview: '"next…", 16 characters', secretName: 'AUTH_SECRET' },
      }),
    },
    {
      name: 'iron-session options checked with satisfies',
      tsOnly: true,
      ...reported("import type { SessionOptions } from 'iron-session';\nexport const sessionOptions = { password: 'iron-password', cookieName: 'app' } satisfies SessionOptions;", "'iron-password'", 'SESSION_PASSWORD'),
    },
    {
      name: 'a pg pool config asserted with as, the type qualified by its namespace',
      tsOnly: true,
      ...reported("import type { Knex } from 'knex';\nconst config = { client: 'pg', connection: { password: 'knexpass' } } as Knex.Config;", "'knexpass'", 'DATABASE_PASSWORD'),
    },

    // ——— keys derived from a written password, Basic credentials encoded by hand, more API clients ———
    { name: 'scryptSync from a written password', ...reported("import crypto from 'node:crypto';\nconst key = crypto.scryptSync('my password', 'salt', 32);", "'my password'", 'ENCRYPTION_KEY') },
    {
      name: 'btoa of user:password',
      code: "fetch(url, { headers: { Authorization: 'Basic ' + btoa('admin:letmein') } });",
      errors: [{ messageId: 'guessableSecret', suggestions: [{ messageId: 'useEnv', output: "fetch(url, { headers: { Authorization: 'Basic ' + btoa(`admin:${process.env.BASIC_AUTH_PASSWORD}`) } });" }] }],
    },
    {
      name: 'credentials joined by hand and base64-encoded (CodeQL CWE-798): the password constant',
      ...reported(
        "const base64 = require('base-64');\nconst USER = 'deploy';\nconst PASS = 'sdsdag';\nconst AUTH = base64.encode(`${USER}:${PASS}`);",
        "'sdsdag'",
        'BASIC_AUTH_PASSWORD',
        { line: 3, column: 14, data: { kind: 'password', where: 'the credentials of base64.encode()', preview: '6 characters', secretName: 'BASIC_AUTH_PASSWORD' } },
      ),
    },
    { name: 'credentials joined by concatenation for btoa', ...reported("const PASS = 'letmein';\nfetch(url, { headers: { Authorization: 'Basic ' + btoa(user + ':' + PASS) } });", "'letmein'", 'BASIC_AUTH_PASSWORD', { line: 1 }) },
    { name: 'a literal user and a password constant', ...reported("const PASS = 'letmein';\nconst auth = btoa('admin:' + PASS);", "'letmein'", 'BASIC_AUTH_PASSWORD', { line: 1 }) },
    {
      name: 'the joined credentials held in a constant, js-base64',
      ...reported("import { Base64 } from 'js-base64';\nconst PASS = 'letmein';\nconst creds = `admin:${PASS}`;\nconst auth = Base64.encode(creds);", "'letmein'", 'BASIC_AUTH_PASSWORD', { line: 2 }),
    },
    { name: 'Gemini', ...reported("import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI('gemini-key');", "'gemini-key'", 'GEMINI_API_KEY') },
    { name: 'OpenAI v3 Configuration', ...reported("const configuration = new Configuration({ apiKey: 'sk-xxxx-my-key' });", "'sk-xxxx-my-key'", 'OPENAI_API_KEY') },

    // ——— constants followed to their value ———
    {
      name: 'a constant declared once, used as the secret: reported where it is written',
      ...reported("const jwt = require('jsonwebtoken');\nconst SECRET = 'myHardCodedPrivateKey';\nmodule.exports = (user) => jwt.sign(user, SECRET);", "'myHardCodedPrivateKey'", 'JWT_SECRET', {
        ...guessable('secret', 'the secret of jwt.sign()', '"myHa…", 21 characters', 'JWT_SECRET'),
        line: 2,
        column: 16,
      }),
    },
    { name: 'a constant declared after the function that uses it', ...reported("function issue(user) { return jwt.sign(user, SECRET); }\nconst SECRET = 'later-secret';", "'later-secret'", 'JWT_SECRET', { line: 2 }) },
    {
      name: 'an options object held in a constant, and a member of a constants object',
      ...reported("const jwtConstants = { secret: 'DO NOT USE' };\nconst opts = { secret: jwtConstants.secret, resave: false };\napp.use(session(opts));", "'DO NOT USE'", 'SESSION_SECRET', { line: 1 }),
    },
    {
      name: 'a fallback inside a position',
      code: "jwt.sign(payload, process.env.JWT_SECRET ?? 'fallback');",
      errors: [{ messageId: 'guessableSecret', suggestions: [{ messageId: 'removeFallback', output: 'jwt.sign(payload, process.env.JWT_SECRET);' }] }],
    },

    // ——— fallbacks and defaults ———
    {
      name: 'near misses of "not configured": key material signs with it, a database connects with a word that is no sentinel',
      code: "app.use(session({ secret: process.env.SESSION_SECRET ?? 'disabled' }));\nconst dbPassword = process.env.DB_PASSWORD || 'disabled1';",
      errors: [
        { messageId: 'guessableSecret', line: 1, suggestions: [{ messageId: 'removeFallback', output: "app.use(session({ secret: process.env.SESSION_SECRET }));\nconst dbPassword = process.env.DB_PASSWORD || 'disabled1';" }] },
        { messageId: 'guessableSecret', line: 2, suggestions: [{ messageId: 'removeFallback', output: "app.use(session({ secret: process.env.SESSION_SECRET ?? 'disabled' }));\nconst dbPassword = process.env.DB_PASSWORD;" }] },
      ],
    },
    {
      name: 'near misses of seed users: a single user record, a list of records without an identity, a chosen password among seed users',
      code: seedNearMisses,
      options: strict,
      errors: [
        { messageId: 'guessableSecret', line: 1, column: 51, suggestions: useEnv(seedNearMisses, "'admin'", 'ADMIN_PASSWORD') },
        { messageId: 'guessableSecret', line: 2, column: 39, suggestions: [{ messageId: 'useEnv', output: seedNearMisses.replace("password: 'root'", 'password: process.env.PASSWORD') }] },
        { messageId: 'guessableSecret', line: 2, column: 72, suggestions: [{ messageId: 'useEnv', output: seedNearMisses.replace("'b', password: 'root'", "'b', password: process.env.PASSWORD") }] },
        { messageId: 'genericSecret', line: 3, column: 48, suggestions: useEnv(seedNearMisses, "'S3cure!Pass'", 'PASSWORD') },
      ],
    },
    {
      name: 'session secret fallback',
      code: "const secret = process.env.SESSION_SECRET ?? 'keyboard cat';",
      errors: [{ messageId: 'guessableSecret', suggestions: [{ messageId: 'removeFallback', output: 'const secret = process.env.SESSION_SECRET;' }] }],
    },
    {
      name: 'a database password fallback',
      code: "const dbPassword = process.env.DB_PASSWORD || 'postgres';",
      errors: [{ ...guessable('password', '"DB_PASSWORD"', '8 characters', 'DB_PASSWORD'), suggestions: [{ messageId: 'removeFallback', output: 'const dbPassword = process.env.DB_PASSWORD;' }] }],
    },
    {
      name: 'a vendor key fallback (OPENAI_KEY is an API key)',
      code: "const key = process.env.OPENAI_KEY || 'sk-test';",
      errors: [{ ...guessable('API key', '"OPENAI_KEY"', '7 characters', 'OPENAI_KEY'), suggestions: [{ messageId: 'removeFallback', output: 'const key = process.env.OPENAI_KEY;' }] }],
    },
    { name: 'a fallback of a secret-named binding', ...reported("const jwtSecret = options.jwtSecret || 'dev';", "'dev'", 'JWT_SECRET', { data: { kind: 'secret', where: '"jwtSecret"', preview: '3 characters', secretName: 'JWT_SECRET' } }) },
    {
      name: 'a secret-named default parameter',
      ...reported("function createToken(user, secret = 'dev-secret') { return sign(user, secret); }", "'dev-secret'", 'SECRET', {
        data: { kind: 'secret', where: '"secret"', preview: '10 characters', secretName: 'SECRET' },
      }),
    },
    {
      name: 'a fallback through a constant: reported where the constant is written',
      code: "const DEFAULT_SECRET = 'supersecret';\nexport const http = { jwtSecret: process.env.JWT_SECRET || DEFAULT_SECRET };",
      errors: [
        {
          ...guessable('secret', '"JWT_SECRET"', '11 characters', 'JWT_SECRET'),
          line: 1,
          suggestions: useEnv("const DEFAULT_SECRET = 'supersecret';\nexport const http = { jwtSecret: process.env.JWT_SECRET || DEFAULT_SECRET };", "'supersecret'", 'JWT_SECRET'),
        },
      ],
    },
    { name: 'a destructuring default', ...reported("const { password = 'admin' } = options;", "'admin'", 'PASSWORD', { data: { kind: 'password', where: '"password"', preview: '5 characters', secretName: 'PASSWORD' } }) },

    // ——— people's passwords bound only to a name ———
    { name: 'a password with three classes, in recommended', ...reported("const dbPassword = 'Welcome2024!';", "'Welcome2024!'", 'DB_PASSWORD', { data: { kind: 'password', where: '"dbPassword"', preview: '12 characters', secretName: 'DB_PASSWORD' } }) },
    {
      name: 'strict: any person-chosen password, session secret or signing key bound to its name',
      code: "const adminPassword = 'hunter22';\nconst SESSION_SECRET = 'mysecret';\nconst signingKey = 'my-signing-key';",
      options: strict,
      errors: [
        { messageId: 'guessableSecret', line: 1, suggestions: useEnv("const adminPassword = 'hunter22';\nconst SESSION_SECRET = 'mysecret';\nconst signingKey = 'my-signing-key';", "'hunter22'", 'ADMIN_PASSWORD') },
        { messageId: 'guessableSecret', line: 2, suggestions: useEnv("const adminPassword = 'hunter22';\nconst SESSION_SECRET = 'mysecret';\nconst signingKey = 'my-signing-key';", "'mysecret'", 'SESSION_SECRET') },
        { messageId: 'guessableSecret', line: 3, suggestions: useEnv("const adminPassword = 'hunter22';\nconst SESSION_SECRET = 'mysecret';\nconst signingKey = 'my-signing-key';", "'my-signing-key'", 'SIGNING_KEY') },
      ],
    },
    { name: 'strict: a short password in a nested object', options: strict, ...reported("const users = { admin: { password: 'admin1' } };", "'admin1'", 'ADMIN_PASSWORD', { data: { kind: 'password', where: '"password"', preview: '6 characters', secretName: 'ADMIN_PASSWORD' } }) },

    // ——— provider-named keys, UUID keys, keys in URLs ———
    {
      name: 'a vendor-named key with a random value',
      code: `export const OPENWEATHER_KEY = '${randomHex}';`,
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: '"OPENWEATHER_KEY"', preview: `"${randomHex.slice(0, 4)}…", 32 characters`, secretName: 'OPENWEATHER_KEY' },
          suggestions: useEnv(`export const OPENWEATHER_KEY = '${randomHex}';`, `'${randomHex}'`, 'OPENWEATHER_KEY'),
        },
      ],
    },
    {
      name: 'Stripe and OpenAI keys named by their vendor',
      code: `const STRIPE_KEY = '${random}';\nconst openaiKey = '${random}';`,
      errors: [
        { messageId: 'genericSecret', line: 1, suggestions: useEnv(`const STRIPE_KEY = '${random}';\nconst openaiKey = '${random}';`, `'${random}'`, 'STRIPE_KEY') },
        { messageId: 'genericSecret', line: 2, suggestions: [{ messageId: 'useEnv', output: `const STRIPE_KEY = '${random}';\nconst openaiKey = process.env.OPENAI_KEY;` }] },
      ],
    },
    {
      name: 'admin keys and secrets of vendors whose plain keys are public',
      code: `const ALGOLIA_ADMIN_KEY = '${randomHex}';\nconst MAPBOX_SECRET = '${random}';`,
      errors: [
        { messageId: 'genericSecret', line: 1, suggestions: useEnv(`const ALGOLIA_ADMIN_KEY = '${randomHex}';\nconst MAPBOX_SECRET = '${random}';`, `'${randomHex}'`, 'ALGOLIA_ADMIN_KEY') },
        { messageId: 'genericSecret', line: 2, suggestions: useEnv(`const ALGOLIA_ADMIN_KEY = '${randomHex}';\nconst MAPBOX_SECRET = '${random}';`, `'${random}'`, 'MAPBOX_SECRET') },
      ],
    },
    {
      name: 'a UUID bound to an API key name (Heroku)',
      code: "const HEROKU_API_KEY = '7c9e6679-7425-40de-944b-e07fc1f90ae7';",
      errors: [
        {
          messageId: 'genericSecret',
          data: { kind: 'API key', where: '"HEROKU_API_KEY"', preview: '"7c9e…", 36 characters', secretName: 'HEROKU_API_KEY' },
          suggestions: useEnv("const HEROKU_API_KEY = '7c9e6679-7425-40de-944b-e07fc1f90ae7';", "'7c9e6679-7425-40de-944b-e07fc1f90ae7'", 'HEROKU_API_KEY'),
        },
      ],
    },
    {
      name: 'an API key in a query string of a template literal: only that part is replaced',
      code: `fetch(\`https://api.openweathermap.org/data/2.5/weather?q=\${city}&api_key=${random}\`);`,
      errors: [
        {
          messageId: 'providerSecret',
          data: { kind: 'API key in a URL query string', preview: `"${random.slice(0, 4)}…", 24 characters`, secretName: 'API_KEY' },
          suggestions: [{ messageId: 'useEnv', output: 'fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&api_key=${process.env.API_KEY}`);' }],
        },
      ],
    },
    {
      name: 'an access token in a query string of a string literal',
      code: `const url = 'https://api.example.com/v1/items?access_token=${random}&limit=10';`,
      errors: [{ messageId: 'providerSecret', suggestions: [{ messageId: 'useEnv', output: 'const url = `https://api.example.com/v1/items?access_token=${process.env.ACCESS_TOKEN}&limit=10`;' }] }],
    },
  ],
});

runWithBothParsers('no-hardcoded-secrets: near misses of provider-named keys and query strings', rule, {
  valid: [
    // public by design or not a key
    `const STRIPE_KEY = 'pk_${'live'}_${random}';`,
    `const cacheKey = '${random}';`,
    `const sortKey = '${random}';`,
    `const ALGOLIA_KEY = '${randomHex}';`,
    `const MAPBOX_KEY = '${random}';`,
    // documentation and made-up UUIDs, UUIDs bound to ids
    "const apiKey = '123e4567-e89b-12d3-a456-426614174000';",
    "const token = '00000000-0000-0000-0000-000000000000';",
    "const apiKeyId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';",
    "const requestId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';",
    // query strings with placeholders, templates or words
    'const url = `https://api.example.com/v1?api_key=${API_KEY}`;',
    "const url = 'https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY';",
    "const url = 'https://example.com/?token=your-token-here';",
    "const url = 'https://example.com/?key=value&page=2';",
  ],
  invalid: [],
});
