/**
 * Telemetry sinks (read by `secrets/no-secret-exposure`, family `telemetry`): error monitoring, analytics and
 * tracing send what they are given to a third party.
 */

/** Sentry calls: every argument is sent. */
export const SENTRY_METHODS: ReadonlySet<string> = new Set([
  'captureException',
  'captureMessage',
  'captureEvent',
  'setContext',
  'setExtra',
  'setExtras',
  'setTag',
  'setTags',
  'setUser',
  'addBreadcrumb',
]);
/** The prefix of Sentry's modules' tags, and the receivers that are Sentry without an import in sight. */
export const SENTRY_MODULE_TAG_PREFIX = 'module:@sentry/';
export const SENTRY_RECEIVERS: ReadonlySet<string> = new Set(['Sentry', 'scope', 'getCurrentScope', 'getIsolationScope']);

/** Analytics clients by the name they are called on, and their methods that send every argument. */
export const ANALYTICS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['analytics', new Set(['track', 'identify', 'page', 'group', 'screen', 'alias'])],
  ['posthog', new Set(['capture', 'identify', 'register', 'setPersonProperties', 'group'])],
  ['mixpanel', new Set(['track', 'identify', 'register', 'set', 'track_links'])],
  ['amplitude', new Set(['track', 'logEvent', 'setUserProperties', 'identify'])],
  ['heap', new Set(['track', 'identify', 'addUserProperties', 'addEventProperties'])],
  ['rudderanalytics', new Set(['track', 'identify', 'page'])],
  ['datadogRum', new Set(['addAction', 'addError', 'setUser', 'setGlobalContextProperty', 'setUserProperty'])],
]);

/** OpenTelemetry span methods, on a receiver whose name ends in `span`. */
export const SPAN_METHODS: ReadonlySet<string> = new Set(['setAttribute', 'setAttributes', 'addEvent', 'recordException']);

/** Google's global site tag. */
export const GTAG_PATHS: ReadonlySet<string> = new Set(['gtag', 'window.gtag']);
