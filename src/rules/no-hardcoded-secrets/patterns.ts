/**
 * Every regular expression the rule itself uses (the value detectors keep theirs in src/core/detect), in
 * one place so a test can run each on adversarial input. All are linear: anchored literal alternations or
 * single character classes, no nested quantifiers.
 */

/** Suffixes stripped from SDK class names to get a secret-name prefix: `GoogleProvider` → `Google`. */
export const SDK_CLASS_SUFFIX = /(?:Provider|Strategy|Client|Api|API|SDK|Sdk)$/u;
/** A setter method: `setApiKey`. */
export const SETTER = /^set[A-Z]/u;
/** A JavaScript identifier (for `process.env.NAME` versus `process.env["NAME"]`). */
export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;
/** The head of a connection-string name, replaced by `_PASSWORD` for a URL's password: `DATABASE_URL`. */
export const CONNECTION_NAME_HEAD = /_(?:URL|URI|DSN|URLS|CONNECTION_STRING|CONN_STR|CONNSTR)$/u;
/** Runs of whitespace in a detector's kind label. */
export const WHITESPACE = /\s+/gu;
/** A number, as a secret-name word (`API_KEYS_2`). */
export const DIGITS_ONLY = /^\d+$/u;
/** Brand names that split badly: `GitHub` → `GITHUB`, not `GIT_HUB`. */
const BRANDS: readonly (readonly [RegExp, string])[] = [
  [/GitHub/gu, 'Github'],
  [/GitLab/gu, 'Gitlab'],
  [/OpenAI/gu, 'Openai'],
  [/SendGrid/gu, 'Sendgrid'],
  [/PayPal/gu, 'Paypal'],
  [/LinkedIn/gu, 'Linkedin'],
  [/MongoDB/gu, 'Mongodb'],
  [/MailChimp/gu, 'Mailchimp'],
  [/HubSpot/gu, 'Hubspot'],
  [/DigitalOcean/gu, 'Digitalocean'],
  [/PostgreSQL/gu, 'Postgresql'],
  [/MySQL/gu, 'Mysql'],
];

/** The brands in one alternation, replaced in one pass by {@link BRAND_SPELLING}. */
export const BRAND_PATTERN = new RegExp(BRANDS.map(([pattern]) => pattern.source).join('|'), 'gu');
export const BRAND_SPELLING: ReadonlyMap<string, string> = new Map(BRANDS.map(([pattern, spelling]) => [pattern.source, spelling]));

/** All of the above, for the backtracking test. */
export const RULE_PATTERNS: readonly RegExp[] = [
  SDK_CLASS_SUFFIX,
  SETTER,
  IDENTIFIER,
  CONNECTION_NAME_HEAD,
  WHITESPACE,
  DIGITS_ONLY,
  BRAND_PATTERN,
  ...BRANDS.map(([pattern]) => pattern),
];
