/**
 * `secrets/no-secret-exposure`: secrets read or fetched at run time must not leave the server in an HTTP
 * response, travel in a URL, reach error monitoring or analytics, or be written to browser storage.
 *
 * Sources, propagation and sanitizers are the shared taint engine's (`src/core/taint`, the same as
 * `no-secret-logging`); this rule declares the sinks (`no-secret-exposure/sinks.ts`) and two filters the
 * engine cannot know about:
 * - URLs leak through their query string: a secret is reported in a `fetch`/axios/got URL only after the `?`
 *   (a secret webhook URL passed to `fetch` is its intended use), anywhere in `location.href` or `searchParams`.
 * - Names alone are weak evidence where sending is normal: a login handler returns the session `token` it
 *   minted, an SPA keeps its `accessToken` in `localStorage`, an email carries a link with a verification
 *   `token`. Sources found only by name count in responses and storage for passwords, private keys and
 *   connection strings (and secrets, in storage), in URLs for every kind except link tokens (a `…token`
 *   counts only as an access/API/session/auth token), in telemetry for all. SDK, environment and users'
 *   sources always count.
 */
import * as nodePath from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  AST_NODE_TYPES,
  constInitializer,
  hasDirective,
  importedName,
  propertyKeyName,
  resolveVariable,
  staticPropertyName,
  unwrapExpression,
} from '../util/ast/index.js';
import { dataFunctionsOfFile, RESPONSE_HANDLERS, RESPONSE_HELPERS } from '../core/framework/registry.js';
import { isPublicByDesignEnvName, judgeEnvName } from '../core/env/index.js';
import { AUTH_TOKEN_WORDS, classifySensitiveName, nameWords, type SensitiveKind } from '../core/names.js';
import { taintFindingsOf, type TaintFinding } from '../core/taint/index.js';
import { createRule } from '../util/create-rule.js';
import { isTestFile } from '../util/test-file.js';
import { importSourceOf, isUseClientModule, secretEnvRead } from './no-secret-exposure/client-props.js';
import {
  EXPOSURE_TAG_RULES,
  URL_QUERY_KIND,
  exposureSinks,
  parseUserSinks,
  type SinkFamily,
} from './no-secret-exposure/sinks.js';
import { checkUserSources, configuredSources, USER_SOURCES_OPTION_SCHEMA } from '../core/taint/options-schema.js';
import { checkNonEmptyItems } from '../util/options.js';
import { readSecretsSettings } from '../util/settings.js';
import { configuredSourceCalls } from '../util/configured-sources.js';

export type Options = [
  {
    responses?: boolean;
    urls?: boolean;
    telemetry?: boolean;
    storage?: boolean;
    sinks?: string[];
    sources?: { callee?: string; module?: string; export?: string }[];
    sanitizers?: string[];
  },
];
export type MessageIds =
  | 'exposedInResponse'
  | 'exposedInUrl'
  | 'exposedToTelemetry'
  | 'exposedToStorage'
  | 'exposedToCustomSink'
  | 'moveToHeader';

const MESSAGE_BY_FAMILY: Record<SinkFamily, Exclude<MessageIds, 'moveToHeader'>> = {
  responses: 'exposedInResponse',
  urls: 'exposedInUrl',
  telemetry: 'exposedToTelemetry',
  storage: 'exposedToStorage',
  custom: 'exposedToCustomSink',
};

/** Kinds of name-only sources that count, per family (`undefined`: every kind). */
const NAME_KINDS: Record<SinkFamily, ReadonlySet<SensitiveKind> | undefined> = {
  responses: new Set(['password', 'privateKey', 'connectionString']),
  storage: new Set(['password', 'privateKey', 'connectionString', 'secret']),
  urls: undefined,
  telemetry: undefined,
  custom: undefined,
};


/**
 * Text hints that a file may hold one of the sinks; the engine skips files without any. The frameworks'
 * response helpers and handler wrappers (`text`, `setCookie`, `defineEventHandler`) come from the registry.
 * The most frequent come first (counted in 10,925 files of real applications and the bench corpus): the
 * search stops at the first found.
 */
