/** The vocabulary of `no-unsafe-secret-comparison`: which names, properties and calls mean what in a comparison. */
import { AUTH_TOKEN_WORDS } from '../../core/names.js';

/**
 * Words that make a `…token` name a credential in a comparison: the shared authentication words, plus
 * single-use link tokens (reset, invite, magic link) and signing secrets, which are credentials when
 * checked even though they are made to travel in URLs.
 */
export const COMPARED_TOKEN_WORDS: ReadonlySet<string> = new Set([
  ...AUTH_TOKEN_WORDS,
  'reset',
  'verification',
  'invite',
  'invitation',
  'magic',
  'webhook',
  'app',
  'discord',
  'telegram',
  'stripe',
  'shared',
  'signing',
]);

/** Heads that are secret only in a comparison: comparing an HMAC or a signature with `===` is the classic leak. */
export const SIGNATURE_HEADS: ReadonlyMap<string, string> = new Map([
  ['signature', 'signature'],
  ['sig', 'signature'],
  ['hmac', 'HMAC'],
  ['digest', 'digest'],
]);

/** Modifiers that make a signature or digest public or non-cryptographic: `typeSignature`, `fileDigest`. */
export const NON_SECRET_SIGNATURE_MODIFIERS = new Set([
  'type',
  'method',
  'function',
  'call',
  'construct',
  'constructor',
  'index',
  'generic',
  'base',
  'overload',
  'member',
  'file',
  'content',
  'contents',
  'etag',
  'integrity',
  'checksum',
  'cache',
  'public',
  'message',
  'time',
  'date',
  'email',
  // content hashes for change detection and caching: `configDigest`, `manifest.digest`, `chunkHash`
  'config',
  'configuration',
  'manifest',
  'schema',
  'bundle',
  'chunk',
  'asset',
  'build',
  'source',
  'snapshot',
  'lock',
]);

/** Leading words of functions and predicates: `verifySignature`, `isDigest`, `getHmac`. */
export const VERB_STARTS = new Set([
  'is',
  'has',
  'get',
  'set',
  'verify',
  'check',
  'validate',
  'create',
  'compute',
  'calculate',
  'generate',
  'sign',
  'parse',
  'to',
  'with',
  'use',
  'make',
  'build',
  'should',
  'can',
]);

/** Words of a confirmation field: comparing it with the password compares two inputs of the same user. */
export const CONFIRMATION_WORDS = new Set([
  'confirm',
  'confirmation',
  'confirmed',
  'repeat',
  'repeated',
  'retype',
  'retyped',
  'again',
  'verify',
  'verification',
  'reentered',
]);

/**
 * Words of a stored hash of a secret (`hashedClientSecret`, `hashedToken`): comparing hashes leaks only a
 * prefix of the hash, which does not help to forge the secret.
 */
export const HASHED_WORDS = new Set(['hashed', 'hash', 'hashes', 'salted', 'encrypted', 'bcrypt', 'argon2', 'scrypt']);
/** Words of a password field being set by the user: `newPassword`, `oldPassword`, `currentPassword` in a form. */
export const NEW_PASSWORD_WORDS = new Set(['new', 'old', 'current', 'previous', 'desired', 'proposed']);

/** Roots and properties of a member chain that carry request data. */
export const REQUEST_ROOTS = new Set(['req', 'request', 'ctx', 'event', 'headers', 'query', 'body', 'params', 'cookies']);
export const REQUEST_PROPERTIES = new Set(['headers', 'query', 'body', 'params', 'cookies', 'searchParams', 'signedCookies']);
/** What a `…From<word>` helper reads when it reads the request: `readSessionFromRequest`, `tokenFromCookies`. */
export const REQUEST_SOURCE_WORDS = new Set(['request', 'req', 'headers', 'header', 'cookie', 'cookies', 'query', 'body', 'params', 'event']);
/**
 * Parameters of a function that handles a request: a handler's `req`/`request`/`event`/Hono's `c`, or a
 * destructured `{ request, params, headers }` (React Router loaders, Lambda authorizers).
 */
export const REQUEST_PARAMS = new Set([...REQUEST_ROOTS, 'c', 'context', 'res', 'reply', 'h3Event', 'evt']);
/** Objects of a pairwise comparison: `a.secret !== b.secret` in an equality or change check compares two records. */
export const PAIR_OBJECTS: readonly (readonly [string, string])[] = [
  ['a', 'b'],
  ['left', 'right'],
  ['lhs', 'rhs'],
  ['x', 'y'],
  ['prev', 'next'],
  ['previous', 'current'],
  ['old', 'new'],
  ['before', 'after'],
  ['first', 'second'],
  ['this', 'other'],
];
/** Words of names that hold what a client sent: `receivedSignature`, `providedToken`. */
export const REQUEST_WORDS = new Set(['received', 'provided', 'incoming', 'given', 'supplied', 'submitted', 'presented', 'header']);
/** Methods that read a request header: `req.get('x-signature')`, `request.headers.get('authorization')`. */
export const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
/** Header names whose value is a credential. */
export const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
/** Calls that return their argument's content unchanged in a comparison's sense. */
export const TRANSPARENT_METHODS = new Set([
  'toString',
  'trim',
  'valueOf',
  'slice',
  'substring',
  'substr',
  'toLowerCase',
  'toUpperCase',
  'normalize',
]);
/** Functions that return their argument's content unchanged in a comparison's sense: `String(config.adminKey)`. */
export const TRANSPARENT_FUNCTIONS = new Set(['String', 'decodeURIComponent', 'encodeURIComponent']);
/** Words of a binding computed to check another value against: `expectedSignature`, `computedHmac`. */
export const VERIFICATION_WORDS = new Set(['expected', 'computed', 'calculated', 'valid', 'correct', 'generated', 'actual', 'recomputed']);
/** Discriminant properties: `field.type === FieldType.SIGNATURE` checks a kind, whatever the other side is. */
export const DISCRIMINANT_PROPERTIES = new Set(['type', 'kind', 'mode', 'status', 'state', 'role', 'variant', 'category', 'tag']);
/** Properties that are numbers or booleans, never content: `token.length`. */
export const NUMERIC_PROPERTIES = new Set(['length', 'size', 'byteLength']);
