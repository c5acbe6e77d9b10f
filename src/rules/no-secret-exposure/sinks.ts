/**
 * The sinks of `secrets/no-secret-exposure`, by family, as a function of the taint engine's events. Which
 * callees and targets are sinks is data in `src/core/taint/models/sinks/` (http-responses.ts, urls.ts,
 * telemetry.ts, storage.ts); this file matches events against it.
 * Each hit names the operand that leaves the server (or the page) and the family it belongs to; the rule
 * filters findings by family afterwards (URL hits must sit in the query string, name-based sources only
 * count where they are never legitimately sent).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, propertyKeyName, staticPropertyName, unwrapExpression } from '../../util/ast/index.js';
import {
  getProperty,
  type CalleeInfo,
  type Operand,
  type SinkEvent,
  type SinkHit,
  type TagRule,
} from '../../core/taint/index.js';
import {
  DATA_FUNCTIONS,
  HONO_CONTEXT,
  HONO_METHODS,
  KOA_CONTEXTS,
  KOA_SETTERS,
  LAMBDA_RESPONSE_KEY,
  RESPONSE_BODY_TARGETS,
  RESPONSE_CHAIN,
  RESPONSE_CONSTRUCTORS,
  RESPONSE_HELPER_TAGS,
  RESPONSE_METHODS,
  RESPONSE_ROOTS,
  RESPONSE_STATIC_HELPERS,
} from '../../core/taint/models/sinks/http-responses.js';
import { COOKIE_TARGETS, STORAGE_OBJECTS, STORAGE_SET_ITEM_CALLS } from '../../core/taint/models/sinks/storage.js';
import {
  ANALYTICS,
  GTAG_PATHS,
  SENTRY_METHODS,
  SENTRY_MODULE_TAG_PREFIX,
  SENTRY_RECEIVERS,
  SPAN_METHODS,
} from '../../core/taint/models/sinks/telemetry.js';
import {
  AXIOS_CONFIG_SECOND,
  FETCH_PATHS,
  FETCH_TAGS,
  HTTP_CLIENT_ROOTS,
  HTTP_CLIENT_TAG_RULES,
  HTTP_METHODS,
  NAVIGATION_CALLS,
  NAVIGATION_TARGETS,
} from '../../core/taint/models/sinks/urls.js';

export type SinkFamily = 'responses' | 'urls' | 'telemetry' | 'storage' | 'custom';

/** Which families are on, and users' extra sinks. */
export interface SinkSettings {
  readonly families: ReadonlySet<SinkFamily>;
  readonly userSinks: readonly UserSink[];
  /** The file starts with `"use server"`: its exported functions are Server Actions returning to the client. */
  readonly useServerFile: boolean;
  /**
   * Data functions bound to this kind of file (a SvelteKit `+page.server` module's `load`), by name, with
   * their label: what they return is sent to the page. From the framework registry.
   */
  readonly fileDataFunctions: ReadonlyMap<string, string>;
  /** The initializer of a `const` binding, to look into `fetch(url)` where `url` is a template. */
  readonly constInit: (id: TSESTree.Identifier) => TSESTree.Expression | undefined;
}

export interface UserSink {
  /** Dotted path the callee must end with (`audit.send`), or a plain function name (`report`). */
  readonly path: string;
  /** `audit.*`: any method of this object. */
  readonly anyMethod: boolean;
}

export function parseUserSinks(sinks: readonly string[]): UserSink[] {
  return sinks.map((s) => (s.endsWith('.*') ? { path: s.slice(0, -2), anyMethod: true } : { path: s, anyMethod: false }));
}

function matchesUserSink(callee: CalleeInfo, sinks: readonly UserSink[]): boolean {
  const { path, name } = callee;
  for (const sink of sinks) {
    if (sink.anyMethod) {
      if (path === undefined || !path.includes('.')) continue;
      const owner = path.slice(0, path.lastIndexOf('.'));
      if (owner === sink.path || owner.endsWith(`.${sink.path}`)) return true;
    } else if (path === sink.path || (path !== undefined && path.endsWith(`.${sink.path}`))) {
      return true;
    } else if (!sink.path.includes('.') && name === sink.path && path === name) {
      return true;
    }
  }
  return false;
}

/** Hits carry their family in `kind`; `query` marks URL hits that count only in a query string. */
export const URL_QUERY_KIND = 'urls:query';

