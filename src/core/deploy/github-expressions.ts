/**
 * GitHub Actions expressions (`${{ … }}`) and the secrets they read. Pure string work, linear.
 */

/** One `${{ … }}` expression, with its offsets in the scanned text. */
export interface GithubExpression {
  start: number;
  end: number;
  /** The text between `${{` and `}}`, trimmed. */
  body: string;
}

/** What an expression reads from the `secrets` context. */
export interface SecretUse {
  /** The secrets named (`secrets.NPM_TOKEN`, `secrets['NPM_TOKEN']`), in order, without duplicates. */
  names: string[];
  /** `toJSON(secrets)` or a bare `secrets`: every secret of the repository. */
  all: boolean;
  /** `fromJSON(secrets.X)`: the name of a secret whose fields are picked out (not masked). */
  fromJson: string | undefined;
  /** The secret's name when the expression is exactly `secrets.X`. */
  exact: string | undefined;
}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}/u;
const EXACT = /^secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]{0,127})|\[\s*(['"])([A-Za-z_][A-Za-z0-9_]{0,127})\2\s*\])$/u;

/** Exported for the ReDoS test. */
export const EXPRESSION_PATTERNS: readonly RegExp[] = [SECRET_NAME, EXACT];

/** Every `${{ … }}` in `text`, in order. */
export function findExpressions(text: string): GithubExpression[] {
  const result: GithubExpression[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 3);
    if (close === -1) break;
    result.push({ start: open, end: close + 2, body: text.slice(open + 3, close).trim() });
    from = close + 2;
  }
  return result;
}

function isIdentifierChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46;
}

/** True when `head` (the text before `secrets`) ends with `fromJSON(`, spaces allowed before the parenthesis. */
function isFromJsonCall(head: string): boolean {
  if (!head.endsWith('(')) return false;
  return head.slice(0, -1).trimEnd().toLowerCase().endsWith('fromjson');
}

/** What `body` (an expression's text) reads from `secrets`, or `undefined` when it reads nothing. */
export function secretUse(body: string): SecretUse | undefined {
  if (!body.includes('secrets')) return undefined;
  const names: string[] = [];
  let all = false;
  let fromJson: string | undefined;
  let at = body.indexOf('secrets');
  while (at !== -1) {
    const before = at > 0 ? body.charCodeAt(at - 1) : 32;
    const afterIndex = at + 'secrets'.length;
    const after = body.charCodeAt(afterIndex);
    if (!isIdentifierChar(before) && !(after >= 48 && after <= 57) && !(after >= 65 && after <= 90) && !(after >= 97 && after <= 122) && after !== 95) {
      let rest = body.slice(afterIndex).trimStart();
      let name: string | undefined;
      if (rest.startsWith('.')) {
        name = SECRET_NAME.exec(rest.slice(1).trimStart())?.[0];
      } else if (rest.startsWith('[')) {
        rest = rest.slice(1).trimStart();
        const quote = rest[0];
        if (quote === "'" || quote === '"') name = SECRET_NAME.exec(rest.slice(1))?.[0];
      }
      if (name === undefined) {
        all = true;
      } else {
        if (!names.includes(name)) names.push(name);
        const head = body.slice(0, at).trimEnd();
        if (fromJson === undefined && isFromJsonCall(head)) fromJson = name;
      }
    }
    at = body.indexOf('secrets', at + 1);
  }
  if (names.length === 0 && !all) return undefined;
  const exact = EXACT.exec(body);
  return { names, all, fromJson, exact: exact === null ? undefined : (exact[1] ?? exact[3]) };
}
