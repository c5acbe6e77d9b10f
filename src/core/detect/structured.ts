/**
 * Detectors whose format needs code rather than one pattern: PEM private keys, credentials in URLs and
 * connection strings, `Authorization` header values and JWTs. Each is called at a prefilter hit with the
 * position of its prefix and returns at most one detection. All work is bounded per call.
 */
import { entropyBelow } from '../entropy.js';
import { classifySensitiveName, toUpperSnakeCase, type SensitiveKind } from '../names.js';
import { assessGenericValue } from './generic.js';
import { isPlaceholder, placeholderReason } from './placeholder.js';
import type { Confidence, Detection } from './types.js';

/** A detector implemented in code, dispatched from the prefilter. */
export interface StructuredDetector {
  /** Ids this detector may report. */
  ids: readonly string[];
  prefixes: readonly string[];
  /** `pos` is where one of `prefixes` occurs in `text`. Called unbound: no `this`. */
  detect: (text: string, pos: number, prefix: string) => Detection | undefined;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isBase64Code(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61;
}
function isBase64UrlCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

// ---------------------------------------------------------------------------------------------- PEM
const PEM_HEADER = /^-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/;
const PEM_MAX = 64 * 1024;

/**
 * A PEM private key from `-----BEGIN … PRIVATE KEY-----` to its END line (or the end of the base64 body).
 * A header alone (`startsWith('-----BEGIN PRIVATE KEY-----')`), a body of fewer than 64 base64 characters,
 * or an elided body (`MIIE...`) is not a key.
 */
const privateKeyDetector: StructuredDetector = {
  ids: ['private-key'],
  prefixes: ['-----BEGIN '],
  detect(text, pos) {
    const header = PEM_HEADER.exec(text.slice(pos, pos + 64));
    if (!header) return undefined;
    const label = header[1] as string;
    const bodyStart = pos + header[0].length;
    const limit = Math.min(text.length, bodyStart + PEM_MAX);
    // One forward scan, bounded by the next dash run: a PEM body never holds `-----`, so the scan of one
    // header stops at the next header or END line and all headers of a text cost one pass together.
    let bodyEnd = -1;
    let base64 = 0;
    let other = 0;
    let lastBase64 = bodyStart;
    // The body as it stands at the first character no body holds: where a key without END line ends.
    let cutBase64 = -1;
    let cutOther = 0;
    let cutLast = bodyStart;
    for (let i = bodyStart; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 45 && text.startsWith('-----', i)) {
        if (text.startsWith('-----END ', i)) bodyEnd = i;
        break;
      }
      if (isBase64Code(c)) {
        base64++;
        lastBase64 = i + 1;
      } else if (c === 10 || c === 13 || c === 32 || c === 9) {
        // whitespace
      } else if (c === 92 && (text[i + 1] === 'n' || text[i + 1] === 'r')) {
        i++; // an escaped newline in source text
      } else if (c === 58 || c === 44 || c === 45) {
        other++; // `Proc-Type: 4,ENCRYPTED` headers of encrypted PEM
      } else {
        if (cutBase64 < 0) {
          cutBase64 = base64;
          cutOther = other;
          cutLast = lastBase64;
        }
        other++;
      }
    }
    if (bodyEnd < 0 && cutBase64 >= 0) {
      // no END line: the key ends where its body ends
      base64 = cutBase64;
      other = cutOther;
      lastBase64 = cutLast;
    }
    let end = lastBase64;
    if (base64 < 64 || other > base64 / 4) return undefined;
    const body = text.slice(bodyStart, bodyEnd >= 0 ? bodyEnd : end);
    if (body.includes('...') || body.includes('…') || isMaskedBody(body)) return undefined;
    if (bodyEnd >= 0) {
      // the END line's closing dashes, looked for in a bounded window
      const close = text.slice(bodyEnd + 9, bodyEnd + 84).indexOf('-----');
      end = close >= 0 && close < 71 ? bodyEnd + 9 + close + 5 : bodyEnd + 9;
    }
    const confidence: Confidence = base64 >= 200 && bodyEnd >= 0 ? 'high' : 'medium';
    const kind = label === 'PRIVATE KEY' ? 'private key' : `${label.replace(' BLOCK', '').replace(' PRIVATE KEY', '')} private key`;
    return { detectorId: 'private-key', kind, confidence, start: pos, end, envName: 'PRIVATE_KEY' };
  },
};