/** Tag rules: instances whose methods are sinks (HTTP clients). */
export const EXPOSURE_TAG_RULES: readonly TagRule[] = HTTP_CLIENT_TAG_RULES;

function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The name of an exported function: `export function loader`, `export const getServerSideProps = …`. */
function exportedFunctionName(fn: TSESTree.Node): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    const parent = fn.parent;
    return fn.id && parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? fn.id.name : undefined;
  }
  let current: TSESTree.Node | undefined = fn.parent;
  // `export const loader = withAuth(async () => …)` is not followed: wrappers may change the data.
  if (current?.type === AST_NODE_TYPES.VariableDeclarator && current.id.type === AST_NODE_TYPES.Identifier) {
    const name = current.id.name;
    current = current.parent?.parent;
    return current?.type === AST_NODE_TYPES.ExportNamedDeclaration ? name : undefined;
  }
  return undefined;
}

/** The root of a callee chain through members and calls: `res.status(401).json` → `res`, with the methods passed. */
function chainRoot(node: TSESTree.Node): { root: TSESTree.Node; methods: string[] } {
  const methods: string[] = [];
  let current = unwrapExpression(node);
  for (let i = 0; i < 20; i++) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = staticPropertyName(current);
      if (name !== undefined) methods.push(name);
      current = unwrapExpression(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrapExpression(current.callee);
    } else {
      break;
    }
  }
  return { root: current, methods };
}

