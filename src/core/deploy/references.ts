/**
 * Deploy-time references to secrets inside configuration strings: Serverless Framework variables
 * (`${ssm:/aws/reference/secretsmanager/prod/db}`, `${ssm:/app/db-password~true}`, `${self:custom.dbPassword}`)
 * and CloudFormation dynamic references (`{{resolve:secretsmanager:prod/db:SecretString:password}}`,
 * `{{resolve:ssm-secure:/app/db-password}}`).
 *
 * Pure string work, linear in the text: one pass finds `${` and its matching `}` (nesting counted), no regular
 * expression runs on more than one reference at a time, and each is bounded.
 */
import { judgeEnvName } from '../env/index.js';

/** A `${…}` variable of the Serverless Framework, with its position in the scanned text. */
export interface ServerlessVariable {
  start: number;
  end: number;
  /** The resolver: `ssm`, `self`, `env`, `opt`, `file`, `param`, `cf`, `s3`, `sls`, `aws`… */
  source: string;
  /** The resolver's parameter in parentheses: `raw`, `noDecrypt`, a region (`ssm(us-east-1):…`). */
  parameter: string | undefined;
  /** What follows the colon, without fallbacks and without the v1 `~true` / `~split` suffix. */
  address: string;
  /** The v1 `~true` suffix: decrypt a SecureString. */
  decryptSuffix: boolean;
}

/** How a reference holds a secret. */
export type SecretReferenceKind = 'secretsManager' | 'secureParameter' | 'cloudFormationSecret';

/** A reference judged to resolve to a secret. */
export interface SecretReference {
  kind: SecretReferenceKind;
  /** The secret's or parameter's name, for messages (a name, never a value). */
  name: string;
  start: number;
  end: number;
  /** The JSON key picked out of the secret (`{{resolve:secretsmanager:id:SecretString:password}}`), if any. */
  field?: string;
}

const MAX_REFERENCE = 1024;
const SOURCE_HEAD = /^([A-Za-z][\w-]{0,30})(?:\(([^()]{0,80})\))?:/u;
const SECRETS_MANAGER_PREFIX = '/aws/reference/secretsmanager/';

/** Exported for the ReDoS test. */
export const REFERENCE_PATTERNS: readonly RegExp[] = [SOURCE_HEAD];

/** The end (exclusive) of the `${…}` starting at `open`, counting nested braces, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_REFERENCE);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The first top-level comma of `inner` (fallback separator), or its length. */
function topLevelComma(inner: string): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34) quote = c;
    else if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (c === 44 && depth === 0) return i;
  }
  return inner.length;
}

/** Every outermost Serverless variable in `text`, in order. Nested variables are part of their parent's address. */
export function findServerlessVariables(text: string): ServerlessVariable[] {
  const result: ServerlessVariable[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${', from);
    if (open === -1 || open + 2 >= text.length) break;
    const end = matchingBrace(text, open + 1);
    if (end === -1) {
      from = open + 2;
      continue;
    }
    from = end;
    const inner = text.slice(open + 2, end - 1);
    const head = SOURCE_HEAD.exec(inner);
    if (head === null) continue;
    let address = inner.slice(head[0].length, topLevelComma(inner)).trim();
    let decryptSuffix = false;
    const tilde = address.lastIndexOf('~');
    if (tilde !== -1 && !address.slice(tilde).includes('}')) {
      decryptSuffix = address.slice(tilde + 1).trim() === 'true';
      address = address.slice(0, tilde).trim();
    }
    result.push({ start: open, end, source: head[1] as string, parameter: head[2], address, decryptSuffix });
  }
  return result;
}

/** The last segment of a parameter path, ignoring nested variables: `/app/${sls:stage}/db-password` → `db-password`. */
export function lastPathSegment(address: string): string | undefined {
  const segments = address.split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = (segments[i] as string).trim();
    if (segment.length === 0) continue;
    if (segment.includes('${')) return undefined;
    return segment;
  }
  return undefined;
}

