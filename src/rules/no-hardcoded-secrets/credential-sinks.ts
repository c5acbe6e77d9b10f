/**
 * Known credential parameters, as data: a constant that reaches one of these is a hard-coded credential
 * even when no variable name says so (the CodeQL hard-coded-credentials idea, reduced to a small table).
 */
import type { SensitiveKind } from '../../core/names.js';

/** A positional argument that is a credential: `jwt.sign(payload, SECRET)`. */
export interface ArgumentSink {
  /** The called name: the identifier, or the property of a member call (`createHmac` for `crypto.createHmac`). */
  callee: string;
  /** When set, a member call must be made on an object with one of these names (lower case). */
  objects?: readonly string[];
  /** Zero-based index of the credential argument. */
  argument: number;
  kind: SensitiveKind;
  /** Secret name suggested for the store / environment. */
  envName: string;
}

/** A property inside an options argument that is a credential although its name is not sensitive. */
export interface OptionSink {
  callee: string;
  objects?: readonly string[];
  argument: number;
  /** Property path inside the argument; `*` matches any key (its name then fills `{key}` in `envName`). */
  path: readonly string[];
  kind: SensitiveKind;
  envName: string;
}

export const ARGUMENT_SINKS: readonly ArgumentSink[] = [
  // jsonwebtoken
  { callee: 'sign', objects: ['jwt', 'jsonwebtoken'], argument: 1, kind: 'secret', envName: 'JWT_SECRET' },
  { callee: 'verify', objects: ['jwt', 'jsonwebtoken'], argument: 1, kind: 'secret', envName: 'JWT_SECRET' },
  // jose
  { callee: 'jwtVerify', argument: 1, kind: 'secret', envName: 'JWT_SECRET' },
  { callee: 'jwtDecrypt', argument: 1, kind: 'secret', envName: 'JWT_SECRET' },
  // node:crypto
  { callee: 'createHmac', argument: 1, kind: 'secret', envName: 'HMAC_SECRET' },
  { callee: 'createCipheriv', argument: 1, kind: 'privateKey', envName: 'ENCRYPTION_KEY' },
  { callee: 'createDecipheriv', argument: 1, kind: 'privateKey', envName: 'ENCRYPTION_KEY' },
  // cookie-parser
  { callee: 'cookieParser', argument: 0, kind: 'secret', envName: 'COOKIE_SECRET' },
  // SDK clients taking the key positionally
  { callee: 'Stripe', argument: 0, kind: 'apiKey', envName: 'STRIPE_SECRET_KEY' },
  { callee: 'Resend', argument: 0, kind: 'apiKey', envName: 'RESEND_API_KEY' },
  { callee: 'twilio', argument: 1, kind: 'token', envName: 'TWILIO_AUTH_TOKEN' },
  { callee: 'Twilio', argument: 1, kind: 'token', envName: 'TWILIO_AUTH_TOKEN' },
  { callee: 'Sequelize', argument: 2, kind: 'password', envName: 'DATABASE_PASSWORD' },
];

export const OPTION_SINKS: readonly OptionSink[] = [
  { callee: 'Octokit', argument: 0, path: ['auth'], kind: 'token', envName: 'GITHUB_TOKEN' },
  { callee: 'basicAuth', argument: 0, path: ['users', '*'], kind: 'password', envName: '{key}_PASSWORD' },
  { callee: 'expressBasicAuth', argument: 0, path: ['users', '*'], kind: 'password', envName: '{key}_PASSWORD' },
  { callee: 'createTransport', argument: 0, path: ['auth', 'pass'], kind: 'password', envName: 'SMTP_PASSWORD' },
];

/** Property names that are credentials wherever they appear, with their conventional secret name. */
export const CREDENTIAL_PROPERTIES: ReadonlyMap<string, { kind: SensitiveKind; envName: string }> = new Map([
  ['secretAccessKey', { kind: 'apiKey', envName: 'AWS_SECRET_ACCESS_KEY' }],
  ['secretOrKey', { kind: 'secret', envName: 'JWT_SECRET' }],
  ['secretOrPrivateKey', { kind: 'secret', envName: 'JWT_SECRET' }],
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
