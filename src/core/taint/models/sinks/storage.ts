/**
 * Browser storage sinks (read by `secrets/no-secret-exposure`, family `storage`): anything stored there is
 * readable by every script on the page.
 */

/** `localStorage.setItem(key, value)`: the value is stored. */
export const STORAGE_SET_ITEM_CALLS: ReadonlySet<string> = new Set([
  'localStorage.setItem',
  'sessionStorage.setItem',
  'window.localStorage.setItem',
  'window.sessionStorage.setItem',
]);

/** `document.cookie = value`. */
export const COOKIE_TARGETS: ReadonlySet<string> = new Set(['document.cookie', 'window.document.cookie']);

/** Storage objects whose properties are stored items: `localStorage.token = value`, `sessionStorage['pw'] = value`. */
export const STORAGE_OBJECTS: ReadonlySet<string> = new Set(['localStorage', 'sessionStorage', 'window.localStorage', 'window.sessionStorage']);
