/**
 * Environment variable names: which prefixes make a variable public (inlined into browser bundles), which
 * names are public by design (publishable keys, anon keys, browser API keys, analytics ids), and whether a
 * name denotes a secret once its public prefix is stripped.
 *
 * Built on `classifySensitiveName` from `names.ts`. Pure string work, no backtracking regular expressions.
 */
import { classifySensitiveName, classifyVendorKeyName, describeSensitiveKind, nameWords, type SensitiveKind } from '../names.js';
import { PROVIDERS } from '../detect/providers.js';
import { PUBLIC_PREFIXES } from '../framework/registry.js';
import type { PublicPrefixTool } from '../framework/model.js';

/** A public prefix and the tool that inlines variables carrying it into client code. */
export type PublicPrefix = PublicPrefixTool;

export { PUBLIC_PREFIXES };

/**
 * Names that are public by design even though they look like keys or tokens: the vendor documents them
 * for use in browser code. Each entry is the word sequence the prefix-stripped name ends with.
 */
const PUBLIC_BY_DESIGN_ENDINGS: readonly (readonly string[])[] = [
  ['publishable', 'key'], // Stripe, Clerk
  ['anon', 'key'], // Supabase
  ['firebase', 'api', 'key'], // Firebase web config
  ['firebase', 'key'],
  ['maps', 'api', 'key'], // Google Maps JavaScript API (referrer-restricted browser key)
  ['maps', 'key'],
  ['map', 'api', 'key'],
  ['places', 'api', 'key'],
  ['browser', 'api', 'key'],
  ['browser', 'key'],
  ['web', 'token'], // Vapi web token, Firebase "Web API key": keys scoped to browser use
  ['web', 'api', 'key'],
  ['web', 'key'],
  ['client', 'token'], // Datadog RUM, Paddle client-side tokens
  ['client', 'api', 'key'],
  ['search', 'api', 'key'], // Algolia search-only key
  ['search', 'only', 'api', 'key'],
  ['search', 'only', 'key'],
  ['search', 'key'],
  ['mapbox', 'token'], // Mapbox public tokens (pk.)
  ['mapbox', 'access', 'token'],
  ['mapbox', 'api', 'key'],
  ['mapbox', 'public', 'token'],
  ['mixpanel', 'token'], // Mixpanel project token
  ['mixpanel', 'project', 'token'],
  ['amplitude', 'api', 'key'], // Amplitude browser SDK key
  ['amplitude', 'key'],
  ['posthog', 'api', 'key'], // PostHog project key (phc_)
  ['posthog', 'project', 'api', 'key'],
  ['heap', 'api', 'key'],
  ['segment', 'api', 'key'],
  ['recaptcha', 'key'],
  ['captcha', 'key'],
  ['turnstile', 'key'],
  ['web3forms', 'access', 'key'], // form services meant for static sites
  ['frontend', 'token'], // Unleash frontend tokens, feature-flag SDK tokens for browsers
  ['frontend', 'api', 'token'],
  ['frontend', 'api', 'key'],
  ['hypertune', 'token'], // Hypertune client SDK token
  ['botd', 'api', 'token'], // FingerprintJS BotD public API token
  ['botd', 'token'],
];

/**
 * Env-specific secret names the general heuristic leaves alone: in an environment variable, `<VENDOR>_KEY`
 * of an AI, e-mail or payment API is that vendor's server key (the vendor list lives in the shared name
 * model, `classifyVendorKeyName`), and Supabase's `SERVICE_ROLE_KEY` bypasses row-level security.
 */
function isEnvSpecificSecret(words: readonly string[]): SensitiveKind | undefined {
  const n = words.length;
  if (n < 2) return undefined;
  const head = words[n - 1] as string;
  const modifier = words[n - 2] as string;
  if (modifier === 'role' && head === 'key' && n >= 3 && words[n - 3] === 'service') return 'apiKey';
  if (modifier === 'service' && head === 'role') return 'apiKey';
  return undefined;
}

/** Every built-in prefix that is public, e.g. for the schema docs. */
export function builtInPublicPrefixes(): string[] {
  return PUBLIC_PREFIXES.map((p) => p.prefix);
}

/**
 * The public prefix an environment variable name starts with, longest match first, or `undefined`.
 * `extraPrefixes` (user-configured, e.g. a custom Vite `envPrefix`) are tried first.
 */
export function findPublicPrefix(name: string, extraPrefixes: readonly string[] = []): PublicPrefix | undefined {
  let best: PublicPrefix | undefined;
  for (const prefix of extraPrefixes) {
    if (prefix.length > 0 && prefix.length < name.length && name.startsWith(prefix)) {
      if (best === undefined || prefix.length > best.prefix.length) best = { prefix, tool: 'your bundler' };
    }
  }
  for (const entry of PUBLIC_PREFIXES) {
    if (entry.prefix.length < name.length && name.startsWith(entry.prefix)) {
      if (best === undefined || entry.prefix.length > best.prefix.length) best = entry;
    }
  }
  return best;
}

function endsWithWords(words: readonly string[], ending: readonly string[]): boolean {
  if (ending.length > words.length) return false;
  const offset = words.length - ending.length;
  for (let i = 0; i < ending.length; i++) {
    if (words[offset + i] !== ending[i]) return false;
  }
  return true;
}