const SINK_HINTS = [
  ...new Set([
    ...['res', 'text', 'data', 'Props', 'json', 'load', 'span', 'c.', 'open', 'action', 'Response', 'fetch'],
    ...[...RESPONSE_HELPERS, ...RESPONSE_HANDLERS].map((helper) => helper.name),
    'searchParams',
    'track',
    'scope',
    'location',
    'ctx',
    'use server',
    'got',
    'ky',
    'cookie',
    'Storage',
    'reply',
    'capture',
    'statusCode',
    'Span',
    'axios',
    'Sentry',
    'gtag',
  ]),
];

/** Query parameter names that carry a bearer token: moved into `Authorization: Bearer …`. */
const BEARER_PARAMS = new Set(['access_token', 'accesstoken', 'token', 'auth_token', 'authtoken', 'bearer', 'oauth_token']);

function capitalize(text: string): string {
  return /^(?:the|a|an|parameter|variable|property|downloaded) /u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function describe(finding: TaintFinding): string {
  const what = finding.origin.description;
  const line = finding.origin.node.loc.start.line;
  if (finding.originIsHolder) return `${capitalize(what)} (line ${line}), which holds secrets,`;
  if (finding.viaHolder) return `An object holding ${what} (line ${line})`;
  return `${capitalize(what)} (line ${line})`;
}

/** The name behind a name-based source: a parameter, a variable, a property. */
function originName(node: TSESTree.Node): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name;
  if (n.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(n);
  if (n.type === AST_NODE_TYPES.Property && !n.computed) return propertyKeyName(n);
  return undefined;
}

/** Does a source count for this family? SDK, environment and user sources always do. */
function sourceCounts(finding: TaintFinding, family: SinkFamily): boolean {
  const family0 = finding.origin.family;
  if (family0 === 'env' || family0 === 'name') {
    // `NEXT_PUBLIC_…`, `VITE_…` are in the browser bundle already; maps, search-only, publishable and
    // captcha site keys are public by design.
    const name = originName(finding.origin.node);
    if (name !== undefined) {
      if (family0 === 'env') {
        const judged = judgeEnvName(name);
        if (judged.verdict === 'public' || judged.publicPrefix !== undefined) return false;
      } else if (isPublicByDesignEnvName(name)) {
        return false;
      }
    }
  }
  if (family0 !== 'name') return true;
  const name = originName(finding.origin.node);
  const judged = name === undefined ? undefined : classifySensitiveName(name);
  if (!judged) return family === 'telemetry' || family === 'custom';
  // Tokens made to travel in links (verification, invitation, single-use, reset) are capability URLs by
  // design; API keys, passwords and access/session tokens are not.
  if (family === 'urls') return judged.kind !== 'token' || judged.words.some((w) => AUTH_TOKEN_WORDS.has(w));
  const kinds = NAME_KINDS[family];
  return kinds === undefined || kinds.has(judged.kind);
}

/** Static text of a string-ish node, for finding `?` before a URL part. */
function staticText(node: TSESTree.Node): string {
  const n = unwrapExpression(node);
  if (n.type === AST_NODE_TYPES.Literal) return typeof n.value === 'string' ? n.value : '';
  if (n.type === AST_NODE_TYPES.TemplateLiteral) return n.quasis.map((q) => q.value.cooked ?? '').join('');
  if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+') {
    return staticText(n.left) + staticText(n.right);
  }
  return '';
}

/**
 * Is the culprit in the query string of the URL `operand`: after a `?` in a template literal or a string
 * concatenation between them?
 */
