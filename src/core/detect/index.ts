/**
 * The value-detection library of `secrets/no-hardcoded-secrets`: credentials recognised by their value.
 * Pure string work, no ESLint; safe to share between rules and worker threads (no mutable module state).
 *
 * - `scanText(text, options)`: provider tokens, private keys, URL/connection-string passwords,
 *   Authorization header values and JWTs anywhere in a text.
 * - `assessGenericValue(value, nameKind)`: a random-looking credential bound to a sensitive name.
 * - `isPlaceholder(value)`: placeholders and templates.
 * - `compileCustomDetectors(list, rule)`: user-supplied patterns.
 */
import { GENERIC_PATTERNS } from './generic.js';
import { GUESSABLE_PATTERNS } from './guessable.js';
import { PROVIDERS } from './providers.js';
import { PLACEHOLDER_PATTERNS } from './placeholder.js';
import { PREFILTER } from './scan.js';
import { STRUCTURED_PATTERNS } from './structured.js';

export type { CompiledDetector, Confidence, CustomDetector, Detection } from './types.js';
export { contextMayRaise, scanText } from './scan.js';
export { assessGenericValue, isPublicByDesignValue, mayBeGenericSecret } from './generic.js';
export { isPlaceholder } from './placeholder.js';
export { compileCustomDetectors } from './custom.js';
export { isHumanPasswordCandidate, looksLikeChosenPassword, notCredentialReason, urlPassword } from './guessable.js';
export { PROVIDERS } from './providers.js';
export { STRUCTURED_DETECTORS, isSpelledOutUserinfo } from './structured.js';

/** Every regular expression the library runs on untrusted text, for the ReDoS test. */
export const ALL_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  ...PROVIDERS.flatMap((p) => [
    { id: p.id, pattern: p.pattern },
    ...(p.lead ? [{ id: `${p.id}:lead`, pattern: p.lead }] : []),
    ...(p.trailing ? [{ id: `${p.id}:trailing`, pattern: p.trailing }] : []),
  ]),
  { id: 'prefilter', pattern: PREFILTER },
  ...GENERIC_PATTERNS.map((pattern, i) => ({ id: `generic:${i}`, pattern })),
  ...STRUCTURED_PATTERNS.map((pattern, i) => ({ id: `structured:${i}`, pattern })),
  ...PLACEHOLDER_PATTERNS.map((pattern, i) => ({ id: `placeholder:${i}`, pattern })),
  ...GUESSABLE_PATTERNS.map((pattern, i) => ({ id: `guessable:${i}`, pattern })),
];