/** The name of the receiver of a member call: `span.setAttribute` → span; `trace.getActiveSpan().x` → getActiveSpan. */
function receiverName(callee: TSESTree.Node): string | undefined {
  const member = unwrapExpression(callee);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = unwrapExpression(member.object);
  if (object.type === AST_NODE_TYPES.Identifier) return object.name;
  if (object.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (object.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(object);
  if (object.type === AST_NODE_TYPES.CallExpression) {
    const inner = unwrapExpression(object.callee);
    if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
    if (inner.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(inner);
  }
  return undefined;
}

function hasTagWithPrefix(tags: ReadonlySet<string>, prefix: string): boolean {
  for (const t of tags) if (t.startsWith(prefix)) return true;
  return false;
}

function pick(args: readonly Operand[], which: 'first' | 'second' | 'last' | 'all'): Operand[] {
  if (which === 'all') return [...args];
  if (which === 'first') return args[0] ? [args[0]] : [];
  if (which === 'second') return args[1] ? [args[1]] : [];
  const last = args[args.length - 1];
  return last ? [last] : [];
}

function hits(operands: readonly Operand[], label: string, kind: string): SinkHit[] {
  return operands.map((operand) => ({ operand, label, kind }));
}

/** A property of an object-literal argument as an operand: `{ params: { api_key } }` → the params value. */
function propertyOperand(arg: Operand | undefined, key: string): Operand | undefined {
  if (!arg) return undefined;
  const node = unwrapExpression(arg.node);
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const prop of node.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || prop.computed) continue;
    if (propertyKeyName(prop) === key) return { node: prop.value, value: getProperty(arg.value, key, prop.value) };
  }
  return undefined;
}

/** The sinks of the rule as an engine sink checker. */
export function exposureSinks(settings: SinkSettings) {
  const on = (family: SinkFamily): boolean => settings.families.has(family);
  return (event: SinkEvent): readonly SinkHit[] | undefined => {
    switch (event.type) {
      case 'call':
        return callSinks(event, settings, on);
      case 'assign': {
        const path = event.targetPath;
        if (path === undefined) return undefined;
        if (on('responses') && RESPONSE_BODY_TARGETS.has(path)) {
          return [{ operand: event.value, label: `${path} =`, kind: 'responses' }];
        }
        if (on('storage') && STORAGE_OBJECTS.has(path.slice(0, path.lastIndexOf('.')))) {
          return [{ operand: event.value, label: `${path} =`, kind: 'storage' }];
        }
        if (on('storage') && COOKIE_TARGETS.has(path)) {
          return [{ operand: event.value, label: `${path} =`, kind: 'storage' }];
        }
        if (on('urls') && NAVIGATION_TARGETS.has(path)) {
          return [{ operand: event.value, label: `${path} =`, kind: 'urls' }];
        }
        return undefined;
      }
      case 'return': {
        if (!on('responses')) return undefined;
        const returned = unwrapExpression(event.value.node);
        // Lambda / API Gateway / Netlify functions: `return { statusCode, body }`.
        if (
          returned.type === AST_NODE_TYPES.ObjectExpression &&
          returned.properties.some(
            (p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === LAMBDA_RESPONSE_KEY,
          )
        ) {
          return [{ operand: event.value, label: 'a returned { statusCode, body } response', kind: 'responses' }];
        }
        if (!isFunctionNode(event.fn)) return undefined;
        const name = exportedFunctionName(event.fn);
        if (name !== undefined && settings.useServerFile) {
          return [{ operand: event.value, label: `the Server Action ${name}() result`, kind: 'responses' }];
        }
        const label = name === undefined ? undefined : (settings.fileDataFunctions.get(name) ?? DATA_FUNCTIONS.get(name));
        if (label === undefined) return undefined;
        return [{ operand: event.value, label, kind: 'responses' }];
      }
      default:
        return undefined;
    }
  };
}

function callSinks(
  event: Extract<SinkEvent, { type: 'call' }>,
  settings: SinkSettings,
  on: (family: SinkFamily) => boolean,
): readonly SinkHit[] | undefined {
  const { callee, args, isNew } = event;
  const calleeNode = event.node.callee;
  if (settings.userSinks.length > 0 && matchesUserSink(callee, settings.userSinks)) {
    return hits(args, callee.path ?? callee.name ?? 'a custom sink', 'custom');
  }
  const method = callee.method;

  if (on('responses')) {
    if (isNew) {
      // new Response(body), new NextResponse(body)
      const scope = callee.name === undefined ? undefined : RESPONSE_CONSTRUCTORS.get(callee.name);
      if (callee.name !== undefined && (scope === 'any' || (scope === 'global' && callee.rootIsGlobal))) {
        return args[0] ? hits([args[0]], `new ${callee.name}`, 'responses') : undefined;
      }
    } else {
      if (callee.path !== undefined && RESPONSE_STATIC_HELPERS.has(callee.path)) {
        return args[0] ? hits([args[0]], callee.path, 'responses') : undefined;
      }
      for (const tag of callee.tags) {
        const helper = RESPONSE_HELPER_TAGS.get(tag);
        if (helper !== undefined) return args[0] ? hits([args[0]], `${helper}()`, 'responses') : undefined;
      }
      if (method !== undefined) {
        const { root, methods } = chainRoot(calleeNode);
        if (root.type === AST_NODE_TYPES.Identifier) {
          const which = RESPONSE_METHODS.get(method);
          // methods[0] is the sink method; the others must be chainable response methods
          const chainOk = methods.slice(1).every((m) => RESPONSE_CHAIN.has(m));
          if (which !== undefined && chainOk && RESPONSE_ROOTS.has(root.name)) {
            return hits(pick(args, which), `${root.name}.${method}`, 'responses');
          }
          if (root.name === HONO_CONTEXT && methods.length === 1 && HONO_METHODS.has(method)) {
            return args[0] ? hits([args[0]], `c.${method}`, 'responses') : undefined;
          }
          // Koa: ctx.set(name, value), ctx.cookies.set(name, value)
          if (KOA_CONTEXTS.has(root.name) && method === 'set') {
            const path = methods.slice().reverse().join('.');
            if (KOA_SETTERS.has(path)) return hits(args.slice(1, 2), `${root.name}.${path}`, 'responses');
          }
        }
      }
    }
  }

  if (on('urls') && !isNew) {
    const clientHits = httpClientHits(event, settings);
    if (clientHits) return clientHits;
    if ((method === 'set' || method === 'append') && callee.path !== undefined && callee.path.endsWith(`searchParams.${method}`)) {
      return hits(args.slice(1, 2), callee.path, 'urls');
    }
    if (callee.path !== undefined && NAVIGATION_CALLS.has(callee.path)) {
      return hits(args.slice(0, 1), callee.path, 'urls');
    }
    if (callee.name === 'open' && callee.path === 'open' && callee.rootIsGlobal) {
      return hits(args.slice(0, 1), callee.path, 'urls');
    }
  }

  if (on('telemetry') && !isNew) {
    const name = method ?? callee.name;
    if (name !== undefined && SENTRY_METHODS.has(name)) {
      const receiver = receiverName(calleeNode);
      const fromSentry =
        hasTagWithPrefix(callee.tags, SENTRY_MODULE_TAG_PREFIX) ||
        hasTagWithPrefix(callee.receiverTags, SENTRY_MODULE_TAG_PREFIX) ||
        (receiver !== undefined && SENTRY_RECEIVERS.has(receiver));
      if (fromSentry) return hits(args, callee.path ?? `Sentry.${name}`, 'telemetry');
    }
    if (method !== undefined) {
      const receiver = receiverName(calleeNode);
      const methods = receiver === undefined ? undefined : ANALYTICS.get(receiver);
      if (receiver !== undefined && methods?.has(method)) return hits(args, `${receiver}.${method}`, 'telemetry');
      if (SPAN_METHODS.has(method) && receiver !== undefined && /span$/iu.test(receiver)) {
        return hits(args, `${receiver}.${method}`, 'telemetry');
      }
    }
    if (callee.name === 'gtag' && callee.path !== undefined && GTAG_PATHS.has(callee.path)) return hits(args, 'gtag', 'telemetry');
  }

  if (on('storage') && !isNew && method === 'setItem') {
    const path = callee.path;
    if (path !== undefined && STORAGE_SET_ITEM_CALLS.has(path)) {
      return hits(args.slice(1, 2), path, 'storage');
    }
  }
  return undefined;
}

/** fetch / axios / got / ky calls: the URL (query string only) and axios `params`. */
function httpClientHits(event: Extract<SinkEvent, { type: 'call' }>, settings: SinkSettings): SinkHit[] | undefined {
  const { callee, args } = event;
  const calleeNode = unwrapExpression(event.node.callee);
  const isFetch =
    (callee.name === 'fetch' && callee.path !== undefined && FETCH_PATHS.has(callee.path)) ||
    FETCH_TAGS.some((tag) => callee.tags.has(tag));
  let isClient = isFetch;
  let isAxios = false;
  let clientMethod: string | undefined;
  if (!isClient) {
    const { root, methods } = chainRoot(calleeNode);
    const rootName = root.type === AST_NODE_TYPES.Identifier ? root.name : undefined;
    const tagged = hasTagWithPrefix(callee.tags, 'module:axios') || callee.receiverTags.has('axios') || callee.tags.has('axios');
    if ((rootName !== undefined && HTTP_CLIENT_ROOTS.has(rootName) && methods.length <= 1) || tagged) {
      clientMethod = methods[0];
      if (clientMethod === undefined || HTTP_METHODS.has(clientMethod)) {
        isClient = true;
        isAxios = rootName === 'axios' || tagged;
      }
    }
  }
  if (!isClient) return undefined;
  const label = callee.path ?? callee.name ?? 'an HTTP client';
  const result: SinkHit[] = [];
  const first = args[0];
  if (first) {
    const firstNode = unwrapExpression(first.node);
    if (firstNode.type === AST_NODE_TYPES.ObjectExpression) {
      // axios({ url, params }), got({ url, searchParams })
      const params = propertyOperand(first, 'params') ?? propertyOperand(first, 'searchParams');
      if (params) result.push({ operand: params, label: `${label} params`, kind: 'urls' });
      const url = propertyOperand(first, 'url');
      if (url) result.push({ operand: url, label, kind: URL_QUERY_KIND });
    } else if (firstNode.type === AST_NODE_TYPES.Identifier) {
      // `const url = \`…?key=${key}\`; fetch(url)`: look at where the query string is built
      const init = settings.constInit(firstNode);
      const initNode = init ? unwrapExpression(init) : undefined;
      const built = initNode?.type === AST_NODE_TYPES.TemplateLiteral || (initNode?.type === AST_NODE_TYPES.BinaryExpression && initNode.operator === '+');
      result.push({ operand: built && init ? { node: init, value: first.value } : first, label, kind: URL_QUERY_KIND });
    } else {
      result.push({ operand: first, label, kind: URL_QUERY_KIND });
    }
  }
  if (isAxios || clientMethod !== undefined || !isFetch) {
    const configIndex = clientMethod !== undefined && !AXIOS_CONFIG_SECOND.has(clientMethod) && clientMethod !== 'request' ? 2 : 1;
    const config = args[configIndex];
    const params = propertyOperand(config, 'params') ?? propertyOperand(config, 'searchParams');
    if (params) result.push({ operand: params, label: `${label} params`, kind: 'urls' });
  }
  return result;
}
