/**
 * Name heuristics: does an identifier, property key or environment variable name denote a secret?
 *
 * Shared by every rule (generic hard-coded secrets, secret env names, taint sources). The name is split
 * into lower-case words (camelCase, PascalCase, snake_case, kebab-case, UPPER_SNAKE, dotted) and judged by
 * its head noun, the last word, as English compounds are: `secretName` is a name, `apiKey` is a key.
 * Pure string work, no regular expressions with backtracking, linear in the name's length.
 */

/** What kind of secret a name denotes. */
export type SensitiveKind =
  | 'password'
  | 'secret'
  | 'token'
  | 'apiKey'
  | 'privateKey'
  | 'credential'
  | 'connectionString';

/** A name judged sensitive. */
export interface SensitiveName {
  kind: SensitiveKind;
  /** The words the name was split into, lower case. */
  words: readonly string[];
}

const KIND_LABELS: Record<SensitiveKind, string> = {
  password: 'password',
  secret: 'secret',
  token: 'token',
  apiKey: 'API key',
  privateKey: 'private key',
  credential: 'credential',
  connectionString: 'connection string',
};

/**
 * Words that make a `…token` name an authentication credential (`accessToken`, `API_TOKEN`,
 * `githubToken`) rather than a lexer or design token. Rules add the words of their own context.
 */
export const AUTH_TOKEN_WORDS: ReadonlySet<string> = new Set([
  'access',
  'accesstoken',
  'refresh',
  'refreshtoken',
  'auth',
  'authtoken',
  'authentication',
  'authorization',
  'api',
  'bearer',
  'session',
  'jwt',
  'oauth',
  'oauth2',
  'personal',
  'service',
  'admin',
  'bot',
  'client',
  'secret',
  'github',
  'gitlab',
  'slack',
  'npm',
]);

/** A human label for a sensitive kind, e.g. `API key`. */
export function describeSensitiveKind(kind: SensitiveKind): string {
  return KIND_LABELS[kind];
}

/**
 * Splits an identifier into lower-case words.
 * `clientSecret` → [client, secret]; `DB_PASSWORD` → [db, password]; `APIKey` → [api, key];
 * `x-api-key` → [x, api, key]; `oauth2Token` → [oauth2, token].
 */
