/**
 * Request credentials (`models/sources/request.ts`): credential headers and session cookies read from a
 * request, and a request's whole headers object. The one place the engine recognises them.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { splitWords } from '../../names.js';
import {
  COOKIE_CONTAINERS,
  COOKIE_FUNCTIONS,
  COOKIE_GETTERS,
  CREDENTIAL_COOKIE_WORDS,
  CREDENTIAL_HEADERS,
  HEADER_FUNCTIONS,
  HEADER_GETTERS,
  REQUEST_PATHS,
} from '../models/sources/request.js';
import type { TaintValue } from '../types.js';
import { staticPropertyName, unwrapExpression } from './ast.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;

/** Tags the engine gives `headers()` / `cookies()` results and request headers objects. */
export const HEADERS_TAG = 'request:headers';
export const COOKIES_TAG = 'request:cookies';

export function isCredentialHeader(name: string): boolean {
  return name.length <= 24 && CREDENTIAL_HEADERS.has(name.toLowerCase());
}

export function isCredentialCookie(name: string): boolean {
  if (name.length > 60) return false;
  for (const word of splitWords(name.replace(/[^A-Za-z0-9]+/g, '_'))) if (CREDENTIAL_COOKIE_WORDS.has(word)) return true;
  return false;
}

function secret(description: string, node: Node): TaintValue {
  return { secret: { description, node, family: 'request' } };
}

/** A request's headers: a holder whose credential headers are secrets. */
function headersHolder(label: string, node: Node): TaintValue {
  const entries: [string, TaintValue][] = [];
  for (const header of CREDENTIAL_HEADERS) {
    entries.push([header, secret(`the ${header} header of ${label}`, node)]);
  }
  entries.push(['Authorization', secret(`the Authorization header of ${label}`, node)]);
  entries.push(['Cookie', secret(`the Cookie header of ${label}`, node)]);
  return { holder: { description: `the headers of ${label}`, node, family: 'request' }, props: PropMap.of(entries), tags: new Set([HEADERS_TAG]) };
}

/**
 * A member read that is a request credential: `<request>.headers` (the holder), `x.headers.authorization`
 * (any headers object: a request's, or the one a client sends), `<x>.cookies.session_id`.
 */
export function requestMemberRead(objectNode: Node, name: string, node: Node, textOf: () => string | undefined): TaintValue | undefined {
  const object = unwrapExpression(objectNode);
  if (name === 'headers') {
    const path = staticPathOf(object);
    if (path !== undefined && REQUEST_PATHS.has(path)) return headersHolder(`\`${path}\``, node);
    return undefined;
  }
  if (object.type !== 'MemberExpression') return undefined;
  const container = staticPropertyName(object);
  if (container === 'headers' && isCredentialHeader(name)) {
    const text = textOf();
    return secret(text && text.length <= 40 ? `\`${text}\`` : `the ${name} header`, node);
  }
  if (container !== undefined && COOKIE_CONTAINERS.has(container) && isCredentialCookie(name)) {
    const text = textOf();
    return secret(text && text.length <= 40 ? `the cookie \`${text}\`` : `the cookie \`${name}\``, node);
  }
  return undefined;
}

/** `req.get('authorization')`, `headers().get('authorization')`, `cookies().get('session')`: a credential read by name. */
export function requestCallRead(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  method: string | undefined,
  receiver: TaintValue | undefined,
  receiverNode: Node | undefined,
): TaintValue | undefined {
  if (method === undefined || node.type !== 'CallExpression') return undefined;
  const arg = node.arguments[0];
  if (!arg || arg.type !== 'Literal' || typeof arg.value !== 'string') return undefined;
  const name = arg.value;
  if (HEADER_GETTERS.has(method) && isCredentialHeader(name)) {
    return secret(`the ${name} header of the request`, node);
  }
  if (COOKIE_GETTERS.has(method) && isCredentialCookie(name)) {
    const isCookies =
      receiver?.tags?.has(COOKIES_TAG) ||
      (receiverNode?.type === 'MemberExpression' && COOKIE_CONTAINERS.has(staticPropertyName(receiverNode) ?? ''));
    if (isCookies) return secret(`the cookie \`${name}\``, node);
  }
  return undefined;
}

/** The tags of `headers()` / `cookies()` results, by the callee's tags. */
export function requestFunctionResult(calleeTags: ReadonlySet<string> | undefined, node: Node): TaintValue | undefined {
  if (!calleeTags) return undefined;
  for (const tag of calleeTags) {
    if (HEADER_FUNCTIONS.includes(tag)) return headersHolder('the request (`headers()`)', node);
    if (COOKIE_FUNCTIONS.includes(tag)) return { tags: new Set([COOKIES_TAG]) };
  }
  return undefined;
}

function staticPathOf(node: Node): string | undefined {
  const parts: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === 'MemberExpression' && !current.computed && current.property.type === 'Identifier') {
    parts.unshift(current.property.name);
    current = unwrapExpression(current.object);
    if (parts.length > 3) return undefined;
  }
  if (current.type !== 'Identifier') return undefined;
  parts.unshift(current.name);
  return parts.join('.');
}
