/**
 * Credential positions, as data: the arguments and options of APIs that ARE a credential. A value written
 * there is a hard-coded credential whatever it looks like — `session({ secret: 'keyboard cat' })` is
 * exploitable because it is guessable (CodeQL's js/hardcoded-credentials idea, as rows).
 *
 * A row is recognised through the import or `require` that brings the API into the file
 * (`import jwt from 'jsonwebtoken'`, `const { createHmac } = require('node:crypto')`), and, when the callee
 * is not imported at all (a global, a parameter, an injected service), by the names code conventionally
 * gives it (`jwt.sign`, `session`, `this.jwtService.sign`). A callee imported from another package never
 * matches by name.
 *
 * Adding an API is adding a row: `modules` and `export` (the path from the module to the function:
 * `[]` for the module itself, `['sign']`, `['AES', 'encrypt']`), conventional `names`, which `argument`
 * (`'any'`: every object argument) and which option `path` inside it (`*` matches any key), the kind of
 * secret, its `material` (see src/core/detect/guessable.ts: `keyMaterial`, `password`, `issued`, or `uri`
 * for a connection string whose password is judged) and the secret name the fixes suggest.
 */
import type { CredentialMaterial } from '../../core/detect/guessable.js';
import type { SensitiveKind } from '../../core/names.js';

/** What a position holds: a credential, or a connection URI / `user:password` string holding one. */
export type PositionMaterial = CredentialMaterial | 'uri' | 'userinfo';

export interface CredentialPosition {
  /** Packages exporting the API (`node:` prefixes are ignored). */
  modules: readonly string[];
  /** Path from the module to the called function: `[]` (the module itself), `['sign']`, `['AES', 'encrypt']`. */
  export: readonly string[];
  /**
   * How code that does not import it calls it: a bare name (`session`), `object.member` (`jwt.sign`,
   * matched on the last two segments of the callee, so `this.jwtService.sign` matches `jwtService.sign`),
   * or `*.member` for any object.
   */
  names?: readonly string[];
  /** A suffix of callee names that marks the API: `GoogleStrategy`, `GitHubProvider`. */
  nameSuffix?: string;
  /** Zero-based argument, or `'any'` for every object argument (options that move between overloads). */
  argument: number | 'any';
  /** Option path inside the argument; `*` matches any key. */
  path?: readonly string[];
  /** Only when the call has at least this many arguments (`basicAuth(user, password)`, not `basicAuth({…})`). */
  minArguments?: number;
  kind: SensitiveKind;
  material: PositionMaterial;
  /** Secret name the fixes suggest; `{key}` is the matched key of a `*` path segment. */
  envName: string;
  /** How messages name the position when it is not an option: `the secret`, `the password`. */
  label?: string;
}

/** A plugin registration that carries a credential option: `fastify.register(require('@fastify/jwt'), { secret })`. */
export interface PluginPosition {
  modules: readonly string[];
  /** Local names of the plugin when it is not imported. */
  names?: readonly string[];
  path: readonly string[];
  kind: SensitiveKind;
  material: PositionMaterial;
  envName: string;
}

/** A method of a builder chain: `new SignJWT(payload).setProtectedHeader(…).sign(key)`, `request(app).get(url).auth(user, pass)`. */
export interface ChainPosition {
  /** The method called with the credential. */
  method: string;
  /** The chain starts with a call or `new` of one of these (imported from `modules`, or by these names). */
  roots: readonly string[];
  modules: readonly string[];
  argument: number;
  minArguments?: number;
  kind: SensitiveKind;
  material: PositionMaterial;
  envName: string;
  label?: string;
}

/** An assignment to a property that is a credential: `app.keys = […]` (Koa), `AWS.config.secretAccessKey = …`. */
export interface AssignedPosition {
  /** `object.property` as written (last two segments). */
  target: string;
  kind: SensitiveKind;
  material: PositionMaterial;
  envName: string;
}

