/**
 * URL sinks (read by `secrets/no-secret-exposure`, family `urls`): a secret in a URL's query string ends up in
 * server logs, proxies, browser history and `Referer` headers. HTTP clients (their URL and `params`),
 * `searchParams.set`, and browser navigation.
 */
import type { TagRule } from '../../types.js';

/** Instances of HTTP clients, by their factories: `axios.create()`, `got.extend()`, `ky.create()`. */
export const HTTP_CLIENT_TAG_RULES: readonly TagRule[] = [
  { from: 'module:axios#create', via: 'call', to: 'axios' },
  { from: 'module:axios#default.create', via: 'call', to: 'axios' },
  { from: 'module:got#extend', via: 'call', to: 'got' },
  { from: 'module:ky#create', via: 'call', to: 'ky' },
  { from: 'module:ky#extend', via: 'call', to: 'ky' },
];

/** `fetch` as a global: the callee paths it is called by. */
export const FETCH_PATHS: ReadonlySet<string> = new Set(['fetch', 'window.fetch', 'globalThis.fetch']);
/** Imported fetch-like functions, by tag. */
export const FETCH_TAGS: readonly string[] = ['module:node-fetch', 'module:node-fetch#default', 'module:undici#fetch', 'module:undici#request'];

/** HTTP clients whose first argument is a URL, by the name they are called by. */
export const HTTP_CLIENT_ROOTS: ReadonlySet<string> = new Set(['axios', 'got', 'ky', 'superagent', 'request', 'needle', 'ofetch', '$fetch']);
export const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream']);
/** axios methods whose config is the second argument (the others take data second, config third). */
export const AXIOS_CONFIG_SECOND: ReadonlySet<string> = new Set(['get', 'delete', 'head', 'options']);

/** Assignments that navigate: `location.href = url`. */
export const NAVIGATION_TARGETS: ReadonlySet<string> = new Set([
  'location.href',
  'window.location.href',
  'window.location',
  'document.location',
  'document.location.href',
]);
/** Calls that navigate to their first argument. */
export const NAVIGATION_CALLS: ReadonlySet<string> = new Set([
  'location.assign',
  'location.replace',
  'window.location.assign',
  'window.location.replace',
  'window.open',
]);
