/**
 * HTTP response sinks (read by `secrets/no-secret-exposure`, family `responses`): what a server sends to the
 * client. Express/Fastify/Node response objects by their names, Koa's `ctx`, Hono's `c`, `Response`/
 * `NextResponse`, Remix/React Router helpers by their modules, and functions whose return value goes to the
 * client (Next.js data functions, loaders and actions).
 */

/** Roots of Express/Fastify/Node response objects: `res.json`, `reply.send`, `response.end`. */
export const RESPONSE_ROOTS: ReadonlySet<string> = new Set(['res', 'response', 'reply', 'resp']);

/** Chainable response methods that may sit between the root and the sink: `res.status(401).json(…)`. */
export const RESPONSE_CHAIN: ReadonlySet<string> = new Set([
  'status',
  'code',
  'type',
  'set',
  'header',
  'headers',
  'cookie',
  'append',
  'vary',
  'location',
  'links',
  'attachment',
  'contentType',
]);

/** Response methods and which of their arguments they send. */
export const RESPONSE_METHODS: ReadonlyMap<string, 'first' | 'second' | 'last' | 'all'> = new Map([
  ['send', 'first'],
  ['json', 'first'],
  ['jsonp', 'first'],
  ['end', 'first'],
  ['write', 'first'],
  ['render', 'second'],
  ['set', 'all'],
  ['header', 'all'],
  ['setHeader', 'second'],
  ['append', 'second'],
  ['cookie', 'second'],
  ['redirect', 'last'],
  ['location', 'first'],
]);

/** Hono's context `c`: `c.json(x)`, `c.text(x)`. */
export const HONO_CONTEXT = 'c';
export const HONO_METHODS: ReadonlySet<string> = new Set(['json', 'text', 'html', 'body']);

/** Koa's context: `ctx.set(name, value)`, `ctx.cookies.set(name, value)` send their second argument. */
export const KOA_CONTEXTS: ReadonlySet<string> = new Set(['ctx', 'context']);
export const KOA_SETTERS: ReadonlySet<string> = new Set(['set', 'cookies.set']);

/** Assignments that set a response body: `ctx.body = x`. */
export const RESPONSE_BODY_TARGETS: ReadonlySet<string> = new Set(['ctx.body', 'context.body', 'ctx.response.body']);

/** Constructors of responses whose first argument is the body; `global`: only when not declared in the file. */
export const RESPONSE_CONSTRUCTORS: ReadonlyMap<string, 'global' | 'any'> = new Map([
  ['Response', 'global'],
  ['NextResponse', 'any'],
]);
/** Static response helpers whose first argument is the body. */
export const RESPONSE_STATIC_HELPERS: ReadonlySet<string> = new Set(['Response.json', 'NextResponse.json']);

/** Remix / React Router response helpers, by module: `json(data)` from `@remix-run/node`. */
export const RESPONSE_HELPER_MODULES: readonly string[] = [
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
  '@vercel/remix',
  'react-router',
  'remix-typedjson',
];
export const RESPONSE_HELPERS: readonly string[] = ['json', 'data', 'defer', 'typedjson'];

/** Exported functions whose return value goes to the client, and their label: Next.js data functions, loaders. */
export const DATA_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['getServerSideProps', 'getServerSideProps props'],
  ['getStaticProps', 'getStaticProps props'],
  ['loader', 'loader data'],
  ['action', 'action data'],
]);

/** A returned object with this property is a Lambda / API Gateway / Netlify response: `{ statusCode, body }`. */
export const LAMBDA_RESPONSE_KEY = 'statusCode';