function isMaskedBody(body: string): boolean {
  const compact = body.replace(/\s+|\\n|\\r/g, '');
  if (/x{8}|X{8}|\*{4}|A{16}|\.{3}/.test(compact)) return true;
  const distinct = new Set(compact.slice(0, 256));
  return distinct.size < 12;
}

// ------------------------------------------------------------------------------------ URL credentials
const URL_SCHEMES: ReadonlySet<string> = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mysqlx',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'valkey',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'cockroachdb',
  'clickhouse',
  'snowflake',
  'neo4j',
  'neo4j+s',
  'bolt',
  'couchbase',
  'couchbases',
  'cassandra',
  'nats',
  'mqtt',
  'mqtts',
  'kafka',
  'ldap',
  'ldaps',
  'http',
  'https',
  'ws',
  'wss',
  'ftp',
  'ftps',
  'sftp',
  'ssh',
  'smtp',
  'smtps',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'socks',
  'socks5',
  'socks5h',
  'git',
  'svn',
]);

/**
 * The kind each scheme's URL password is reported as, made once (constant): a literal of hundreds of URLs
 * reports the same few kinds, and one string per kind is hashed once where a report's data is looked up.
 */
const URL_PASSWORD_KINDS: ReadonlyMap<string, string> = new Map([...URL_SCHEMES].map((scheme) => [scheme, `password in a ${scheme} URL`]));

const LOCAL_HOSTS: ReadonlySet<string> = new Set([
  'localhost',
  '127.0.0.1',
  '0.0.0.0',
  '::1',
  '[::1]',
  'host.docker.internal',
  'db',
  'database',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'rabbitmq',
  'example.com',
]);

function isSchemeCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}
/** Characters that end the authority part of a URL inside source text. */
function endsAuthority(c: number): boolean {
  return c === 47 || c === 63 || c === 35 || c === 34 || c === 39 || c === 96 || c <= 32 || c === 41;
}

function envNameForScheme(scheme: string): string {
  if (scheme.startsWith('redis') || scheme === 'valkey') return 'REDIS_PASSWORD';
  if (scheme.startsWith('amqp')) return 'AMQP_PASSWORD';
  if (scheme.startsWith('smtp') || scheme.startsWith('imap') || scheme.startsWith('pop3')) return 'SMTP_PASSWORD';
  if (scheme.startsWith('http') || scheme.startsWith('ws')) return 'HTTP_PASSWORD';
  if (scheme.includes('ftp') || scheme === 'ssh' || scheme === 'git' || scheme === 'svn') return 'FTP_PASSWORD';
  if (scheme.startsWith('ldap')) return 'LDAP_PASSWORD';
  return 'DATABASE_PASSWORD';
}

/** Words that name the parts of a URL's userinfo when a text shows its format: `user:password@`, `username:pass@`. */
const URL_FORMAT_USERS: ReadonlySet<string> = new Set(['user', 'username', 'usr', 'login', 'name', 'dbuser', 'db_user', 'myuser', 'myusername', 'myacct', 'myaccount']);
const URL_FORMAT_PASSWORDS: ReadonlySet<string> = new Set(['password', 'pass', 'passwd', 'pwd', 'dbpassword', 'db_password', 'mypass', 'mypassword', 'mypwd']);

/** `user:password`, `username:pass`: a userinfo that spells out its format (help texts, docs), not a credential. */
export function isSpelledOutUserinfo(user: string, password: string): boolean {
  return URL_FORMAT_USERS.has(user.toLowerCase()) && URL_FORMAT_PASSWORDS.has(password.toLowerCase());
}

