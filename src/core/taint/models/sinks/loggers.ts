/**
 * Logger sinks (read by `secrets/no-secret-logging`): `console`, `process.stdout.write`, loggers recognised by
 * their modules and factories (winston, pino, bunyan, log4js, loglevel, consola, signale, NestJS, Powertools,
 * Firebase, Fastify's `app.log`, `debug`), and loggers recognised by their names when their construction is out
 * of sight (`this.logger.info`, `req.log.warn`).
 */
import type { TagRule } from '../../types.js';

/** Level methods of logger objects: every argument is logged. */
export const LOG_METHODS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'http',
  'notice',
  'crit',
  'critical',
  'alert',
  'emerg',
  'emergency',
  'success',
  'fail',
  'start',
  'ready',
  'box',
  'note',
  'pending',
  'complete',
  'await',
  'watch',
  'star',
  'fav',
  'pause',
  'print',
  'appendKeys',
  'appendPersistentKeys',
]);

/** Modules whose default or namespace export is itself a logger (`winston.info`, `log.warn` of loglevel). */
const LOGGER_MODULES = ['winston', 'loglevel', 'npmlog', 'signale', 'consola', 'firebase-functions/logger'];

/**
 * How logger objects are recognised: modules and factories whose results are tagged `logger` (an object with
 * {@link LOG_METHODS}) or `logfn` (a function that logs its arguments, like a `debug('ns')` instance).
 */
export const LOGGER_TAG_RULES: readonly TagRule[] = [
  { from: 'module:pino', via: 'call', to: 'logger' },
  { from: 'module:pino#pino', via: 'call', to: 'logger' },
  { from: 'module:pino#default', via: 'call', to: 'logger' },
  { from: 'module:winston#createLogger', via: 'call', to: 'logger' },
  { from: 'module:winston#loggers.get', via: 'call', to: 'logger' },
  { from: 'module:bunyan', via: 'new', to: 'logger' },
  { from: 'module:bunyan#createLogger', via: 'call', to: 'logger' },
  { from: 'module:log4js#getLogger', via: 'call', to: 'logger' },
  { from: 'module:loglevel#getLogger', via: 'call', to: 'logger' },
  { from: 'module:consola#createConsola', via: 'call', to: 'logger' },
  { from: 'module:consola#create', via: 'call', to: 'logger' },
  { from: 'module:signale#Signale', via: 'new', to: 'logger' },
  { from: 'module:@nestjs/common#Logger', via: 'new', to: 'logger' },
  { from: 'module:@aws-lambda-powertools/logger#Logger', via: 'new', to: 'logger' },
  { from: 'module:fastify', via: 'call', to: 'fastify' },
  { from: 'module:fastify#fastify', via: 'call', to: 'fastify' },
  { from: 'module:fastify#default', via: 'call', to: 'fastify' },
  { from: 'fastify', via: 'member', name: 'log', to: 'logger' },
  { from: 'logger#child', via: 'call', to: 'logger' },
  { from: 'logger#createChild', via: 'call', to: 'logger' },
  { from: 'logger#withTag', via: 'call', to: 'logger' },
  { from: 'logger#scope', via: 'call', to: 'logger' },
  { from: 'logger#getLogger', via: 'call', to: 'logger' },
  { from: 'module:debug', via: 'call', to: 'logfn' },
  { from: 'module:debug#debug', via: 'call', to: 'logfn' },
  { from: 'module:debug#default', via: 'call', to: 'logfn' },
  { from: 'logfn#extend', via: 'call', to: 'logfn' },
];

/** Tags whose values are loggers, including modules and exports that are loggers themselves. */
export const LOGGER_TAGS: ReadonlySet<string> = new Set([
  'logger',
  ...LOGGER_MODULES.map((m) => `module:${m}`),
  'module:consola#consola',
  'module:signale#signale',
  'module:@nestjs/common#Logger',
  'module:firebase-functions#logger',
  'module:firebase-functions/v1#logger',
  'module:firebase-functions/v2#logger',
]);

/** The tag of functions that log every argument (`debug('app')` instances). */
export const LOG_FUNCTION_TAG = 'logfn';

/** The global console: every method logs (`console.assert` from its second argument). */
export const CONSOLE_TAG = 'global:console';

/** Global streams whose `write` logs its first argument. */
export const STREAM_WRITES: ReadonlySet<string> = new Set(['process.stdout.write', 'process.stderr.write']);

/** `req.log.info`, `request.log.warn`, `fastify.log.error`: pino-http's and Fastify's request loggers. */
export const REQUEST_LOG_OWNERS: ReadonlySet<string> = new Set(['req', 'request', 'reply', 'res', 'fastify', 'app', 'server', 'ctx', 'this']);

/** Names of objects that are loggers (`logger.info`, `log.debug`), besides names ending in {@link LOGGER_NAME_SUFFIX}. */
export const LOGGER_NAMES: ReadonlySet<string> = new Set(['log', 'LOG', 'logger', 'LOGGER']);
export const LOGGER_NAME_SUFFIX = 'Logger';

/**
 * Development-only logging: a log inside `if (process.env.NODE_ENV === 'development')` (or `!== 'production'`,
 * `import.meta.env.DEV`, `__DEV__`) prints to the developer's own terminal, such as a reset link when no email
 * is configured. The env names whose value is the mode, the values that mean development, and flags.
 */
export const MODE_ENV_NAMES: ReadonlySet<string> = new Set(['NODE_ENV', 'MODE', 'APP_ENV', 'VERCEL_ENV', 'ENVIRONMENT']);
export const DEVELOPMENT_MODES: ReadonlySet<string> = new Set(['development', 'dev', 'local', 'test']);
export const PRODUCTION_MODES: ReadonlySet<string> = new Set(['production', 'prod']);
/** Flags that are true in development only: `import.meta.env.DEV`, `__DEV__`, a local `isDev`. */
export const DEVELOPMENT_FLAGS: ReadonlySet<string> = new Set(['DEV', '__DEV__', 'isDev', 'isDevelopment', 'IS_DEV', 'IS_DEVELOPMENT', 'isLocal']);
