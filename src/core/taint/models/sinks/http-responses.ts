/**
 * HTTP response sinks (read by `secrets/no-secret-exposure`, family `responses`): what a server sends to the
 * client. Express/Fastify/Node response objects by their names, Koa's `ctx`, Hono's `c`, `Response`/
 * `NextResponse`, and, from the framework registry (`src/core/framework/`), the frameworks' response helpers
 * (Remix / React Router `json(data)`, SvelteKit's `json`/`text`, h3's `setResponseHeader`/`setCookie`), route
 * handler wrappers whose callback returns the body (h3's `defineEventHandler`), and data functions whose return
 * value goes to the client (Next.js `getServerSideProps`, loaders and actions).
 */
import {
  DATA_FUNCTIONS as FRAMEWORK_DATA_FUNCTIONS,
  RESPONSE_HANDLERS as FRAMEWORK_RESPONSE_HANDLERS,
  RESPONSE_HELPERS as FRAMEWORK_RESPONSE_HELPERS,
} from '../../../framework/registry.js';

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
  'writeHead',
  'setHeader',
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
  ['writeHead', 'last'],
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

/** The tag the engine gives a framework function: `module:h3#setCookie`, or `global:setCookie` when auto-imported. */
const helperTag = (module: string | undefined, name: string): string => (module === undefined ? `global:${name}` : `module:${module}#${name}`);

/**
 * Frameworks' response helpers by the tag of the function (`module:@remix-run/node#json`, `global:setCookie`
 * where auto-imported) → their name and the argument they send.
 */
export const RESPONSE_HELPER_TAGS: ReadonlyMap<string, { readonly name: string; readonly argument: number }> = new Map(
  FRAMEWORK_RESPONSE_HELPERS.map(({ module, name, argument }) => [helperTag(module, name), { name, argument }]),
);

/** Route handler wrappers by tag (`module:h3#defineEventHandler`, `global:defineEventHandler`) → their name. */
export const RESPONSE_HANDLER_TAGS: ReadonlyMap<string, string> = new Map(
  FRAMEWORK_RESPONSE_HANDLERS.map(({ module, name }) => [helperTag(module, name), name]),
);

/**
 * Exported functions whose return value goes to the client in any file, and their label: Next.js data
 * functions, Remix loaders and actions. (Those bound to some files, such as SvelteKit's server `load`, are
 * matched by the rule with the file's name.)
 */
export const DATA_FUNCTIONS: ReadonlyMap<string, string> = new Map(
  [...FRAMEWORK_DATA_FUNCTIONS].flatMap(([name, fns]) => fns.filter((fn) => fn.inFile === undefined).map((fn) => [name, fn.label] as const)),
);

/**
 * A returned object with this property is a Lambda / API Gateway / Netlify response: `{ statusCode, body }`,
 * returned as a literal or as a variable the function built (`const response = { statusCode: 200, … }` or
 * `response.statusCode = 200`).
 */
export const LAMBDA_RESPONSE_KEY = 'statusCode';