export function splitWords(name: string): string[] {
  // Character codes and slices, not per-character strings: every rule splits names on hot paths.
  const words: string[] = [];
  let start = -1; // start of the current word, -1 between words
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    if (!isUpper && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) {
      if (start >= 0) words.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    if (isUpper) {
      const prev = name.charCodeAt(i - 1);
      const next = name.charCodeAt(i + 1); // NaN past the end
      const prevIsLowerOrDigit = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
      const prevIsUpper = prev >= 65 && prev <= 90;
      const nextIsLower = next >= 97 && next <= 122;
      // fooBar → foo|Bar ; APIKey → API|Key
      if (prevIsLowerOrDigit || (prevIsUpper && nextIsLower)) {
        words.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (start >= 0) words.push(name.slice(start).toLowerCase());
  return words;
}

/**
 * Trailing words that number or date a credential without changing what it is: key rotation and several
 * accounts (`DB_PASSWORD_2`, `STRIPE_SECRET_KEY_OLD`, `API_KEY_V2`, `githubToken_old`).
 */
const ROTATION_SUFFIXES: ReadonlySet<string> = new Set([
  'old',
  'new',
  'prev',
  'previous',
  'current',
  'curr',
  'legacy',
  'backup',
  'bak',
  'primary',
  'secondary',
  'alt',
  'fallback',
  'rotated',
]);

function isDigits(word: string, from = 0): boolean {
  if (from >= word.length) return false;
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `2`, `v2`, `old`: a numbering or rotation suffix. */
function isRotationSuffix(word: string): boolean {
  return isDigits(word) || (word.length > 1 && word.charCodeAt(0) === 118 /* v */ && isDigits(word, 1)) || ROTATION_SUFFIXES.has(word);
}

/**
 * The words of a name with numbering and rotation suffixes removed, so every rule judges the head noun:
 * `DB_PASSWORD_2`, `DB_PASSWORD2`, `apiKey2`, `API_KEY_V2`, `githubToken_old` read as `DB_PASSWORD`,
 * `apiKey`, `API_KEY`, `githubToken`. At most two suffix words go; the head keeps at least one letter.
 * `token_count_2` stays headed by `count`.
 */
export function nameWords(name: string): string[] {
  const words = splitWords(name);
  for (let dropped = 0; dropped < 2 && words.length > 1 && isRotationSuffix(words[words.length - 1] as string); dropped++) {
    words.pop();
  }
  const last = words[words.length - 1];
  if (last !== undefined) {
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) >= 48 && last.charCodeAt(end - 1) <= 57) end--;
    // `password1`, `key2`; not `oauth2` (no secret head either way) nor an all-digit word
    if (end >= 3 && end < last.length) words[words.length - 1] = last.slice(0, end);
  }
  return words;
}

/** Joins words as UPPER_SNAKE_CASE: `clientSecret` → `CLIENT_SECRET`. */
export function toUpperSnakeCase(name: string): string {
  return splitWords(name)
    .map((w) => w.toUpperCase())
    .join('_');
}

/** Single words that are a sensitive compound on their own (lower case, as split). */
const COMPOUND_WORDS: ReadonlyMap<string, SensitiveKind> = new Map([
  ['password', 'password'],
  ['passwords', 'password'],
  ['passwd', 'password'],
  ['pwd', 'password'],
  ['passphrase', 'password'],
  ['passcode', 'password'],
  ['secret', 'secret'],
  ['secrets', 'secret'],
  ['clientsecret', 'secret'],
  ['apisecret', 'secret'],
  ['token', 'token'],
  ['tokens', 'token'],
  ['authtoken', 'token'],
  ['accesstoken', 'token'],
  ['refreshtoken', 'token'],
  ['bearer', 'token'],
  ['apikey', 'apiKey'],
  ['apikeys', 'apiKey'],
  ['accesskey', 'apiKey'],
  ['secretkey', 'apiKey'],
  ['authkey', 'apiKey'],
  ['privatekey', 'privateKey'],
  ['credential', 'credential'],
  ['credentials', 'credential'],
  ['creds', 'credential'],
  ['cred', 'credential'],
  ['connectionstring', 'connectionString'],
  ['connstr', 'connectionString'],
]);

/** Words that turn `key` into a secret key: `apiKey`, `ACCESS_KEY`, `signingKey`. */
const SECRET_KEY_MODIFIERS: ReadonlyMap<string, SensitiveKind> = new Map([
  ['api', 'apiKey'],
  ['access', 'apiKey'],
  ['secret', 'apiKey'],
  ['auth', 'apiKey'],
  ['authentication', 'apiKey'],
  ['authorization', 'apiKey'],
  ['subscription', 'apiKey'],
  ['license', 'apiKey'],
  ['service', 'apiKey'],
  ['master', 'apiKey'],
  ['admin', 'apiKey'],
  ['private', 'privateKey'],
  ['signing', 'privateKey'],
  ['sign', 'privateKey'],
  ['encryption', 'privateKey'],
  ['encrypt', 'privateKey'],
  ['decryption', 'privateKey'],
  ['hmac', 'privateKey'],
  ['jwt', 'privateKey'],
  ['session', 'secret'],
  ['cookie', 'secret'],
  ['webhook', 'secret'],
  ['account', 'apiKey'],
  ['storage', 'apiKey'],
  ['shared', 'secret'],
]);

/** Modifiers of `pass` that make it a password (`dbPass`, `SMTP_PASS`); `pass` alone is one too. */
const PASS_MODIFIERS = new Set([
  'db',
  'database',
  'user',
  'smtp',
  'mail',
  'email',
  'admin',
  'root',
  'redis',
  'mysql',
  'pg',
  'postgres',
  'mongo',
  'ftp',
  'sftp',
  'ssh',
  'proxy',
  'basic',
  'auth',
  'login',
  'account',
  'api',
]);

/** Stores whose `url`/`uri`/`dsn` is a connection string with credentials in it. */
const CONNECTION_STORES = new Set([
  'database',
  'db',
  'redis',
  'mongo',
  'mongodb',
  'postgres',
  'postgresql',
  'pg',
  'mysql',
  'mariadb',
  'amqp',
  'rabbitmq',
  'rabbit',
  'broker',
  'kafka',
  'elasticsearch',
  'elastic',
  'sql',
  'mssql',
  'connection',
  'conn',
]);

/**
 * Modifiers that make the head a public or non-secret thing: `publicKey`, `ANON_KEY`,
 * `PUBLISHABLE_KEY`, `siteKey`, `maxTokens` (LLM tokens), `designTokens`, `nextPageToken` (cursor).
 */
const NON_SECRET_MODIFIERS = new Set([
  'public',
  'publishable',
  'anon',
  'anonymous',
  'site',
  'max',
  'min',
  'num',
  'total',
  'input',
  'output',
  'prompt',
  'completion',
  'completions',
  'context',
  'reasoning',
  'cached',
  'design',
  'color',
  'theme',
  'style',
  'css',
  'font',
  'spacing',
  'page',
  'pagination',
  'continuation',
  'cursor',
  'next',
  'sync',
  'resume',
  'cancel',
  'cancellation',
  'lexer',
  'parser',
  'syntax',
  'csrf',
  'xsrf',
  'fake',
  'dummy',
  'mock',
  'test',
  'example',
  'sample',
  'placeholder',
]);

/**
 * Modifiers of `token` that make it a request or concurrency token, a DNS record or a grant reference, not a
 * credential: idempotency tokens (`IdempotencyToken`, AWS `ClientRequestToken`), WAF's `ChangeToken`, Auto
 * Scaling's `LifecycleActionToken`, SES `DkimTokens` (published in DNS), KMS `GrantToken` ("not a secret", says
 * KMS). A modifier with the word that must precede it (`client request`), or alone. Only for `token`: a
 * `requestToken` or `clientToken` read from a request is still one.
 */
const NON_SECRET_TOKEN_MODIFIERS: ReadonlyMap<string, string | undefined> = new Map([
  ['idempotency', undefined],
  ['idempotent', undefined],
  ['change', undefined],
  ['dkim', undefined],
  ['grant', undefined],
  ['request', 'client'],
  ['action', 'lifecycle'],
  // a token of a template language, or the link of a template published for anyone to use (documenso's
  // `directTemplateToken`)
  ['template', undefined],
]);

/** Words before `access` that make it a property access in code: `staticMemberAccessKey` (typescript-eslint). */
const CODE_ACCESS_WORDS: ReadonlySet<string> = new Set(['member', 'property', 'field', 'element', 'index', 'computed']);

/** Leading words that make a predicate or an action: `isSecret`, `hasPassword`, `getToken`. */
const PREDICATE_OR_VERB_STARTS = new Set([
  'is',
  'has',
  'have',
  'should',
  'can',
  'must',
  'show',
  'hide',
  'toggle',
  'use',
  'uses',
  'require',
  'requires',
  'needs',
  'need',
  'enable',
  'disable',
  'allow',
  'validate',
  'get',
  'set',
  'fetch',
  'load',
  'read',
  'create',
  'generate',
  'rotate',
  'reset',
  'forgot',
  'forget',
  'update',
  'change',
  'on',
  'handle',
  'with',
  'no',
  'without',
  'parse',
  'decode',
  'encode',
  'hash',
  'mask',
  'redact',
  'verify',
  'check',
  'revoke',
  'store',
  'save',
  'remove',
  'delete',
  'clear',
  'send',
  'resolve',
  'build',
  'make',
  'to',
  'from',
  'render',
]);

/**
 * Judges whether a name denotes a secret value. Returns its kind, or `undefined` for names that are
 * not sensitive or that describe a derived, public or descriptive value.
 *
 * Examples: `password`, `dbPass`, `clientSecret`, `GITHUB_TOKEN`, `apiKey`, `x-api-key`, `privateKey`,
 * `DATABASE_URL`, `credentials` are sensitive; `secretName`, `isSecret`, `tokenExpiresAt`, `maxTokens`,
 * `publicKey`, `STRIPE_PUBLISHABLE_KEY`, `SUPABASE_ANON_KEY`, `passwordHash`, `secretary`, `key` are not.
 */
export function classifySensitiveName(name: string): SensitiveName | undefined {
  if (name.length === 0 || name.length > 200) return undefined;
  const words = nameWords(name);
  const n = words.length;
  if (n === 0) return undefined;
  if (n > 1 && PREDICATE_OR_VERB_STARTS.has(words[0] as string)) return undefined;

  const head = words[n - 1] as string;
  const modifier = n > 1 ? (words[n - 2] as string) : undefined;

  // DATABASE_URL, redisUri, MONGO_DSN, SLACK_WEBHOOK_URL
  if (head === 'url' || head === 'uri' || head === 'dsn' || head === 'urls') {
    if (modifier !== undefined && CONNECTION_STORES.has(modifier)) return { kind: 'connectionString', words };
    if (modifier === 'webhook') return { kind: 'credential', words };
    return undefined;
  }
  if (head === 'string' && modifier !== undefined && (modifier === 'connection' || modifier === 'conn')) {
    return { kind: 'connectionString', words };
  }

  let kind: SensitiveKind | undefined;
  if (head === 'key' || head === 'keys') {
    if (modifier === undefined) return undefined;
    kind = SECRET_KEY_MODIFIERS.get(modifier);
    // `SECRET_ACCESS_KEY`, `AWS_ACCESS_KEY_ID` is caught by the `id` head above
    if (kind === undefined) return undefined;
  } else if (head === 'pass') {
    if (modifier !== undefined && !PASS_MODIFIERS.has(modifier)) return undefined;
    kind = 'password';
  } else {
    kind = COMPOUND_WORDS.get(head);
  }
  // Any other head is not a secret: `secretName`, `tokenExpiresAt`, `passwordHash`, `apiKeyHeader`.
  if (kind === undefined) return undefined;
  // A non-secret modifier of the head: `publicKey`, `ANON_KEY`, `maxTokens`, `PUBLIC_API_KEY`.
  // Only the head's own compound is read, so `NEXT_PUBLIC_STRIPE_SECRET_KEY` stays sensitive.
  if (modifier !== undefined) {
    if (NON_SECRET_MODIFIERS.has(modifier)) return undefined;
    const before = n > 2 ? (words[n - 3] as string) : undefined;
    if ((head === 'token' || head === 'tokens') && NON_SECRET_TOKEN_MODIFIERS.has(modifier)) {
      const required = NON_SECRET_TOKEN_MODIFIERS.get(modifier);
      if (required === undefined || required === before) return undefined;
    }
    if ((modifier === 'api' || modifier === 'access' || modifier === 'auth') && before !== undefined) {
      if (NON_SECRET_MODIFIERS.has(before)) return undefined;
    }
    // `memberAccessKey`, `propertyAccessKey`: the key of a property access in code, not an access key.
    if (modifier === 'access' && before !== undefined && CODE_ACCESS_WORDS.has(before)) return undefined;
  }
  return { kind, words };
}

/**
 * Vendors of server APIs, whose `<vendor> key` names that vendor's API key (`OPENAI_KEY`, `stripeKey`,
 * `OPENWEATHER_KEY`) although `key` alone names nothing. `true`: in an environment variable the name is a
 * secret by itself (the vendor issues no public key under it); `false`: the name is a secret only with a
 * random-looking value, because the vendor also has public keys that code calls the same way
 * (`STRIPE_KEY` may hold a publishable `pk_` key). Vendors whose `<vendor> key` is usually public by design
 * (Algolia search, Mapbox, Firebase, Google Maps, Pusher, PostHog) are not listed: their secret keys have
 * names that say so (`ALGOLIA_ADMIN_KEY`, `MAPBOX_SECRET`).
 */
const VENDOR_KEY_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...['openai', 'anthropic', 'claude', 'gemini', 'groq', 'mistral', 'cohere', 'replicate', 'huggingface', 'hf'].map((w) => [w, true] as const),
  ...['elevenlabs', 'deepseek', 'perplexity', 'openrouter', 'pinecone', 'resend', 'sendgrid', 'mailgun', 'postmark', 'twilio'].map((w) => [w, true] as const),
  ...['brevo', 'serpapi'].map((w) => [w, true] as const),
  ...['stripe', 'clerk', 'openweather', 'openweathermap', 'weatherapi', 'tmdb', 'omdb', 'newsapi', 'giphy', 'rapidapi'].map((w) => [w, false] as const),
  ...['etherscan', 'infura', 'alchemy', 'moralis', 'coinmarketcap', 'finnhub', 'alphavantage', 'polygon', 'github', 'gitlab'].map((w) => [w, false] as const),
  ...['bitbucket', 'slack', 'discord', 'telegram', 'heroku', 'vercel', 'netlify', 'cloudflare', 'digitalocean', 'linode'].map((w) => [w, false] as const),
  ...['datadog', 'newrelic', 'sentry', 'shopify', 'paypal', 'braintree', 'square', 'plaid', 'coinbase', 'binance'].map((w) => [w, false] as const),
  ...['notion', 'airtable', 'hubspot', 'salesforce', 'zendesk', 'mailchimp', 'mailjet', 'sparkpost', 'sendinblue', 'nexmo'].map((w) => [w, false] as const),
  ...['vonage', 'plivo', 'messagebird', 'auth0', 'okta', 'contentful', 'sanity', 'unsplash', 'pexels', 'spotify'].map((w) => [w, false] as const),
  ...['youtube', 'twitch', 'deepl', 'assemblyai', 'deepgram', 'stability', 'runway', 'fal', 'together', 'fireworks'].map((w) => [w, false] as const),
]);

