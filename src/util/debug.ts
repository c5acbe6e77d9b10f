/**
 * `DEBUG=eslint-plugin-secrets:*` (the `debug` package's convention, without the package): namespaces
 * separated by commas or spaces, `*` matching anything, a leading `-` excluding. Read per call, never cached
 * in module state: one string test per linted file when `DEBUG` is unset.
 */

function matches(pattern: string, namespace: string): boolean {
  if (!pattern.includes('*')) return pattern === namespace;
  const parts = pattern.split('*');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i === 0) {
      if (!namespace.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    if (i === parts.length - 1) return part === '' || (namespace.length - part.length >= at && namespace.endsWith(part));
    const found = namespace.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/** True when `DEBUG` (or `value`) enables `namespace`. */
export function isDebugEnabled(namespace: string, value: string | undefined = process.env.DEBUG): boolean {
  if (value === undefined || value.length === 0) return false;
  let enabled = false;
  for (const raw of value.split(/[\s,]+/u)) {
    if (raw.length === 0) continue;
    if (raw.startsWith('-')) {
      if (matches(raw.slice(1), namespace)) return false;
    } else if (matches(raw, namespace)) {
      enabled = true;
    }
  }
  return enabled;
}

/** Writes one debug line to stderr, prefixed with its namespace. */
export function debugLine(namespace: string, text: string): void {
  process.stderr.write(`${namespace} ${text}\n`);
}