const JWT = { kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET', label: 'the secret' } as const;
const SESSION = { kind: 'secret', material: 'keyMaterial', envName: 'SESSION_SECRET' } as const;
const HMAC = { kind: 'secret', material: 'keyMaterial', envName: 'HMAC_SECRET', label: 'the key' } as const;
const CIPHER = { kind: 'privateKey', material: 'keyMaterial', envName: 'ENCRYPTION_KEY', label: 'the key' } as const;
const DB_PASSWORD = { kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' } as const;
const DB_URL = { kind: 'connectionString', material: 'uri', envName: 'DATABASE_URL', label: 'the connection string' } as const;

function crypto(member: string, argument: number, spec: Pick<CredentialPosition, 'kind' | 'material' | 'envName' | 'label'>): CredentialPosition {
  return { modules: ['crypto'], export: [member], names: [member, `*.${member}`], argument, ...spec };
}

const CRYPTO_JS_CIPHERS = ['AES', 'TripleDES', 'DES', 'Rabbit', 'RabbitLegacy', 'RC4', 'RC4Drop'];
const CRYPTO_JS_HMACS = ['HmacMD5', 'HmacSHA1', 'HmacSHA224', 'HmacSHA256', 'HmacSHA384', 'HmacSHA512', 'HmacSHA3', 'HmacRIPEMD160'];

function cryptoJs(): CredentialPosition[] {
  const rows: CredentialPosition[] = [];
  for (const cipher of CRYPTO_JS_CIPHERS) {
    for (const method of ['encrypt', 'decrypt']) {
      rows.push({ modules: ['crypto-js'], export: [cipher, method], names: [`${cipher}.${method}`], argument: 1, ...CIPHER });
      rows.push({ modules: [`crypto-js/${cipher.toLowerCase()}`], export: [method], argument: 1, ...CIPHER });
    }
  }
  for (const hmac of CRYPTO_JS_HMACS) {
    const file = `crypto-js/${hmac.replace(/^Hmac/u, 'hmac-').toLowerCase()}`;
    rows.push({ modules: ['crypto-js'], export: [hmac], names: [hmac, `*.${hmac}`], argument: 1, ...HMAC });
    rows.push({ modules: [file], export: [], argument: 1, ...HMAC });
  }
  return rows;
}

const AXIOS_METHODS = ['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'create'];
const REQUEST_METHODS = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'defaults'];
const PKGCLOUD_SERVICES = ['compute', 'storage', 'network', 'dns', 'blockstorage', 'database', 'loadbalancer', 'orchestration', 'cdn'];

/** Every argument and option that is a credential. */
export const CREDENTIAL_POSITIONS: readonly CredentialPosition[] = [
  // ——— JSON Web Tokens ———
  { modules: ['jsonwebtoken'], export: ['sign'], names: ['jwt.sign', 'JWT.sign', 'Jwt.sign', 'jsonwebtoken.sign', 'jsonWebToken.sign'], argument: 1, ...JWT },
  { modules: ['jsonwebtoken'], export: ['verify'], names: ['jwt.verify', 'JWT.verify', 'Jwt.verify', 'jsonwebtoken.verify', 'jsonWebToken.verify'], argument: 1, ...JWT },
  { modules: ['jwt-simple'], export: ['encode'], names: ['jwt.encode', 'jwtSimple.encode', 'jwt_simple.encode'], argument: 1, ...JWT },
  { modules: ['jwt-simple'], export: ['decode'], names: ['jwt.decode', 'jwtSimple.decode', 'jwt_simple.decode'], argument: 1, ...JWT },
  { modules: ['jose'], export: ['jwtVerify'], names: ['jwtVerify', '*.jwtVerify'], argument: 1, ...JWT },
  { modules: ['jose'], export: ['jwtDecrypt'], names: ['jwtDecrypt', '*.jwtDecrypt'], argument: 1, ...JWT },
  { modules: ['hono/jwt'], export: ['sign'], argument: 1, ...JWT },
  { modules: ['hono/jwt'], export: ['verify'], argument: 1, ...JWT },
  { modules: ['hono/jwt'], export: ['jwt'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['express-jwt'], export: [], names: ['expressJwt', 'expressjwt', 'jwt'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['express-jwt'], export: ['expressjwt'], names: ['*.expressjwt'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['koa-jwt'], export: [], names: ['koaJwt'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['@elysiajs/jwt'], export: ['jwt'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['@nestjs/jwt'], export: ['JwtModule', 'register'], names: ['JwtModule.register'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['@nestjs/jwt'], export: ['JwtModule', 'register'], names: ['JwtModule.register'], argument: 0, path: ['privateKey'], ...JWT },
  ...['sign', 'signAsync', 'verify', 'verifyAsync'].map(
    (method): CredentialPosition => ({ modules: [], export: [], names: [`jwtService.${method}`], argument: 1, path: ['secret'], ...JWT }),
  ),
  { modules: ['@nestjs/jwt'], export: ['JwtService'], names: ['JwtService'], argument: 0, path: ['secret'], ...JWT },
  { modules: ['next-auth/jwt'], export: ['getToken'], names: ['getToken'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['next-auth/jwt'], export: ['encode'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['next-auth/jwt'], export: ['decode'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },

  // ——— sessions, cookies, auth frameworks ———
  { modules: ['express-session'], export: [], names: ['session', 'expressSession'], argument: 0, path: ['secret'], ...SESSION },
  { modules: ['cookie-session'], export: [], names: ['cookieSession'], argument: 0, path: ['secret'], ...SESSION },
  { modules: ['cookie-session'], export: [], names: ['cookieSession'], argument: 0, path: ['keys'], ...SESSION, envName: 'SESSION_KEYS' },
  { modules: ['cookie-parser'], export: [], names: ['cookieParser'], argument: 0, kind: 'secret', material: 'keyMaterial', envName: 'COOKIE_SECRET', label: 'the secret' },
  { modules: ['keygrip'], export: [], names: ['Keygrip', 'keygrip'], argument: 0, kind: 'secret', material: 'keyMaterial', envName: 'SESSION_KEYS', label: 'the keys' },
  { modules: ['iron-session', 'iron-session/next', 'iron-session/edge', 'iron-session/express'], export: ['getIronSession'], names: ['getIronSession'], argument: 'any', path: ['password'], ...SESSION, envName: 'SESSION_PASSWORD' },
  { modules: ['iron-session', 'iron-session/next', 'iron-session/edge'], export: ['sealData'], names: ['sealData'], argument: 1, path: ['password'], ...SESSION, envName: 'SESSION_PASSWORD' },
  { modules: ['iron-session', 'iron-session/next', 'iron-session/edge'], export: ['unsealData'], names: ['unsealData'], argument: 1, path: ['password'], ...SESSION, envName: 'SESSION_PASSWORD' },
  { modules: ['iron-session/next'], export: ['withIronSessionApiRoute'], names: ['withIronSessionApiRoute'], argument: 1, path: ['password'], ...SESSION, envName: 'SESSION_PASSWORD' },
  { modules: ['iron-session/next'], export: ['withIronSessionSsr'], names: ['withIronSessionSsr'], argument: 1, path: ['password'], ...SESSION, envName: 'SESSION_PASSWORD' },
  ...['@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', 'react-router'].flatMap((module): CredentialPosition[] => [
    { modules: [module], export: ['createCookieSessionStorage'], names: ['createCookieSessionStorage'], argument: 0, path: ['cookie', 'secrets'], ...SESSION, envName: 'SESSION_SECRET' },
    { modules: [module], export: ['createCookie'], names: ['createCookie'], argument: 1, path: ['secrets'], ...SESSION, envName: 'COOKIE_SECRET' },
  ]),
  { modules: ['hono/cookie'], export: ['setSignedCookie'], names: ['setSignedCookie'], argument: 3, kind: 'secret', material: 'keyMaterial', envName: 'COOKIE_SECRET', label: 'the secret' },
  { modules: ['hono/cookie'], export: ['getSignedCookie'], names: ['getSignedCookie'], argument: 1, kind: 'secret', material: 'keyMaterial', envName: 'COOKIE_SECRET', label: 'the secret' },
  { modules: ['next-auth'], export: [], names: ['NextAuth'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['next-auth'], export: [], names: ['NextAuth'], argument: 0, path: ['jwt', 'secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['@auth/core'], export: ['Auth'], argument: 1, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['@auth/express'], export: ['ExpressAuth'], names: ['ExpressAuth'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['@auth/sveltekit'], export: ['SvelteKitAuth'], names: ['SvelteKitAuth'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['better-auth'], export: ['betterAuth'], names: ['betterAuth'], argument: 0, path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'BETTER_AUTH_SECRET' },
  { modules: ['hono/basic-auth'], export: ['basicAuth'], argument: 0, path: ['password'], kind: 'password', material: 'password', envName: 'BASIC_AUTH_PASSWORD' },
  { modules: ['hono/bearer-auth'], export: ['bearerAuth'], names: ['bearerAuth'], argument: 0, path: ['token'], kind: 'token', material: 'keyMaterial', envName: 'API_TOKEN' },
  // Passport strategies and Auth.js providers: the OAuth client secret
  { modules: [], export: [], nameSuffix: 'Strategy', argument: 0, path: ['clientSecret'], kind: 'secret', material: 'issued', envName: 'CLIENT_SECRET' },
  { modules: [], export: [], nameSuffix: 'Strategy', argument: 0, path: ['consumerSecret'], kind: 'secret', material: 'issued', envName: 'CONSUMER_SECRET' },
  { modules: [], export: [], nameSuffix: 'Provider', argument: 0, path: ['clientSecret'], kind: 'secret', material: 'issued', envName: 'CLIENT_SECRET' },

  // ——— node:crypto, Web Crypto, crypto-js ———
  crypto('createHmac', 1, HMAC),
  crypto('createCipheriv', 1, CIPHER),
  crypto('createDecipheriv', 1, CIPHER),
  crypto('createCipher', 1, CIPHER),
  crypto('createDecipher', 1, CIPHER),
  crypto('createSecretKey', 0, HMAC),
  // keys derived from a written password: `scryptSync('password', salt, 32)` (Node's own cipher example)
  crypto('scrypt', 0, { ...CIPHER, label: 'the password' }),
  crypto('scryptSync', 0, { ...CIPHER, label: 'the password' }),
  crypto('pbkdf2', 0, { ...CIPHER, label: 'the password' }),
  crypto('pbkdf2Sync', 0, { ...CIPHER, label: 'the password' }),
  crypto('hkdf', 1, { ...CIPHER, label: 'the input key' }),
  crypto('hkdfSync', 1, { ...CIPHER, label: 'the input key' }),
  { modules: [], export: [], names: ['subtle.importKey'], argument: 1, ...HMAC },
  ...cryptoJs(),

  // ——— databases ———
  { modules: ['pg', 'pg-pool'], export: ['Pool'], names: ['Pool', 'pg.Pool'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['pg'], export: ['Client'], names: ['Client', 'pg.Client'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['pg', 'pg-pool'], export: ['Pool'], names: ['Pool', 'pg.Pool'], argument: 0, path: ['connectionString'], ...DB_URL },
  { modules: ['pg'], export: ['Client'], names: ['Client', 'pg.Client'], argument: 0, path: ['connectionString'], ...DB_URL },
  { modules: ['pg-pool'], export: [], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['postgres'], export: [], names: ['postgres'], argument: 'any', path: ['password'], ...DB_PASSWORD },
  { modules: ['postgres'], export: [], names: ['postgres'], argument: 0, ...DB_URL },
  ...['createConnection', 'createPool', 'createPoolCluster'].flatMap((member): CredentialPosition[] => [
    { modules: ['mysql', 'mysql2', 'mysql2/promise', 'typeorm'], export: [member], names: [member, `*.${member}`], argument: 0, path: ['password'], ...DB_PASSWORD },
    { modules: ['mysql', 'mysql2', 'mysql2/promise'], export: [member], names: [`mysql.${member}`, `mysql2.${member}`], argument: 0, ...DB_URL },
  ]),
  { modules: ['mssql'], export: ['connect'], names: ['sql.connect', 'mssql.connect'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['mssql'], export: ['connect'], names: ['sql.connect', 'mssql.connect'], argument: 0, ...DB_URL },
  { modules: ['mssql'], export: ['ConnectionPool'], names: ['ConnectionPool', 'sql.ConnectionPool', 'mssql.ConnectionPool'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['mssql', 'tedious'], export: ['ConnectionPool'], names: ['ConnectionPool', 'sql.ConnectionPool'], argument: 0, path: ['authentication', 'options', 'password'], ...DB_PASSWORD },
  { modules: ['tedious'], export: ['Connection'], names: ['Connection'], argument: 0, path: ['authentication', 'options', 'password'], ...DB_PASSWORD },
  { modules: ['oracledb'], export: ['getConnection'], names: ['oracledb.getConnection'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['oracledb'], export: ['createPool'], names: ['oracledb.createPool'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['mongodb'], export: ['MongoClient'], names: ['MongoClient'], argument: 0, ...DB_URL, envName: 'MONGODB_URI' },
  { modules: ['mongodb'], export: ['MongoClient', 'connect'], names: ['MongoClient.connect'], argument: 0, ...DB_URL, envName: 'MONGODB_URI' },
  { modules: ['mongodb'], export: ['MongoClient'], names: ['MongoClient'], argument: 1, path: ['auth', 'password'], ...DB_PASSWORD, envName: 'MONGODB_PASSWORD' },
  { modules: ['mongoose'], export: ['connect'], names: ['mongoose.connect'], argument: 0, ...DB_URL, envName: 'MONGODB_URI' },
  { modules: ['mongoose'], export: ['createConnection'], names: ['mongoose.createConnection'], argument: 0, ...DB_URL, envName: 'MONGODB_URI' },
  { modules: ['mongoose'], export: ['connect'], names: ['mongoose.connect'], argument: 1, path: ['pass'], ...DB_PASSWORD, envName: 'MONGODB_PASSWORD' },
  { modules: ['@nestjs/mongoose'], export: ['MongooseModule', 'forRoot'], names: ['MongooseModule.forRoot'], argument: 0, ...DB_URL, envName: 'MONGODB_URI' },
  { modules: ['redis'], export: ['createClient'], names: ['createClient', 'redis.createClient'], argument: 0, path: ['password'], ...DB_PASSWORD, envName: 'REDIS_PASSWORD' },
  { modules: ['redis'], export: ['createClient'], names: ['createClient', 'redis.createClient'], argument: 0, path: ['url'], ...DB_URL, envName: 'REDIS_URL' },
  { modules: ['ioredis'], export: [], names: ['Redis', 'IORedis', 'ioredis'], argument: 'any', path: ['password'], ...DB_PASSWORD, envName: 'REDIS_PASSWORD' },
  { modules: ['ioredis'], export: ['Redis'], names: ['Redis.Cluster'], argument: 'any', path: ['password'], ...DB_PASSWORD, envName: 'REDIS_PASSWORD' },
  { modules: ['ioredis'], export: [], names: ['Redis', 'IORedis'], argument: 0, ...DB_URL, envName: 'REDIS_URL' },
  { modules: ['knex'], export: [], names: ['knex', 'Knex'], argument: 0, path: ['connection', 'password'], ...DB_PASSWORD },
  { modules: ['knex'], export: ['knex'], names: ['knex.knex'], argument: 0, path: ['connection', 'password'], ...DB_PASSWORD },
  { modules: ['knex'], export: [], names: ['knex', 'Knex'], argument: 0, path: ['connection'], ...DB_URL },
  { modules: ['sequelize', 'sequelize-typescript'], export: ['Sequelize'], names: ['Sequelize'], argument: 2, minArguments: 3, ...DB_PASSWORD, label: 'the password' },
  { modules: ['sequelize', 'sequelize-typescript'], export: ['Sequelize'], names: ['Sequelize'], argument: 'any', path: ['password'], ...DB_PASSWORD },
  { modules: ['sequelize', 'sequelize-typescript'], export: ['Sequelize'], names: ['Sequelize'], argument: 0, ...DB_URL },
  { modules: ['typeorm'], export: ['DataSource'], names: ['DataSource'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['typeorm'], export: ['DataSource'], names: ['DataSource'], argument: 0, path: ['url'], ...DB_URL },
  { modules: ['@nestjs/typeorm'], export: ['TypeOrmModule', 'forRoot'], names: ['TypeOrmModule.forRoot'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['@nestjs/typeorm'], export: ['TypeOrmModule', 'forRoot'], names: ['TypeOrmModule.forRoot'], argument: 0, path: ['url'], ...DB_URL },
  { modules: ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mongodb'], export: ['MikroORM', 'init'], names: ['MikroORM.init'], argument: 0, path: ['password'], ...DB_PASSWORD },
  { modules: ['drizzle-kit'], export: ['defineConfig'], names: ['defineConfig'], argument: 0, path: ['dbCredentials', 'password'], ...DB_PASSWORD },
  { modules: ['drizzle-kit'], export: ['defineConfig'], names: ['defineConfig'], argument: 0, path: ['dbCredentials', 'url'], ...DB_URL },
  { modules: ['drizzle-orm/node-postgres', 'drizzle-orm/postgres-js', 'drizzle-orm/mysql2', 'drizzle-orm/neon-http', 'drizzle-orm/neon-serverless'], export: ['drizzle'], names: ['drizzle'], argument: 0, path: ['connection', 'password'], ...DB_PASSWORD },
  { modules: ['drizzle-orm/node-postgres', 'drizzle-orm/postgres-js', 'drizzle-orm/mysql2', 'drizzle-orm/neon-http', 'drizzle-orm/neon-serverless'], export: ['drizzle'], names: ['drizzle'], argument: 0, path: ['connection'], ...DB_URL },
  { modules: ['@prisma/client'], export: ['PrismaClient'], names: ['PrismaClient'], argument: 0, path: ['datasources', '*', 'url'], ...DB_URL },
  { modules: ['@prisma/client'], export: ['PrismaClient'], names: ['PrismaClient'], argument: 0, path: ['datasourceUrl'], ...DB_URL },
  { modules: ['neo4j-driver'], export: ['auth', 'basic'], names: ['auth.basic'], argument: 1, ...DB_PASSWORD, envName: 'NEO4J_PASSWORD', label: 'the password' },
  { modules: ['@elastic/elasticsearch'], export: ['Client'], argument: 0, path: ['auth', 'password'], ...DB_PASSWORD, envName: 'ELASTICSEARCH_PASSWORD' },
  { modules: ['@elastic/elasticsearch'], export: ['Client'], argument: 0, path: ['auth', 'apiKey'], kind: 'apiKey', material: 'issued', envName: 'ELASTICSEARCH_API_KEY' },
  { modules: ['amqplib', 'amqplib/callback_api'], export: ['connect'], names: ['amqp.connect', 'amqplib.connect'], argument: 0, ...DB_URL, envName: 'AMQP_URL' },

  // ——— mail ———
  { modules: ['nodemailer'], export: ['createTransport'], names: ['createTransport', '*.createTransport'], argument: 0, path: ['auth', 'pass'], kind: 'password', material: 'password', envName: 'SMTP_PASSWORD' },
  { modules: ['nodemailer'], export: ['createTransport'], names: ['createTransport', '*.createTransport'], argument: 0, kind: 'connectionString', material: 'uri', envName: 'SMTP_URL' },

  // ——— HTTP basic auth ———
  ...[[], ...AXIOS_METHODS.map((m) => [m])].map(
    (path): CredentialPosition => ({
      modules: ['axios'],
      export: path,
      names: [path.length === 0 ? 'axios' : `axios.${path[0] as string}`],
      argument: 'any',
      path: ['auth', 'password'],
      kind: 'password',
      material: 'password',
      envName: 'HTTP_PASSWORD',
    }),
  ),
  ...[[], ['extend'], ['get'], ['post'], ['put'], ['patch'], ['delete']].map(
    (path): CredentialPosition => ({
      modules: ['got'],
      export: path,
      names: [path.length === 0 ? 'got' : `got.${path[0] as string}`],
      argument: 'any',
      path: ['password'],
      kind: 'password',
      material: 'password',
      envName: 'HTTP_PASSWORD',
    }),
  ),
  ...[[], ...REQUEST_METHODS.map((m) => [m])].flatMap((path): CredentialPosition[] =>
    ['pass', 'password', 'bearer'].map((key) => ({
      modules: ['request', 'request-promise', 'request-promise-native'],
      export: path,
      names: [path.length === 0 ? 'request' : `request.${path[0] as string}`],
      argument: 'any',
      path: ['auth', key],
      kind: key === 'bearer' ? 'token' : 'password',
      material: key === 'bearer' ? 'issued' : 'password',
      envName: key === 'bearer' ? 'API_TOKEN' : 'HTTP_PASSWORD',
    })),
  ),
  ...['http', 'https'].flatMap((module) =>
    ['request', 'get'].map(
      (member): CredentialPosition => ({
        modules: [module],
        export: [member],
        names: [`${module}.${member}`],
        argument: 'any',
        path: ['auth'],
        kind: 'password',
        material: 'userinfo',
        envName: 'HTTP_PASSWORD',
      }),
    ),
  ),
  { modules: ['basic-auth-connect'], export: [], names: ['basicAuth'], argument: 1, minArguments: 2, kind: 'password', material: 'password', envName: 'BASIC_AUTH_PASSWORD', label: 'the password' },
  { modules: ['express-basic-auth'], export: [], names: ['basicAuth', 'expressBasicAuth'], argument: 0, path: ['users', '*'], kind: 'password', material: 'password', envName: '{key}_PASSWORD' },
  { modules: ['koa-basic-auth'], export: [], names: ['koaBasicAuth'], argument: 0, path: ['pass'], kind: 'password', material: 'password', envName: 'BASIC_AUTH_PASSWORD' },

  // ——— cloud SDKs ———
  { modules: ['aws-sdk'], export: ['Credentials'], names: ['AWS.Credentials'], argument: 1, kind: 'apiKey', material: 'issued', envName: 'AWS_SECRET_ACCESS_KEY', label: 'the secret access key' },
  { modules: ['aws-sdk'], export: ['Credentials'], names: ['AWS.Credentials'], argument: 2, kind: 'token', material: 'issued', envName: 'AWS_SESSION_TOKEN', label: 'the session token' },
  { modules: ['ms-rest-azure'], export: ['loginWithUsernamePassword'], names: ['*.loginWithUsernamePassword'], argument: 1, kind: 'password', material: 'password', envName: 'AZURE_PASSWORD', label: 'the password' },
  { modules: ['ms-rest-azure'], export: ['loginWithServicePrincipalSecret'], names: ['*.loginWithServicePrincipalSecret'], argument: 1, kind: 'secret', material: 'issued', envName: 'AZURE_CLIENT_SECRET', label: 'the client secret' },
  { modules: ['@azure/identity'], export: ['ClientSecretCredential'], names: ['ClientSecretCredential'], argument: 2, kind: 'secret', material: 'issued', envName: 'AZURE_CLIENT_SECRET', label: 'the client secret' },
  { modules: ['@azure/identity'], export: ['UsernamePasswordCredential'], names: ['UsernamePasswordCredential'], argument: 3, kind: 'password', material: 'password', envName: 'AZURE_PASSWORD', label: 'the password' },
  { modules: ['@azure/storage-blob', '@azure/storage-queue', '@azure/storage-file-share'], export: ['StorageSharedKeyCredential'], names: ['StorageSharedKeyCredential'], argument: 1, kind: 'apiKey', material: 'issued', envName: 'AZURE_STORAGE_KEY', label: 'the account key' },
  { modules: ['google-auth-library'], export: ['OAuth2Client'], names: ['OAuth2Client'], argument: 1, kind: 'secret', material: 'issued', envName: 'GOOGLE_CLIENT_SECRET', label: 'the client secret' },
  { modules: ['googleapis'], export: ['google', 'auth', 'OAuth2'], names: ['auth.OAuth2'], argument: 1, kind: 'secret', material: 'issued', envName: 'GOOGLE_CLIENT_SECRET', label: 'the client secret' },
  { modules: ['digitalocean'], export: ['client'], names: ['digitalocean.client'], argument: 0, kind: 'token', material: 'issued', envName: 'DIGITALOCEAN_TOKEN', label: 'the token' },
  ...PKGCLOUD_SERVICES.flatMap((service) =>
    (['password', 'key', 'apiKey', 'storageAccessKey', 'token'] as const).map(
      (key): CredentialPosition => ({
        modules: ['pkgcloud'],
        export: [service, 'createClient'],
        names: [`${service}.createClient`],
        argument: 0,
        path: [key],
        kind: key === 'password' ? 'password' : 'apiKey',
        material: key === 'password' ? 'password' : 'issued',
        envName: key === 'password' ? 'PKGCLOUD_PASSWORD' : 'PKGCLOUD_API_KEY',
      }),
    ),
  ),

  // ——— API clients taking their key ———
  { modules: ['stripe'], export: [], names: ['Stripe', 'stripe'], argument: 0, kind: 'apiKey', material: 'issued', envName: 'STRIPE_SECRET_KEY', label: 'the API key' },
  { modules: ['stripe'], export: ['Stripe'], argument: 0, kind: 'apiKey', material: 'issued', envName: 'STRIPE_SECRET_KEY', label: 'the API key' },
  { modules: ['resend'], export: ['Resend'], names: ['Resend'], argument: 0, kind: 'apiKey', material: 'issued', envName: 'RESEND_API_KEY', label: 'the API key' },
  { modules: ['twilio'], export: [], names: ['twilio', 'Twilio'], argument: 1, kind: 'token', material: 'issued', envName: 'TWILIO_AUTH_TOKEN', label: 'the auth token' },
  { modules: ['@octokit/rest', '@octokit/core', 'octokit'], export: ['Octokit'], names: ['Octokit'], argument: 0, path: ['auth'], kind: 'token', material: 'issued', envName: 'GITHUB_TOKEN' },
  { modules: ['openai'], export: [], names: ['OpenAI'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'OPENAI_API_KEY' },
  { modules: ['openai'], export: ['OpenAI'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'OPENAI_API_KEY' },
  { modules: ['@anthropic-ai/sdk'], export: [], names: ['Anthropic'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'ANTHROPIC_API_KEY' },
  { modules: ['@slack/web-api'], export: ['WebClient'], names: ['WebClient'], argument: 0, kind: 'token', material: 'issued', envName: 'SLACK_TOKEN', label: 'the token' },
  { modules: ['@slack/bolt'], export: ['App'], argument: 0, path: ['token'], kind: 'token', material: 'issued', envName: 'SLACK_BOT_TOKEN' },
  { modules: ['@slack/bolt'], export: ['App'], argument: 0, path: ['signingSecret'], kind: 'secret', material: 'issued', envName: 'SLACK_SIGNING_SECRET' },
  { modules: ['telegraf'], export: ['Telegraf'], names: ['Telegraf'], argument: 0, kind: 'token', material: 'issued', envName: 'TELEGRAM_BOT_TOKEN', label: 'the bot token' },
  { modules: ['node-telegram-bot-api'], export: [], names: ['TelegramBot'], argument: 0, kind: 'token', material: 'issued', envName: 'TELEGRAM_BOT_TOKEN', label: 'the bot token' },
  { modules: ['@sendgrid/mail'], export: ['setApiKey'], names: ['sgMail.setApiKey'], argument: 0, kind: 'apiKey', material: 'issued', envName: 'SENDGRID_API_KEY', label: 'the API key' },
  { modules: ['pusher'], export: [], names: ['Pusher'], argument: 0, path: ['secret'], kind: 'secret', material: 'issued', envName: 'PUSHER_SECRET' },
  { modules: ['cloudinary'], export: ['v2', 'config'], names: ['cloudinary.config', 'v2.config'], argument: 0, path: ['api_secret'], kind: 'secret', material: 'issued', envName: 'CLOUDINARY_API_SECRET' },
  { modules: ['cloudinary'], export: ['config'], argument: 0, path: ['api_secret'], kind: 'secret', material: 'issued', envName: 'CLOUDINARY_API_SECRET' },
  { modules: ['mailgun-js'], export: [], names: ['mailgun'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'MAILGUN_API_KEY' },
  { modules: [], export: [], names: ['mailgun.client', 'mg.client'], argument: 0, path: ['key'], kind: 'apiKey', material: 'issued', envName: 'MAILGUN_API_KEY' },
  { modules: ['openai'], export: ['Configuration'], names: ['Configuration'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'OPENAI_API_KEY' },
  { modules: ['@google/generative-ai'], export: ['GoogleGenerativeAI'], names: ['GoogleGenerativeAI'], argument: 0, kind: 'apiKey', material: 'issued', envName: 'GEMINI_API_KEY', label: 'the API key' },
  { modules: ['@google/genai'], export: ['GoogleGenAI'], names: ['GoogleGenAI'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'GEMINI_API_KEY' },
  { modules: ['groq-sdk'], export: [], names: ['Groq'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'GROQ_API_KEY' },
  { modules: ['@mistralai/mistralai'], export: ['Mistral'], names: ['Mistral'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'MISTRAL_API_KEY' },
  { modules: ['cohere-ai'], export: ['CohereClient'], names: ['CohereClient'], argument: 0, path: ['token'], kind: 'apiKey', material: 'issued', envName: 'COHERE_API_KEY' },
  { modules: ['replicate'], export: [], names: ['Replicate'], argument: 0, path: ['auth'], kind: 'token', material: 'issued', envName: 'REPLICATE_API_TOKEN' },
  { modules: ['@pinecone-database/pinecone'], export: ['Pinecone'], names: ['Pinecone'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'PINECONE_API_KEY' },
  { modules: ['elevenlabs', '@elevenlabs/elevenlabs-js'], export: ['ElevenLabsClient'], names: ['ElevenLabsClient'], argument: 0, path: ['apiKey'], kind: 'apiKey', material: 'issued', envName: 'ELEVENLABS_API_KEY' },
  // HTTP Basic credentials encoded by hand: `btoa('user:password')`, `base64.encode(`${USER}:${PASS}`)`
  { modules: [], export: [], names: ['btoa'], argument: 0, kind: 'password', material: 'userinfo', envName: 'BASIC_AUTH_PASSWORD', label: 'the credentials' },
  { modules: ['base-64'], export: ['encode'], names: ['base64.encode'], argument: 0, kind: 'password', material: 'userinfo', envName: 'BASIC_AUTH_PASSWORD', label: 'the credentials' },
  { modules: ['js-base64'], export: ['Base64', 'encode'], names: ['Base64.encode'], argument: 0, kind: 'password', material: 'userinfo', envName: 'BASIC_AUTH_PASSWORD', label: 'the credentials' },
  { modules: ['js-base64'], export: ['encode'], argument: 0, kind: 'password', material: 'userinfo', envName: 'BASIC_AUTH_PASSWORD', label: 'the credentials' },
];

/**
 * Option objects typed as an API's configuration: `export const authOptions: NextAuthOptions = { secret }`,
 * `const config = { … } satisfies SessionOptions`, `{ … } as PoolConfig`. Recognised only through the type's
 * import (`import type { NextAuthOptions } from 'next-auth'`): type names like `Options` are too common to
 * trust alone. `types` are export paths from the module: `Knex.Config` for `import { Knex } from 'knex'`.
 */
export interface TypedPosition {
  modules: readonly string[];
  types: readonly string[];
  path: readonly string[];
  kind: SensitiveKind;
  material: PositionMaterial;
  envName: string;
}

export const TYPED_POSITIONS: readonly TypedPosition[] = [
  { modules: ['next-auth'], types: ['NextAuthOptions', 'AuthOptions', 'NextAuthConfig'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['next-auth'], types: ['NextAuthOptions', 'AuthOptions', 'NextAuthConfig'], path: ['jwt', 'secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['@auth/core', '@auth/core/types'], types: ['AuthConfig'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'AUTH_SECRET' },
  { modules: ['iron-session', 'iron-session/next', 'iron-session/edge'], types: ['SessionOptions', 'IronSessionOptions'], path: ['password'], kind: 'secret', material: 'keyMaterial', envName: 'SESSION_PASSWORD' },
  { modules: ['express-session'], types: ['SessionOptions'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'SESSION_SECRET' },
  { modules: ['pg'], types: ['PoolConfig', 'ClientConfig'], path: ['password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['mysql2', 'mysql2/promise'], types: ['PoolOptions', 'ConnectionOptions'], path: ['password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['typeorm'], types: ['DataSourceOptions', 'ConnectionOptions'], path: ['password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['@nestjs/typeorm'], types: ['TypeOrmModuleOptions'], path: ['password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['knex'], types: ['Knex.Config'], path: ['connection', 'password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['sequelize', 'sequelize-typescript'], types: ['Options', 'SequelizeOptions'], path: ['password'], kind: 'password', material: 'password', envName: 'DATABASE_PASSWORD' },
  { modules: ['nodemailer'], types: ['TransportOptions'], path: ['auth', 'pass'], kind: 'password', material: 'password', envName: 'SMTP_PASSWORD' },
  { modules: ['nodemailer/lib/smtp-transport'], types: ['Options'], path: ['auth', 'pass'], kind: 'password', material: 'password', envName: 'SMTP_PASSWORD' },
  { modules: ['@nestjs/jwt'], types: ['JwtModuleOptions', 'JwtSignOptions'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET' },
  { modules: ['passport-jwt'], types: ['StrategyOptions', 'StrategyOptionsWithoutRequest', 'StrategyOptionsWithRequest'], path: ['secretOrKey'], kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET' },
];

/** Plugins registered with their credential: Fastify's `register(plugin, { secret })`. */
export const PLUGIN_POSITIONS: readonly PluginPosition[] = [
  { modules: ['@fastify/jwt', 'fastify-jwt'], names: ['fastifyJwt', 'fastifyJWT'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET' },
  { modules: ['@fastify/cookie', 'fastify-cookie'], names: ['fastifyCookie'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'COOKIE_SECRET' },
  { modules: ['@fastify/session', 'fastify-session', '@fastify/secure-session'], names: ['fastifySession', 'fastifySecureSession'], path: ['secret'], kind: 'secret', material: 'keyMaterial', envName: 'SESSION_SECRET' },
];

/** Builder chains. */
export const CHAIN_POSITIONS: readonly ChainPosition[] = [
  { method: 'sign', roots: ['SignJWT', 'CompactSign', 'FlattenedSign', 'GeneralSign'], modules: ['jose'], argument: 0, ...JWT },
  { method: 'encrypt', roots: ['EncryptJWT'], modules: ['jose'], argument: 0, ...JWT },
  {
    method: 'auth',
    roots: ['request', 'superagent', 'supertest', 'agent'],
    modules: ['superagent', 'supertest', 'request'],
    argument: 1,
    minArguments: 2,
    kind: 'password',
    material: 'password',
    envName: 'HTTP_PASSWORD',
    label: 'the password',
  },
  { method: 'auth', roots: ['request'], modules: ['request'], argument: 3, kind: 'token', material: 'issued', envName: 'API_TOKEN', label: 'the bearer token' },
];

/** Assignments to credential properties. */
export const ASSIGNED_POSITIONS: readonly AssignedPosition[] = [
  { target: 'app.keys', kind: 'secret', material: 'keyMaterial', envName: 'SESSION_KEYS' },
  { target: 'config.secretAccessKey', kind: 'apiKey', material: 'issued', envName: 'AWS_SECRET_ACCESS_KEY' },
];

/**
 * Property names that are credentials wherever they appear, with their material and conventional secret name
 * (the options of passport-jwt, jsonwebtoken-based middleware, and every AWS SDK client).
 */
export const CREDENTIAL_PROPERTIES: ReadonlyMap<string, { kind: SensitiveKind; material: PositionMaterial; envName: string }> = new Map([
  ['secretAccessKey', { kind: 'apiKey', material: 'issued', envName: 'AWS_SECRET_ACCESS_KEY' }],
  ['secretOrKey', { kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET' }],
  ['secretOrPrivateKey', { kind: 'secret', material: 'keyMaterial', envName: 'JWT_SECRET' }],
]);

/**
 * Prefixes for sensitive options of well-known clients: `new OpenAI({ apiKey })` → `OPENAI_API_KEY`,
 * `new Pool({ password })` → `DATABASE_PASSWORD`. Other PascalCase callees give their own name as prefix.
 */
export const CALLEE_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['Pool', 'DATABASE'],
  ['Client', ''],
  ['createPool', 'DATABASE'],
  ['createConnection', 'DATABASE'],
  ['Sequelize', 'DATABASE'],
  ['knex', 'DATABASE'],
  ['Knex', 'DATABASE'],
  ['MongoClient', 'MONGODB'],
  ['createClient', ''],
  ['Redis', 'REDIS'],
  ['createTransport', 'SMTP'],
  ['session', 'SESSION'],
  ['expressSession', 'SESSION'],
  ['cookieSession', 'COOKIE_SESSION'],
  ['NextAuth', 'AUTH'],
  ['expressjwt', 'JWT'],
  ['expressJwt', 'JWT'],
]);

/** Calls that pass a value through unchanged for our purpose: `Buffer.from(secret, 'base64')`. */
export function isPassThroughCall(callee: string, object: string | undefined): boolean {
  return (callee === 'from' && object === 'Buffer') || callee === 'encode' || callee === 'String';
}
