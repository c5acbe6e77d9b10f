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
import * as generic from './generic.js';
import * as guessable from './guessable.js';
import * as placeholder from './placeholder.js';
import * as scan from './scan.js';
import * as structured from './structured.js';
import { compileCustomDetectors as compileCustom } from './custom.js';
import { PROVIDERS as PROVIDER_LIST } from './providers.js';

export type { CompiledDetector, Confidence, CustomDetector, Detection } from './types.js';
// Constants, not re-exports: TypeScript compiles a re-export to CommonJS as a getter, which every call from
// a rule's visitor paid wherever V8 had not inlined it.
export const scanText = scan.scanText;
export const contextMayRaise = scan.contextMayRaise;
export const assessGenericValue = generic.assessGenericValue;
export const isPublicByDesignValue = generic.isPublicByDesignValue;
export const mayBeGenericSecret = generic.mayBeGenericSecret;
export const isPlaceholder = placeholder.isPlaceholder;
export const compileCustomDetectors = compileCustom;
export const isHumanPasswordCandidate = guessable.isHumanPasswordCandidate;
export const looksLikeChosenPassword = guessable.looksLikeChosenPassword;
export const notCredentialReason = guessable.notCredentialReason;
export const urlPassword = guessable.urlPassword;
export const PROVIDERS = PROVIDER_LIST;
export const STRUCTURED_DETECTORS = structured.STRUCTURED_DETECTORS;
export const isSpelledOutUserinfo = structured.isSpelledOutUserinfo;

/** Every regular expression the library runs on untrusted text, for the ReDoS test. */
export const ALL_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  ...PROVIDER_LIST.flatMap((p) => [
    { id: p.id, pattern: p.pattern },
    ...(p.lead ? [{ id: `${p.id}:lead`, pattern: p.lead }] : []),
    ...(p.trailing ? [{ id: `${p.id}:trailing`, pattern: p.trailing }] : []),
  ]),
  { id: 'prefilter', pattern: scan.PREFILTER },
  ...generic.GENERIC_PATTERNS.map((pattern, i) => ({ id: `generic:${i}`, pattern })),
  ...structured.STRUCTURED_PATTERNS.map((pattern, i) => ({ id: `structured:${i}`, pattern })),
  ...placeholder.PLACEHOLDER_PATTERNS.map((pattern, i) => ({ id: `placeholder:${i}`, pattern })),
  ...guessable.GUESSABLE_PATTERNS.map((pattern, i) => ({ id: `guessable:${i}`, pattern })),
];