/**
 * `scheme://user:password@host…` — the password part. Not reported: placeholders and templates
 * (`user:password@`, `${DB_PASS}`, `<password>`, `:****@`, `:changeme@`), `user@host`, `http://:@`.
 * Local development defaults (dictionary password on localhost or a compose service) are `low`.
 */
const urlCredentialsDetector: StructuredDetector = {
  ids: ['url-credentials'],
  prefixes: ['://'],
  detect(text, pos) {
    let s = pos;
    while (s > 0 && pos - s < 24 && isSchemeCode(text.charCodeAt(s - 1))) s--;
    const scheme = text.slice(s, pos).toLowerCase();
    if (!URL_SCHEMES.has(scheme)) return undefined;
    const authStart = pos + 3;
    const limit = Math.min(text.length, authStart + 512);
    let at = -1;
    let i = authStart;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 64) at = i;
      else if (endsAuthority(c)) break;
    }
    if (at < 0) return undefined;
    const userinfo = text.slice(authStart, at);
    const colon = userinfo.indexOf(':');
    if (colon < 0) return undefined; // `user@host`, a Sentry DSN's public key
    const user = userinfo.slice(0, colon);
    const password = userinfo.slice(colon + 1);
    if (password.length < 3 || /^[:$]/.test(password) || password.includes('%s') || password.includes('%(')) return undefined;
    const placeholder = placeholderReason(password);
    if (placeholder !== undefined && placeholder !== 'dictionary') return undefined;
    if (user.includes('${') || user.includes('{{')) return undefined;
    // The format spelled out (`postgresql://user:password@localhost/db` in a help text), not a credential
    if (isSpelledOutUserinfo(user, password)) return undefined;
    let hostEnd = at + 1;
    while (hostEnd < i && text.charCodeAt(hostEnd) !== 58) hostEnd++;
    const host = text.slice(at + 1, hostEnd).toLowerCase();
    if (host.length === 0 || host.includes('${') || host.includes('{{')) return undefined;
    const local = LOCAL_HOSTS.has(host) || host.endsWith('.local') || host.endsWith('.localhost') || host.endsWith('.test') || host.endsWith('.example');
    const weak = password === user || password.length < 8 || entropyBelow(password, 2.5);
    // A dictionary password (`postgres:postgres@localhost`) is a local development default at most.
    if (placeholder === 'dictionary' && !local) return undefined;
    let confidence: Confidence = 'high';
    if (local) confidence = weak || placeholder === 'dictionary' ? 'low' : 'medium';
    else if (weak) confidence = 'medium';
    const start = authStart + colon + 1;
    return {
      detectorId: 'url-credentials',
      kind: URL_PASSWORD_KINDS.get(scheme) ?? `password in a ${scheme} URL`,
      confidence,
      start,
      end: at,
      envName: envNameForScheme(scheme),
    };
  },
};

/**
 * `Password=…;` / `pwd=…` in ADO.NET, ODBC and JDBC connection strings
 * (`Server=db;User Id=app;Password=s3cr…;`, `jdbc:mysql://db/app?user=app&password=…`).
 * Requires a second connection-string key nearby so prose like `password=` in a comment stays quiet.
 */