function secretNamed(name: string | undefined): boolean {
  return name !== undefined && judgeEnvName(name).verdict === 'secret';
}

/**
 * Judges a Serverless `ssm` variable. `envKey` is the environment variable (or property) it is assigned to.
 * - `/aws/reference/secretsmanager/…`: a Secrets Manager secret, always.
 * - `~true` (v1/v2): an explicitly decrypted SecureString, always.
 * - `ssm(noDecrypt):`: never decrypted.
 * - otherwise (v3 and later decrypt SecureStrings by default): a secret when the parameter's last path
 *   segment or `envKey` names a secret (`/app/db-password`, `DB_PASSWORD`), not when it names something else
 *   (`/app/table-name` under `TABLE_NAME`).
 */
export function judgeSsmVariable(variable: ServerlessVariable, envKey: string | undefined): SecretReference | undefined {
  if (variable.source !== 'ssm') return undefined;
  const parameter = variable.parameter?.trim();
  if (parameter === 'noDecrypt') return undefined;
  const address = variable.address;
  const { start, end } = variable;
  if (address.startsWith(SECRETS_MANAGER_PREFIX)) {
    return { kind: 'secretsManager', name: address.slice(SECRETS_MANAGER_PREFIX.length), start, end };
  }
  if (variable.decryptSuffix) return { kind: 'secureParameter', name: address, start, end };
  if (secretNamed(lastPathSegment(address)) || secretNamed(envKey)) {
    return { kind: 'secureParameter', name: address, start, end };
  }
  return undefined;
}

/**
 * CloudFormation dynamic references to secrets in `text`: `{{resolve:secretsmanager:…}}` and
 * `{{resolve:ssm-secure:…}}` (`{{resolve:ssm:…}}` reads a plain String parameter and is not one).
 */
export function findDynamicSecretReferences(text: string): SecretReference[] {
  const result: SecretReference[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{resolve:', from);
    if (open === -1) break;
    const close = text.indexOf('}}', open);
    if (close === -1 || close - open > MAX_REFERENCE) break;
    from = close + 2;
    const body = text.slice(open + '{{resolve:'.length, close);
    if (body.startsWith('secretsmanager:')) {
      const [id = '', rest] = body.slice('secretsmanager:'.length).split(':SecretString');
      const field = rest?.split(':')[1];
      result.push({ kind: 'cloudFormationSecret', name: id, start: open, end: close + 2, ...(field ? { field } : {}) });
    } else if (body.startsWith('ssm-secure:')) {
      result.push({ kind: 'cloudFormationSecret', name: body.slice('ssm-secure:'.length), start: open, end: close + 2 });
    }
  }
  return result;
}

/** Human description of a secret reference for messages: names only, never values. */
export function describeReference(reference: SecretReference): string {
  const name = reference.name.length > 60 ? `${reference.name.slice(0, 60)}…` : reference.name;
  switch (reference.kind) {
    case 'secretsManager':
      return `The Secrets Manager secret "${name}"`;
    case 'secureParameter':
      return `The SSM parameter "${name}"`;
    case 'cloudFormationSecret':
      return `The dynamic reference to "${name}"`;
  }
}

/**
 * The keys of the JSON that AWS stores for a database secret (RDS, Aurora, Redshift, DocumentDB) besides the
 * password: they describe the connection, they are not secret.
 */
const DATABASE_SECRET_METADATA: ReadonlySet<string> = new Set([
  'username', 'user', 'host', 'hostname', 'port', 'dbname', 'database', 'engine', 'dbClusterIdentifier', 'dbInstanceIdentifier', 'masterarn',
]);

/**
 * True when a field of a database secret's JSON that is not its password (`username`, `host`, `port`,
 * `dbname`) is read into a variable whose name does not say it holds a secret.
 */
export function isNonSecretField(field: string | undefined, envKey: string | undefined): boolean {
  return field !== undefined && DATABASE_SECRET_METADATA.has(field) && !secretNamed(envKey);
}
