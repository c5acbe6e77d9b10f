/**
 * Name-based sources: parameters, bindings, property reads and getter-like calls whose names say they hold a
 * secret (`password`, `apiKey`, `getAccessToken()`), with the exceptions that keep them precise (descriptor
 * objects such as `errors.password`, lexer files where a `token` is a lexeme).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { classifySensitiveName, splitWords } from '../../names.js';
import { THING_CONTAINERS } from '../models/sources/names.js';
import type { TaintValue } from '../types.js';
import type { Analysis } from './analysis.js';
import { staticPropertyName, unwrapExpression } from './ast.js';

type Node = TSESTree.Node;

/** Verbs of getter-like functions whose result is named by the rest of their name: `getApiKey`, `fetchToken`. */
const CALL_VERB = /^(?:get|fetch|load|read|retrieve|resolve|create|generate|issue|obtain|request|refresh|decrypt)(?=[A-Z_])/;

/** Head words of objects whose properties describe things by name: `endpoints.token`, `errors.password`. */
const DESCRIPTOR_CONTAINERS = new Set(
  (
    'endpoint endpoints url urls uri uris route routes path paths link links label labels message messages msgs ' +
    'error errors placeholder placeholders field fields column columns type types name names icon icons selector ' +
    'selectors translation translations strings text texts title titles description descriptions hint hints ' +
    'tooltip tooltips rule rules validator validators validation validations schema schemas scope scopes ' +
    'permission permissions event events action actions input inputs element elements ref refs flag flags ' +
    'style styles classes i18n locale locales'
  ).split(' '),
);

/** Words of parser APIs about lexical tokens: `getFirstToken`, `getLastTokens`, `getTokenBefore`. */
const LEXER_WORDS = new Set(['first', 'last', 'prev', 'previous', 'current', 'open', 'opening', 'close', 'closing', 'start', 'end', 'before', 'after', 'comment', 'comments', 'punctuator', 'keyword', 'jsx']);

/**
 * Classifies a getter-like function name by what it returns: `getApiKey` → API key, `fetchToken` → token;
 * `getFirstToken`, `getName`, `apiKey` (no verb) → undefined.
 */
export function classifyCallName(name: string): ReturnType<typeof classifySensitiveName> {
  const stripped = name.replace(CALL_VERB, '');
  if (stripped === name || stripped.length === 0) return undefined;
  const sensitive = classifySensitiveName(stripped);
  if (!sensitive) return undefined;
  for (const word of sensitive.words) if (LEXER_WORDS.has(word)) return undefined;
  return sensitive;
}

/** True when a classified name is headed by `token(s)`: in a lexer file, a lexeme. */
export function isTokenHeaded(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  return head === 'token' || head === 'tokens';
}

/** A secret named `name` (a parameter, a variable, a property read whose source text is `text`), if the name is sensitive. */
export function nameOrigin(
  an: Analysis,
  name: string,
  node: Node,
  kind: 'parameter' | 'variable' | 'property',
  text?: string,
): TaintValue | undefined {
  if (an.config.ignoreNameSources) return undefined;
  if (!an.isSensitive(name)) return undefined;
  if (kind === 'property' && namesAThing(node)) return undefined;
  const description =
    kind === 'property' ? (text && text.length <= 40 ? `\`${text}\`` : `property \`${name}\``) : `${kind} \`${name}\``;
  return { secret: { description, node, family: 'name' } };
}

/** `getApiKey()`, `fetchToken()`, `vault.getSecret(name)`: a call whose name (without its verb) is sensitive. */
export function callNameSource(an: Analysis, name: string | undefined, node: Node): TaintValue | undefined {
  if (name === undefined || an.config.ignoreNameSources) return undefined;
  const sensitive = classifyCallName(name);
  if (!sensitive || (isTokenHeaded(sensitive.words) && an.lexerFile)) return undefined;
  return { secret: { description: `the result of ${name}()`, node, family: 'name' } };
}

/**
 * Whether a member read's object names descriptions of things rather than the things: `endpoints.token`
 * (a URL), `errors.password` (a validation message), `labels.apiKey`, `inputs.password` (an element).
 */
/**
 * Whether a property read names a thing rather than a secret: a property of a thing (`attachment.storageKey`,
 * `coupon.token`, `AuthErrorCode.InvalidCredentials`) or a member of an enum-like object (`Errors.Password`:
 * a PascalCase object and property).
 */
function namesAThing(node: Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = unwrapExpression(node.object);
  const name =
    object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? staticPropertyName(object) : undefined;
  if (name === undefined) return false;
  const words = splitWords(name);
  const head = words[words.length - 1];
  if (head !== undefined && THING_CONTAINERS.has(head)) return true;
  const property = staticPropertyName(node);
  return object.type === 'Identifier' && property !== undefined && isPascalCase(name) && isPascalCase(property);
}

function isPascalCase(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90 && /[a-z]/.test(name) && !name.includes('_');
}

export function isDescriptorContainer(node: Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = unwrapExpression(node.object);
  const name =
    object.type === 'Identifier'
      ? object.name
      : object.type === 'MemberExpression'
        ? staticPropertyName(object)
        : undefined;
  if (name === undefined) return false;
  const words = splitWords(name);
  const head = words[words.length - 1];
  return head !== undefined && DESCRIPTOR_CONTAINERS.has(head);
}
