/**
 * Request credentials: what a client sends to authenticate, read by server code. The credential headers of a
 * request (`req.headers.authorization`, `req.get('authorization')`, `req.header('x-api-key')`, Next.js
 * `headers().get('authorization')`, Hono `c.req.header('Authorization')`, `request.headers.get(…)`), the whole
 * headers object of a request (it carries `Authorization` and `Cookie`), and cookies named like sessions or
 * tokens (`req.cookies.session_id`, `cookies().get('auth-token')`). Read by `engine/request-reads.ts`.
 */

/** Headers that carry a credential (compared lower-cased). */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api-key',
  'apikey',
  'x-auth-token',
  'x-access-token',
  'x-session-token',
  'x-amz-security-token',
  'x-goog-api-key',
]);

/** Methods that read one header by name: `req.get(name)`, `req.header(name)`, `headers.get(name)`. */
export const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

/** Methods that read one cookie by name: `cookies().get(name)`, `req.cookies.get(name)`. */
export const COOKIE_GETTERS: ReadonlySet<string> = new Set(['get', 'getCookie']);

/** Objects whose properties are the request's cookies. */
export const COOKIE_CONTAINERS: ReadonlySet<string> = new Set(['cookies', 'signedCookies']);

/** Requests by the path they are read through: their `headers` property is the request's headers. */
export const REQUEST_PATHS: ReadonlySet<string> = new Set([
  'req',
  'request',
  'ctx.req',
  'ctx.request',
  'c.req',
  'c.req.raw',
  'context.request',
  'event.node.req',
  'event.request',
]);

/** Functions whose result is the current request's headers or cookies, by import: Next.js `headers()`. */
export const HEADER_FUNCTIONS: readonly string[] = ['module:next/headers#headers'];
export const COOKIE_FUNCTIONS: readonly string[] = ['module:next/headers#cookies'];

/** Words of a cookie's name that make it a credential: sessions, tokens, auth. */
export const CREDENTIAL_COOKIE_WORDS: ReadonlySet<string> = new Set(['session', 'sess', 'sid', 'token', 'auth', 'jwt', 'jsessionid', 'connect']);

/** Text hints of the pre-check: a file without any reads no request credential. */
export const REQUEST_TEXT_HINTS: readonly string[] = [
  'uthorization',
  'pi-key',
  'PI-Key',
  'pi-Key',
  'piKey',
  'apikey',
  'uth-token',
  'ccess-token',
  'ession-token',
  'ecurity-token',
  'ookies',
  'req.headers',
  'request.headers',
  'Cookie',
];