function isInQueryString(culprit: TSESTree.Node, operand: TSESTree.Node): boolean {
  let child: TSESTree.Node = culprit;
  for (let guard = 0; guard < 50 && child !== operand; guard++) {
    const parent = child.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.TemplateLiteral) {
      const index = parent.expressions.indexOf(child as TSESTree.Expression);
      for (let i = 0; i <= index; i++) if ((parent.quasis[i]?.value.cooked ?? '').includes('?')) return true;
    } else if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && parent.right === child) {
      if (staticText(parent.left).includes('?')) return true;
    }
    child = parent;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-secret-exposure',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow secrets in HTTP responses, URLs, error monitoring and analytics, and browser storage',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      exposedInResponse:
        '{{secret}} is sent in an HTTP response ({{sink}}): whoever can call this endpoint or load this page receives it. Send only what the client needs.',
      exposedInUrl:
        '{{secret}} is put into a URL ({{sink}}): URLs are kept in server, proxy and browser logs and history. Send it in a header or the request body.',
      exposedToTelemetry:
        '{{secret}} is sent to error monitoring or analytics ({{sink}}), where every member of the team and the vendor can read it. Leave it out.',
      exposedToStorage:
        '{{secret}} is written to browser storage ({{sink}}), readable by every script on the page and by anyone with the device. Keep it on the server.',
      exposedToCustomSink: '{{secret}} reaches {{sink}}, configured as an exposure sink. Leave it out.',
      moveToHeader:
        'Move the `{{param}}` query parameter into the `{{header}}` request header (check the header name your API expects).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          responses: {
            type: 'boolean',
            description:
              'Report secrets in HTTP responses: Express/Fastify/Koa/Hono/Node, `Response`, `NextResponse`, Lambda results, SvelteKit `json`/`text`, Nitro/Nuxt (h3) handlers, Next.js data functions, Remix/React Router loaders.',
          },
          urls: {
            type: 'boolean',
            description:
              'Report secrets in URLs: query strings of `fetch`/axios/got/ky URLs, axios `params`, `searchParams.set/append`, `location`.',
          },
          telemetry: {
            type: 'boolean',
            description:
              'Report secrets sent to error monitoring and analytics: Sentry, Segment, PostHog, Mixpanel, Amplitude, `gtag`, OpenTelemetry spans.',
          },
          storage: {
            type: 'boolean',
            description: 'Report secrets written to `localStorage`, `sessionStorage` or `document.cookie`.',
          },
          sinks: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra exposure sinks: function names (`report`) or `object.method` paths (`audit.send`, `beacon.*`). Unset: `settings.secrets.sinks.exposure`.',
          },
          sources: USER_SOURCES_OPTION_SCHEMA,
          sanitizers: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra sanitizer function names whose result is safe to expose. Unset: `settings.secrets.sanitizers`.',
          },
        },
      },
    ],
    // `sinks`, `sources` and `sanitizers` have no default: unset, they come from `settings.secrets`.
    defaultOptions: [{ responses: true, urls: true, telemetry: true, storage: true }],
  },
  create(context, [options]) {
    checkNonEmptyItems('no-secret-exposure', 'sinks', options.sinks);
    checkNonEmptyItems('no-secret-exposure', 'sanitizers', options.sanitizers);
    checkUserSources('no-secret-exposure', options.sources);
    const sourceCode = context.sourceCode;
    const families = new Set<SinkFamily>(['custom']);
    if (options.responses !== false) families.add('responses');
    if (options.urls !== false) families.add('urls');
    if (options.telemetry !== false) families.add('telemetry');
    if (options.storage !== false) families.add('storage');
    const settings = readSecretsSettings(context);
    const userSinks = parseUserSinks(options.sinks ?? settings.sinks.exposure ?? []);
    const sources = configuredSources(options.sources, settings);
    const sanitizers = options.sanitizers ?? settings.sanitizers ?? [];

    function constInit(id: TSESTree.Identifier): TSESTree.Expression | undefined {
      return constInitializer(sourceCode.getScope(id), id.name);
    }

    /** `const response = { statusCode: 200, … }` or `response.statusCode = 200` for the variable `id` names. */
    function builtWithKey(id: TSESTree.Identifier, key: string): boolean {
      const variable = resolveVariable(sourceCode.getScope(id), id.name);
      if (!variable) return false;
      for (const def of variable.defs) {
        if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier) continue;
        const init = def.node.init ? unwrapExpression(def.node.init) : undefined;
        if (init?.type !== AST_NODE_TYPES.ObjectExpression) continue;
        if (init.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && propertyKeyName(p) === key)) return true;
      }
      // A handful of references is all a handler has; a bound keeps a variable used everywhere cheap.
      for (const reference of variable.references.slice(0, 64)) {
        const member = reference.identifier.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
        if (staticPropertyName(member) !== key) continue;
        const assignment = member.parent;
        if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member) return true;
      }
      return false;
    }

    /** The engine's tag of the function `id` names: an import (`module:h3#defineEventHandler`) or a global. */
    function identifierTag(id: TSESTree.Identifier): string | undefined {
      const variable = resolveVariable(sourceCode.getScope(id), id.name);
      if (!variable || variable.defs.length === 0) return `global:${id.name}`;
      const def = variable.defs[0];
      if (variable.defs.length !== 1 || def?.type !== 'ImportBinding') return undefined;
      const declaration = def.parent as TSESTree.ImportDeclaration;
      const module = declaration.source.value.replace(/^node:/u, '');
      const spec = def.node;
      if (spec.type !== AST_NODE_TYPES.ImportSpecifier) return `module:${module}`;
      const imported = importedName(spec);
      return imported === 'default' ? `module:${module}` : `module:${module}#${imported}`;
    }

    /** `fetch(\`…?api_key=${key}\`)`: move the parameter into a header of the second argument. */
    function moveToHeaderSuggestion(finding: TaintFinding): TSESLint.ReportSuggestionArray<MessageIds> | null {
      const event = finding.sink.event;
      if (event.type !== 'call' || event.isNew || event.callee.name !== 'fetch') return null;
      const call = event.node as TSESTree.CallExpression;
      const url = call.arguments[0];
      const culprit = finding.culprit;
      if (!url || url.type !== AST_NODE_TYPES.TemplateLiteral || culprit.parent !== url) return null;
      if (culprit.type !== AST_NODE_TYPES.Identifier && culprit.type !== AST_NODE_TYPES.MemberExpression) return null;
      if (call.arguments.length > 2) return null;
      const options = call.arguments[1];
      if (options && options.type !== AST_NODE_TYPES.ObjectExpression) return null;
      const index = url.expressions.indexOf(culprit);
      const before = url.quasis[index];
      const after = url.quasis[index + 1];
      if (!before || !after) return null;
      // `…?name=` or `…&name=` right before `${…}`
      const raw = before.value.raw;
      if (!raw.endsWith('=')) return null;
      let start = raw.length - 1;
      while (start > 0 && /[\w.-]/u.test(raw.charAt(start - 1))) start--;
      const separator = raw.charAt(start - 1);
      if (start === 0 || (separator !== '?' && separator !== '&') || start === raw.length - 1) return null;
      const param = raw.slice(start, -1);
      const afterRaw = after.value.raw;
      if (afterRaw !== '' && !afterRaw.startsWith('&') && !afterRaw.startsWith('#')) return null;
      // The text offsets: the quasi's raw text starts after its opening `\`` or `}`.
      const text = sourceCode.text;
      const open = text.lastIndexOf('${', culprit.range[0]);
      const close = text.indexOf('}', culprit.range[1]);
      if (open < before.range[0] || close < 0 || close >= after.range[1]) return null;
      const paramStart = open - (raw.length - start); // offset of the parameter name
      let removeFrom: number;
      let removeTo: number;
      if (separator === '?' && afterRaw.startsWith('&')) {
        removeFrom = paramStart; // keep the `?`, drop `name=${x}&`
        removeTo = close + 2;
      } else {
        removeFrom = paramStart - 1; // drop `?name=${x}` or `&name=${x}`
        removeTo = close + 1;
      }
      if (options?.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement)) return null;
      const headersProp = options?.properties.find(
        (p): p is TSESTree.Property =>
          p.type === AST_NODE_TYPES.Property &&
          !p.computed &&
          propertyKeyName(p) === 'headers',
      );
      if (headersProp && headersProp.value.type !== AST_NODE_TYPES.ObjectExpression) return null;
      const culpritText = sourceCode.getText(culprit);
      const bearer = BEARER_PARAMS.has(param.toLowerCase()) || nameWords(param).at(-1) === 'token';
      const header = bearer ? 'Authorization' : 'X-API-Key';
      const entry = bearer ? `Authorization: \`Bearer \${${culpritText}}\`` : `'X-API-Key': ${culpritText}`;
      return [
        {
          messageId: 'moveToHeader',
          data: { param, header },
          fix(fixer) {
            const fixes = [fixer.removeRange([removeFrom, removeTo])];
            if (!options) {
              fixes.push(fixer.insertTextAfter(url, `, { headers: { ${entry} } }`));
            } else if (!headersProp) {
              const firstProp = options.properties[0];
              if (firstProp) fixes.push(fixer.insertTextBefore(firstProp, `headers: { ${entry} }, `));
              else fixes.push(fixer.replaceText(options, `{ headers: { ${entry} } }`));
            } else {
              const headers = headersProp.value as TSESTree.ObjectExpression;
              const firstHeader = headers.properties[0];
              if (firstHeader) fixes.push(fixer.insertTextBefore(firstHeader, `${entry}, `));
              else fixes.push(fixer.replaceText(headers, `{ ${entry} }`));
            }
            return fixes;
          },
        },
      ];
    }

    function importBinding(id: TSESTree.JSXIdentifier): TSESTree.Node | undefined {
      let scope: ReturnType<typeof sourceCode.getScope> | null = sourceCode.getScope(id);
      while (scope) {
        const variable = scope.set.get(id.name);
        if (variable) return variable.defs.length === 1 ? variable.defs[0]?.node : undefined;
        scope = scope.upper;
      }
      return undefined;
    }

    /** A call of the configured secrets client or of a source: `await getSecret('MAPS_KEY')`. */
    const sourceCallLabel = configuredSourceCalls(sourceCode, sources.userSources ?? [], settings.secretsClient);
    const isSecretRead = (node: TSESTree.Node): boolean => {
      if (secretEnvRead(node) !== undefined) return true;
      let call = unwrapExpression(node);
      if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrapExpression(call.argument);
      return call.type === AST_NODE_TYPES.CallExpression && sourceCallLabel(call) !== undefined;
    };
    let isClientFile: boolean | undefined;

    // Registered now, analysed at the end of the file, once for this rule and no-secret-logging.
    const taintFindings = taintFindingsOf(sourceCode, () => ({
      sinks: exposureSinks({
        families,
        userSinks,
        constInit,
        builtWithKey,
        identifierTag,
        useServerFile: hasDirective(sourceCode.ast, 'use server'),
        fileDataFunctions: dataFunctionsOfFile(nodePath.basename(context.filename)),
      }),
      tagRules: EXPOSURE_TAG_RULES,
      mayHaveSink: (text) => userSinks.length > 0 || SINK_HINTS.some((hint) => text.includes(hint)),
      ...sources,
      sanitizers,
      // In tests, values named like secrets are fixtures the test just made (`const token = await
      // createToken()`); env, SDK and request secrets are still real ones.
      ignoreNameSources: isTestFile(context),
    }));
    return {
      JSXOpeningElement(node) {
        if (!families.has('responses')) return;
        // Cheap checks first: a secret env read among the props, then the import, then the file system.
        const secrets: { attribute: TSESTree.JSXAttribute; value: TSESTree.Node; read: TSESTree.Node }[] = [];
        for (const attribute of node.attributes) {
          if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.value?.type !== AST_NODE_TYPES.JSXExpressionContainer) continue;
          const expression = attribute.value.expression;
          if (expression.type === AST_NODE_TYPES.JSXEmptyExpression) continue;
          let read: TSESTree.Node | undefined = isSecretRead(expression) ? expression : undefined;
          if (read === undefined && expression.type === AST_NODE_TYPES.Identifier) {
            const init = constInit(expression);
            if (init && isSecretRead(init)) read = init;
          }
          if (read !== undefined) secrets.push({ attribute, value: expression, read });
        }
        if (secrets.length === 0) return;
        // A client file's props never cross the server/client boundary.
        isClientFile ??= hasDirective(sourceCode.ast, 'use client');
        if (isClientFile) return;
        const source = importSourceOf(node, importBinding);
        if (source === undefined || !isUseClientModule(context.filename, source)) return;
        const component = sourceCode.getText(node.name);
        for (const { attribute, value, read } of secrets) {
          context.report({
            node: value,
            messageId: 'exposedInResponse',
            data: {
              secret: `${sourceCode.getText(read)} (line ${read.loc.start.line})`,
              sink: `prop \`${sourceCode.getText(attribute.name)}\` of the "use client" component <${component}>, serialised into the page`,
            },
          });
        }
      },
      'Program:exit'() {
        const findings = taintFindings();
        findings.sort((a, b) => a.culprit.range[0] - b.culprit.range[0]);
        const reported = new Set<string>();
        for (const finding of findings) {
          const queryOnly = finding.sink.kind === URL_QUERY_KIND;
          const family = (queryOnly ? 'urls' : finding.sink.kind) as SinkFamily;
          if (queryOnly && !isInQueryString(finding.culprit, finding.operand)) continue;
          if (!sourceCounts(finding, family)) continue;
          const key = `${finding.culprit.range[0]}:${finding.culprit.range[1]}:${family}`;
          if (reported.has(key)) continue;
          reported.add(key);
          context.report({
            node: finding.culprit,
            messageId: MESSAGE_BY_FAMILY[family],
            data: { secret: describe(finding), sink: finding.sink.label },
            suggest: queryOnly ? moveToHeaderSuggestion(finding) : null,
          });
        }
      },
    };
  },
});