/**
 * True for names that are public by design: `STRIPE_PUBLISHABLE_KEY`, `SUPABASE_ANON_KEY`,
 * `FIREBASE_API_KEY`, `GOOGLE_MAPS_API_KEY`, `ALGOLIA_SEARCH_API_KEY`, `MAPBOX_TOKEN`, … Give it the name
 * without its public prefix.
 */
export function isPublicByDesignEnvName(bareName: string): boolean {
  const words = nameWords(bareName);
  for (const ending of PUBLIC_BY_DESIGN_ENDINGS) {
    if (endsWithWords(words, ending)) return true;
  }
  return false;
}

/** Options that adjust the judgement of environment variable names. */
export interface EnvNameOptions {
  /** Extra public prefixes besides the built-in ones. */
  publicPrefixes?: readonly string[];
  /** Names matching one of these are secrets whatever the heuristic says (full name or bare name). */
  sensitiveNames?: readonly RegExp[];
  /** Names matching one of these are never reported (full name or bare name); wins over `sensitiveNames`. */
  allowedNames?: readonly RegExp[];
}

/** An environment variable name judged to hold a secret. */
export interface SecretEnvName {
  /** The full name, e.g. `NEXT_PUBLIC_STRIPE_SECRET_KEY`. */
  name: string;
  /** The name without its public prefix, e.g. `STRIPE_SECRET_KEY`. */
  bareName: string;
  kind: SensitiveKind;
  /** The public prefix the name carries, if any. */
  publicPrefix: PublicPrefix | undefined;
}

function matchesAny(patterns: readonly RegExp[] | undefined, name: string, bareName: string): boolean {
  if (patterns === undefined) return false;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    if (pattern.test(name)) return true;
    pattern.lastIndex = 0;
    if (bareName !== name && pattern.test(bareName)) return true;
  }
  return false;
}

/** The judgement of an environment variable name, with the reason in words. */
export type EnvJudgement =
  | (SecretEnvName & { verdict: 'secret'; reason: string })
  | {
      verdict: 'public' | 'not-secret';
      name: string;
      bareName: string;
      publicPrefix: PublicPrefix | undefined;
      /** `public by design (…)`, `allowed by allowedNames`, `not a credential name`. */
      reason: string;
    };

/**
 * Judges an environment variable name, for every rule: strips a public prefix, then asks
 * `classifySensitiveName` about the rest, so `NEXT_PUBLIC_API_KEY` is judged as `API_KEY`; vendor keys of
 * server APIs (`OPENAI_KEY`) are secrets; public-by-design names (`GOOGLE_MAPS_API_KEY`,
 * `STRIPE_PUBLISHABLE_KEY`) are `public`.
 */
export function judgeEnvName(name: string, options: EnvNameOptions = {}): EnvJudgement {
  const inRange = name.length >= 3 && name.length <= 200;
  const publicPrefix = inRange ? findPublicPrefix(name, options.publicPrefixes) : undefined;
  const bareName = publicPrefix ? name.slice(publicPrefix.prefix.length) : name;
  const not = (verdict: 'public' | 'not-secret', reason: string): EnvJudgement => ({ verdict, name, bareName, publicPrefix, reason });
  if (!inRange) return not('not-secret', 'too short or too long for a variable name');
  if (matchesAny(options.allowedNames, name, bareName)) return not('not-secret', 'allowed by `allowedNames`');
  if (matchesAny(options.sensitiveNames, name, bareName)) {
    const kind = classifySensitiveName(bareName)?.kind ?? 'secret';
    return { verdict: 'secret', name, bareName, kind, publicPrefix, reason: 'listed in `sensitiveNames`' };
  }
  if (isPublicByDesignEnvName(bareName)) return not('public', 'public by design: the vendor documents it for browser code');
  const kind =
    classifySensitiveName(bareName)?.kind ??
    (classifyVendorKeyName(bareName)?.secretByName === true ? 'apiKey' : undefined) ??
    isEnvSpecificSecret(nameWords(bareName));
  if (kind === undefined) return not('not-secret', 'not a credential name');
  return { verdict: 'secret', name, bareName, kind, publicPrefix, reason: 'a credential name' };
}

/** A provider's own name for the secret its conventional variable holds: `STRIPE_SECRET_KEY` → `Stripe secret key`. */
const PROVIDER_SECRET_LABELS: ReadonlyMap<string, string> = new Map(
  PROVIDERS.filter((spec) => !spec.publicByDesign)
    .reverse() // the first spec of a name wins: the live-mode key before the test-mode one
    .map((spec) => [spec.envName, spec.kind]),
);

/**
 * What a secret variable holds, for messages: the provider's name for its conventional variable, public
 * prefix or not (`NEXT_PUBLIC_STRIPE_SECRET_KEY` → `Stripe secret key`), else the kind of credential its
 * name says (`API key`).
 */
export function describeEnvSecret(name: string, kind: SensitiveKind): string {
  const prefix = findPublicPrefix(name);
  return PROVIDER_SECRET_LABELS.get(prefix ? name.slice(prefix.prefix.length) : name) ?? describeSensitiveKind(kind);
}

/** The name as a secret when {@link judgeEnvName} says it is one, else `undefined`. */
export function secretEnvName(name: string, options: EnvNameOptions = {}): SecretEnvName | undefined {
  const judged = judgeEnvName(name, options);
  return judged.verdict === 'secret' ? { name: judged.name, bareName: judged.bareName, kind: judged.kind, publicPrefix: judged.publicPrefix } : undefined;
}