/** Heads of a vendor's key name: `OPENAI_KEY`, `stripeKeys`, `OPENWEATHER_APIKEY`. */
const VENDOR_KEY_HEADS: ReadonlySet<string> = new Set(['key', 'keys', 'apikey']);

/** True when `name` holds `key` in any case (`stripeKey`, `STRIPE_KEY`, `apikeys`). */
function hasKeyLetters(name: string): boolean {
  for (let i = name.length - 3; i >= 0; i--) {
    if ((name.charCodeAt(i) | 32) === 107 && (name.charCodeAt(i + 1) | 32) === 101 && (name.charCodeAt(i + 2) | 32) === 121) return true;
  }
  return false;
}

/** A name that is `<vendor> key`, with whether the name alone makes an environment variable a secret. */
interface VendorKeyName extends SensitiveName {
  vendor: string;
  /** See {@link VENDOR_KEY_WORDS}: true when the vendor issues no public key under this kind of name. */
  secretByName: boolean;
}

/**
 * Judges a name that {@link classifySensitiveName} leaves alone because its head is a bare `key`: the key of a
 * server API vendor (`OPENAI_KEY`, `stripeKey`, `OPENWEATHER_KEY`). Undefined for other names.
 */
export function classifyVendorKeyName(name: string): VendorKeyName | undefined {
  // Every head spells `key`: a name without it, in any case, is none (most names; no split needed).
  if (name.length === 0 || name.length > 200 || !hasKeyLetters(name)) return undefined;
  const words = nameWords(name);
  const n = words.length;
  if (n < 2 || !VENDOR_KEY_HEADS.has(words[n - 1] as string)) return undefined;
  if (PREDICATE_OR_VERB_STARTS.has(words[0] as string)) return undefined;
  const vendor = words[n - 2] as string;
  const secretByName = VENDOR_KEY_WORDS.get(vendor);
  if (secretByName === undefined) return undefined;
  return { kind: 'apiKey', words, vendor, secretByName };
}
