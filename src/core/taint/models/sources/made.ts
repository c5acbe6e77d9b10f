/**
 * Secrets made in the code: a binding whose name says it holds a secret (`resetToken`, `sessionSecret`,
 * `apiKey`) is a source when it is initialised from a call that makes or recovers one: random bytes, a random
 * UUID, a signed JWT, a decryption, a key derivation. Read by `engine/statements.ts` (`isOpaque`); an
 * identifier such as `requestId = randomUUID()` is not a source, its name is not sensitive.
 */

/** The last member (or the name) of a callee that makes a secret: `crypto.randomBytes`, `randomUUID()`. */
export const SECRET_MAKING_CALLS: ReadonlySet<string> = new Set([
  'randomBytes',
  'randomUUID',
  'getRandomValues',
  'scrypt',
  'scryptSync',
  'pbkdf2',
  'pbkdf2Sync',
  'hkdf',
  'hkdfSync',
  'generateKeySync',
  'generateSecret',
  'nanoid',
  'uuid',
  'v4',
  'createId',
  'cuid',
]);

/** `jwt.sign(…)`: a `sign` method on one of these receivers. */
export const TOKEN_SIGNERS: ReadonlySet<string> = new Set(['jwt', 'jsonwebtoken', 'Jwt', 'JWT', 'jwtService', 'jose']);

/** Calls whose name starts so recover a secret: `decrypt(…)`, `decryptToken(…)`. */
export const RECOVERING_PREFIX = 'decrypt';

/** Conversions that keep the made secret: `randomBytes(32).toString('hex')`. */
export const KEEPING_METHODS: ReadonlySet<string> = new Set(['toString', 'slice', 'substring', 'toUpperCase', 'toLowerCase', 'replace', 'replaceAll', 'trim']);

/** Text hints of the pre-check: a file where a secret is made (names alone may not reveal it: `resetToken`). */
export const MADE_TEXT_HINTS: readonly string[] = ['randomBytes', 'randomUUID', 'getRandomValues', 'scrypt', 'pbkdf2', 'hkdf', '.sign(', 'decrypt'];