const CONN_KEY = /(?:^|[;?&\s"'])(?:password|pwd)=/i;
const CONN_CONTEXT = /(?:server|host|data source|datasource|user id|uid|user|username|database|initial catalog|port)=/i;
const connectionStringPasswordDetector: StructuredDetector = {
  ids: ['connection-string-password'],
  prefixes: ['assword=', 'ASSWORD=', 'pwd=', 'Pwd=', 'PWD='],
  detect(text, pos, prefix) {
    const keyStart = prefix === 'assword=' || prefix === 'ASSWORD=' ? pos - 1 : pos;
    if (keyStart < 0) return undefined;
    // the key with the character before it, if any
    if (!CONN_KEY.test(text.slice(Math.max(0, keyStart - 1), pos + prefix.length))) return undefined;
    const valueStart = pos + prefix.length;
    let end = valueStart;
    const limit = Math.min(text.length, valueStart + 256);
    let quoted = false;
    if (text[end] === '{') {
      quoted = true;
      end++;
    }
    const from = end;
    for (; end < limit; end++) {
      const c = text.charCodeAt(end);
      if (quoted ? c === 125 : c === 59 || c === 38 || c === 34 || c === 39 || c === 96 || c <= 32) break;
    }
    const value = text.slice(from, end);
    if (value.length < 4 || isPlaceholder(value) || /^[$%:@]/.test(value)) return undefined;
    // The other key is nearly always just before the password: look there first (a match in a part of the
    // window is a match in the window), then in the whole window.
    const windowStart = Math.max(0, keyStart - 256);
    if (!CONN_CONTEXT.test(text.slice(Math.max(windowStart, keyStart - 64), keyStart))) {
      const window = text.slice(windowStart, Math.min(text.length, end + 256));
      if (!CONN_CONTEXT.test(window) && !window.includes('://')) return undefined;
    }
    const weak = value.length < 8 || entropyBelow(value, 2.5);
    return {
      detectorId: 'connection-string-password',
      kind: 'password in a connection string',
      confidence: weak ? 'low' : 'medium',
      start: from,
      end,
      envName: 'DATABASE_PASSWORD',
    };
  },
};

// ------------------------------------------------------------------------------- Authorization values
function decodeBase64Ascii(value: string): string | undefined {
  try {
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    for (let i = 0; i < decoded.length; i++) {
      const c = decoded.charCodeAt(i);
      if (c < 32 || c > 126) return undefined;
    }
    return decoded;
  } catch {
    return undefined;
  }
}

/**
 * `Basic <base64 of user:password>`: decoded; placeholder credentials (`user:pass`, `admin:admin`,
 * `username:password`) are ignored. The base64 part is reported.
 */
const basicAuthDetector: StructuredDetector = {
  ids: ['basic-auth-header'],
  prefixes: ['Basic ', 'basic ', 'BASIC '],
  detect(text, pos, prefix) {
    if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return undefined;
    const start = pos + prefix.length;
    let end = start;
    const limit = Math.min(text.length, start + 1024);
    while (end < limit && isBase64Code(text.charCodeAt(end))) end++;
    if (end < text.length && end === limit) return undefined;
    const value = text.slice(start, end);
    if (text.charCodeAt(end) === 58) return plainBasicCredentials(text, start, end);
    if (value.length < 8 || value.length % 4 !== 0) return undefined;
    const decoded = decodeBase64Ascii(value);
    if (decoded === undefined) return undefined;
    const colon = decoded.indexOf(':');
    if (colon < 1) return undefined;
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (password.length < 3 || isPlaceholder(password) || password === user) return undefined;
    const weak = password.length < 8 || entropyBelow(password, 2.5);
    return {
      detectorId: 'basic-auth-header',
      kind: 'HTTP Basic credentials',
      confidence: weak ? 'low' : 'medium',
      start,
      end,
      envName: 'BASIC_AUTH_PASSWORD',
    };
  },
};

const REFERENCE_START = /^[$%<{[(]/;
/** Eight times the same character: a mask or filler (`000000000000001`), not a password. */
const LONG_RUN = /(.)\1{7}/;
const MASK_ONLY = /^[*x•.#-]+$/i;

/**
 * `Basic user:password` written without base64 (servers that accept it, and code that builds the header
 * by hand): the password part, unless it is a mask, a reference or a template. `user` ends at `colon`.
 */
function plainBasicCredentials(text: string, userStart: number, colon: number): Detection | undefined {
  if (colon === userStart) return undefined;
  let end = colon + 1;
  const limit = Math.min(text.length, end + 256);
  for (; end < limit; end++) {
    const c = text.charCodeAt(end);
    if (c <= 32 || c === 34 || c === 39 || c === 96) break;
  }
  const password = text.slice(colon + 1, end);
  if (password.length < 3 || password.includes('${') || password.includes('{{') || REFERENCE_START.test(password)) return undefined;
  if (password === text.slice(userStart, colon) || LONG_RUN.test(password) || MASK_ONLY.test(password)) return undefined;
  const reason = placeholderReason(password);
  if (reason === 'template' || reason === 'reference' || reason === 'marker') return undefined;
  const weak = password.length < 8 || entropyBelow(password, 2.5);
  return {
    detectorId: 'basic-auth-header',
    kind: 'HTTP Basic credentials',
    confidence: weak ? 'low' : 'medium',
    start: colon + 1,
    end,
    envName: 'BASIC_AUTH_PASSWORD',
  };
}

/**
 * `Bearer <random token>`: not `Bearer ${token}` or `Bearer ` + a variable (nothing follows in the literal),
 * not a JWT (classified by the JWT detector, which knows public anon keys).
 */
const bearerDetector: StructuredDetector = {
  ids: ['bearer-token'],
  prefixes: ['Bearer ', 'bearer '],
  detect(text, pos, prefix) {
    if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return undefined;
    const start = pos + prefix.length;
    let end = start;
    const limit = Math.min(text.length, start + 2048);
    for (; end < limit; end++) {
      const c = text.charCodeAt(end);
      if (!(isBase64UrlCode(c) || c === 46 || c === 126 || c === 43 || c === 47)) break;
    }
    while (end < text.length && end - start < 2100 && text[end] === '=') end++;
    if (end < text.length && isBase64UrlCode(text.charCodeAt(end))) return undefined;
    const token = text.slice(start, end);
    if (token.length < 16 || token.startsWith('eyJ') || isPlaceholder(token)) return undefined;
    if (!/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return undefined;
    if (entropyBelow(token, 3.3)) return undefined;
    return { detectorId: 'bearer-token', kind: 'bearer token', confidence: 'medium', start, end, envName: 'API_TOKEN' };
  },
};

// ------------------------------------------------------------------------------------------------ JWT
function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Example names of RFC 2606 and RFC 8141's `urn:example:`, the claims of documentation tokens. */
function isExampleName(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const lower = value.toLowerCase();
  if (lower.startsWith('urn:example:')) return true;
  const scheme = lower.indexOf('://');
  const host = (scheme >= 0 ? lower.slice(scheme + 3) : lower).split(/[/:?#]/u, 1)[0] ?? '';
  return host === 'example.com' || host === 'example.org' || host === 'example.net' || host.endsWith('.example.com') || host.endsWith('.example');
}

/** A token of the documentation: its issuer or audience is an example name (jose's `urn:example:issuer`). */
function hasExampleClaim(payload: Record<string, unknown>): boolean {
  const audience = Array.isArray(payload.aud) ? (payload.aud as unknown[]) : [payload.aud];
  return isExampleName(payload.iss) || audience.some(isExampleName);
}

/**
 * `eyJ….eyJ….sig`: the header and payload are decoded. Supabase `service_role` keys are secrets (`high`),
 * `anon` keys are public (never reported); the jwt.io sample (`sub: "1234567890"`, `name: "John Doe"`),
 * documentation tokens (issued by or for an example name), expired and unsigned tokens are `low`; any other JWT is `medium`.
 */
const jwtDetector: StructuredDetector = {
  ids: ['jwt', 'supabase-service-role-key'],
  prefixes: ['eyJ'],
  detect(text, pos) {
    if (pos > 0) {
      const prev = text.charCodeAt(pos - 1);
      if (isBase64UrlCode(prev) || prev === 46) return undefined;
    }
    const limit = Math.min(text.length, pos + 16 * 1024);
    const dots: number[] = [];
    let end = pos;
    for (; end < limit; end++) {
      const c = text.charCodeAt(end);
      if (c === 46) {
        if (dots.length === 2) break;
        dots.push(end);
      } else if (!isBase64UrlCode(c)) break;
    }
    if (dots.length < 2) return undefined;
    const [d1, d2] = dots as [number, number];
    if (text.slice(d1 + 1, d1 + 4) !== 'eyJ') return undefined;
    const header = decodeJsonSegment(text.slice(pos, d1));
    const payload = decodeJsonSegment(text.slice(d1 + 1, d2));
    if (!header || !payload || typeof header.alg !== 'string') return undefined;
    const signature = end - d2 - 1;
    const base = { start: pos, end, envName: 'JWT' } as const;
    if (payload.role === 'anon') return undefined;
    if (payload.role === 'service_role') {
      return { ...base, detectorId: 'supabase-service-role-key', kind: 'Supabase service role key', confidence: signature >= 16 ? 'high' : 'low', envName: 'SUPABASE_SERVICE_ROLE_KEY' };
    }
    let confidence: Confidence = 'medium';
    const isSample = payload.sub === '1234567890' || payload.name === 'John Doe' || hasExampleClaim(payload);
    const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
    if (isSample || signature < 16 || header.alg === 'none' || (exp !== undefined && exp * 1000 < Date.now())) confidence = 'low';
    return { ...base, detectorId: 'jwt', kind: 'JSON Web Token', confidence };
  },
};

// ------------------------------------------------------------------------------ URL query parameters
function isParamNameCode(c: number): boolean {
  return isWordCode(c) || c === 45;
}
/** Characters that end a query parameter's value inside source text. */
function endsParamValue(c: number): boolean {
  return c === 38 || c === 35 || c === 34 || c === 39 || c === 96 || c <= 32 || c === 59 || c === 41 || c === 60 || c === 62;
}

/** The kind of secret a query parameter name holds: `api_key`, `apiKey`, `key`, `access_token`, `client_secret`. */
function queryParamKind(name: string): SensitiveKind | undefined {
  const lower = name.toLowerCase();
  if (lower === 'key' || lower === 'apikey' || lower === 'api-key') return 'apiKey';
  return classifySensitiveName(name)?.kind;
}

/**
 * `?api_key=…`, `&access_token=…`, `?key=…`, `&client_secret=…` in a URL: a random-looking value of a
 * parameter whose name is a credential's. Placeholders, templates (`?key=${KEY}` ends the literal) and
 * words are not reported.
 */
export const urlQueryCredentialDetector: StructuredDetector = {
  ids: ['url-query-credential'],
  prefixes: ['ey=', 'EY=', 'oken=', 'OKEN=', 'ecret=', 'ECRET=', 'assword=', 'ASSWORD='],
  detect(text, pos, prefix) {
    const valueStart = pos + prefix.length;
    let nameStart = pos;
    while (nameStart > 0 && pos - nameStart < 48 && isParamNameCode(text.charCodeAt(nameStart - 1))) nameStart--;
    const before = text.charCodeAt(nameStart - 1);
    if (before !== 63 && before !== 38) return undefined; // `?` or `&`
    const name = text.slice(nameStart, valueStart - 1);
    const kind = queryParamKind(name);
    if (kind === undefined || kind === 'connectionString') return undefined;
    const limit = Math.min(text.length, valueStart + 512);
    let end = valueStart;
    while (end < limit && !endsParamValue(text.charCodeAt(end))) end++;
    if (end === limit && limit < text.length) return undefined;
    const value = text.slice(valueStart, end);
    if (value.length === 0 || !assessGenericValue(value, kind).secret) return undefined;
    return {
      detectorId: 'url-query-credential',
      kind: kind === 'apiKey' ? 'API key in a URL query string' : kind === 'password' ? 'password in a URL query string' : kind === 'token' ? 'token in a URL query string' : 'secret in a URL query string',
      confidence: 'medium',
      start: valueStart,
      end,
      envName: name.toLowerCase() === 'key' ? 'API_KEY' : toUpperSnakeCase(name),
    };
  },
};

/** Regular expressions of the structured detectors, for the ReDoS test. */
export const STRUCTURED_PATTERNS: readonly RegExp[] = [PEM_HEADER, CONN_KEY, CONN_CONTEXT, REFERENCE_START, LONG_RUN, MASK_ONLY];

/** Every structured detector, in priority order (earlier wins when spans coincide). */
export const STRUCTURED_DETECTORS: readonly StructuredDetector[] = [
  privateKeyDetector,
  jwtDetector,
  basicAuthDetector,
  bearerDetector,
  urlCredentialsDetector,
  connectionStringPasswordDetector,
  urlQueryCredentialDetector,
];
