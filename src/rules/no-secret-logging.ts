/**
 * `secrets/no-secret-logging`: secrets fetched or read at run time must not reach logs or error messages.
 * Sources, propagation and sanitizers come from the taint engine (`src/core/taint`); which callees are loggers
 * and errors is data in `src/core/taint/models/sinks/` (loggers.ts, errors.ts); this file matches events
 * against it and builds messages and suggestions.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  taintFindingsOf,
  type Operand,
  type SinkEvent,
  type SinkHit,
  type TaintFinding,
} from '../core/taint/index.js';
import { isCommonJsFile } from '../util/ast/index.js';
import { ERROR_CONSTRUCTORS, ERROR_NAME_SUFFIXES, REJECT_TAGS } from '../core/taint/models/sinks/errors.js';
import {
  CONSOLE_TAG,
  LOG_FUNCTION_TAG,
  LOG_METHODS,
  LOGGER_NAME_SUFFIX,
  LOGGER_NAMES,
  LOGGER_TAG_RULES,
  LOGGER_TAGS,
  REQUEST_LOG_OWNERS,
  STREAM_WRITES,
} from '../core/taint/models/sinks/loggers.js';
import { createRule } from '../util/create-rule.js';
import { isTestFile } from '../util/test-file.js';
import { isDevelopmentOnly } from './no-secret-logging/development-only.js';
import { addImportFix, checkImportName, findImportBinding, freeImportName, importNameSchema, namesInFile, usableBinding } from '../util/fix/index.js';
import { checkUserSources, configuredSources, USER_SOURCES_OPTION_SCHEMA } from '../core/taint/options-schema.js';
import { checkNonEmpty, checkNonEmptyItems } from '../util/options.js';
import { readSecretsSettings } from '../util/settings.js';

export type MessageIds = 'secretLogged' | 'secretInError' | 'wrapInRedact' | 'replaceWithRedacted';

export interface RedactImport {
  /** The module the redaction function is imported from, e.g. `@acme/logging`. */
  importFrom: string;
  /** The function's exported name, e.g. `redact`. */
  importName: string;
}

export type Options = [
  {
    /** Extra sources: functions or module exports whose result is secret. */
    sources?: { callee?: string; module?: string; export?: string }[];
    /** Extra sinks: called function names (`audit`) or `object.method` paths (`audit.write`, `log.*`). */
    sinks?: string[];
    /** Extra sanitizer function names: their result is safe to log. */
    sanitizers?: string[];
    /** The redaction function suggestions wrap a secret in. */
    redact?: RedactImport;
    /** Also report secrets put into error messages, thrown or rejected. Default true. */
    errors?: boolean;
  },
];

/**
 * Text hints that a file may hold one of the sinks (the engine skips files without any). Most frequent
 * first (counted in 10,925 files of real applications and the bench corpus): the search stops at the first
 * found.
 */
const SINK_HINTS = ['error', 'log', 'Error', 'throw', 'console', 'success', 'Log', 'write', 'info', 'box', 'warn', 'reject', 'debug', 'trace', 'Exception', 'fatal', 'appendKeys'];

function hasTag(tags: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const t of tags) if (set.has(t)) return true;
  return false;
}

interface UserSink {
  /** Dotted path the callee must end with (`audit.write`), or a plain function name (`audit`). */
  path: string;
  /** `log.*`: any method of this object. */
  anyMethod: boolean;
}

function parseUserSinks(sinks: readonly string[]): UserSink[] {
  return sinks.map((s) => (s.endsWith('.*') ? { path: s.slice(0, -2), anyMethod: true } : { path: s, anyMethod: false }));
}

function matchesUserSink(path: string | undefined, name: string | undefined, sinks: readonly UserSink[]): string | undefined {
  for (const sink of sinks) {
    if (sink.anyMethod) {
      if (path === undefined) continue;
      const owner = path.slice(0, path.lastIndexOf('.'));
      if (owner === sink.path || owner.endsWith(`.${sink.path}`)) return path;
    } else if (path === sink.path || (path !== undefined && path.endsWith(`.${sink.path}`)) || (!sink.path.includes('.') && name === sink.path && path === name)) {
      return sink.path;
    }
  }
  return undefined;
}

/** The sinks of this rule, as a function of an engine event. */
function logSinks(userSinks: readonly UserSink[], errors: boolean) {
  return (event: SinkEvent): readonly SinkHit[] | undefined => {
    if (event.type === 'throw') {
      if (!errors) return undefined;
      return [{ operand: event.argument, label: 'throw', kind: 'error' }];
    }
    if (event.type !== 'call') return undefined;
    const { callee, args } = event;
    const all = (label: string, kind: string, from = 0): SinkHit[] =>
      args.slice(from).map((operand: Operand) => ({ operand, label, kind }));

    if (userSinks.length > 0) {
      const user = matchesUserSink(callee.path, callee.name, userSinks);
      if (user) return all(callee.path ?? user, 'log');
    }

    if (!event.isNew && (callee.method === 'apply' || callee.method === 'call')) {
      // `console.log.apply(console, arguments)`, `logger.info.call(logger, msg)`: the logging method's arguments
      const target = loggingMethodOf(callee.receiverTags);
      if (target) {
        const label = callee.path?.slice(0, -callee.method.length - 1) ?? target;
        return callee.method === 'apply' ? all(label, 'log', 1).slice(0, 1) : all(label, 'log', 1);
      }
    }
    if (!event.isNew && callee.method !== undefined) {
      // console.*
      if (callee.receiverTags.has(CONSOLE_TAG)) {
        return all(`console.${callee.method}`, 'log', callee.method === 'assert' ? 1 : 0);
      }
      // process.stdout.write / process.stderr.write
      if (callee.method === 'write' && callee.rootIsGlobal && callee.path !== undefined && STREAM_WRITES.has(callee.path)) {
        return all(callee.path, 'log', 0).slice(0, 1);
      }
      if (LOG_METHODS.has(callee.method)) {
        const isLogger =
          hasTag(callee.receiverTags, LOGGER_TAGS) ||
          (callee.path !== undefined && isNamedLogger(callee.path));
        if (isLogger) return all(callee.path ?? `logger.${callee.method}`, 'log');
      }
    }
    // debug('ns') instances
    if (!event.isNew && callee.tags.has(LOG_FUNCTION_TAG)) return all(callee.path ?? callee.name ?? 'debug', 'log');

    if (!errors) return undefined;
    // new Error(msg), Error(msg), custom errors and exceptions
    const ctorName = callee.name;
    if (ctorName !== undefined && callee.method === undefined) {
      if (ERROR_CONSTRUCTORS.has(ctorName) && callee.rootIsGlobal) {
        const index = ctorName === 'AggregateError' ? 1 : 0;
        const operand = args[index];
        return operand ? [{ operand, label: `${event.isNew ? 'new ' : ''}${ctorName}`, kind: 'error' }] : undefined;
      }
      if (event.isNew && ERROR_NAME_SUFFIXES.some((suffix) => ctorName.endsWith(suffix))) {
        return all(`new ${ctorName}`, 'error');
      }
    }
    if (REJECT_TAGS.some((tag) => callee.tags.has(tag))) {
      return args[0] ? [{ operand: args[0], label: callee.path ?? 'reject', kind: 'error' }] : undefined;
    }
    return undefined;
  };
}

/** `console.log` or a logger's level method, by the tags of the function value (`global:console#log`). */
function loggingMethodOf(tags: ReadonlySet<string>): string | undefined {
  for (const tag of tags) {
    const hash = tag.lastIndexOf('#');
    if (hash < 0) continue;
    const owner = tag.slice(0, hash);
    const method = tag.slice(hash + 1);
    if (owner === CONSOLE_TAG) return `console.${method}`;
    if (LOG_METHODS.has(method) && LOGGER_TAGS.has(owner)) return `logger.${method}`;
  }
  return undefined;
}

/**
 * Loggers recognised by their path when their construction is out of sight: `req.log.info` (pino-http,
 * Fastify), and objects named like a logger (`logger.info`, `this.logger.warn`, `appLogger.error`,
 * `log.debug`), the common case of a logger imported from a local module.
 */
function isNamedLogger(path: string): boolean {
  const parts = path.split('.');
  if (parts.length === 3 && parts[1] === 'log' && REQUEST_LOG_OWNERS.has(parts[0] as string)) return true;
  const owner = parts[parts.length - 2];
  if (owner === undefined) return false;
  const bare = owner.replace(/^_+/, '');
  return LOGGER_NAMES.has(bare) || bare.endsWith(LOGGER_NAME_SUFFIX);
}

/** Capitalises descriptions that start with an English word (`the SecretString…`), not code (`process.env.X`). */
function capitalize(text: string): string {
  return /^(?:the|a|an|parameter|variable|property|downloaded) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** What the message says the secret is. */
function describe(finding: TaintFinding): string {
  const what = finding.origin.description;
  if (finding.originIsHolder) return `${capitalize(what)} (line ${finding.origin.node.loc.start.line}), which holds secrets,`;
  if (finding.viaHolder) return `An object holding ${what} (line ${finding.origin.node.loc.start.line})`;
  return `${capitalize(what)} (line ${finding.origin.node.loc.start.line})`;
}

/**
 * The redaction function's import for one file, looked up once (not per finding): an existing import is
 * reused where it is not shadowed; otherwise one is added under a name no binding of the file has
 * (`redact as redact_1` when `redact` is declared, required or imported from another module).
 */
function redactImporter(sourceCode: Readonly<TSESLint.SourceCode>, redact: RedactImport) {
  const request = { from: redact.importFrom, name: redact.importName };
  let existing: string | null | undefined;
  let free: string | undefined;
  return (fixer: TSESLint.RuleFixer, at: TSESTree.Node, commonJs: boolean): { fix: TSESLint.RuleFix | undefined; localName: string } => {
    if (existing === undefined) existing = findImportBinding(sourceCode.ast, request) ?? null;
    const usable = usableBinding(sourceCode, existing ?? undefined, at);
    if (usable !== undefined) return { fix: undefined, localName: usable };
    free ??= freeImportName(namesInFile(sourceCode), redact.importName);
    const local = free === redact.importName ? request : { ...request, local: free };
    return { fix: addImportFix(fixer, sourceCode.ast, local, commonJs), localName: free };
  };
}

/** Replaces the culprit by `replacement` (an expression), keeping shorthand properties and template slots valid. */
function replaceCulprit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  culprit: TSESTree.Node,
  replacement: string,
  plainText: string | undefined,
): TSESLint.RuleFix {
  const parent = culprit.parent;
  if (parent?.type === 'Property' && parent.shorthand && parent.value === culprit) {
    return fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${replacement}`);
  }
  if (plainText !== undefined && parent?.type === 'TemplateLiteral') {
    const index = parent.expressions.indexOf(culprit as TSESTree.Expression);
    const before = parent.quasis[index];
    const after = parent.quasis[index + 1];
    if (index >= 0 && before && after) {
      // `${expr}` → plain text: from the `${` that ends the quasi before to the `}` that starts the one after.
      const open = sourceCode.text.lastIndexOf('${', culprit.range[0]);
      const close = sourceCode.text.indexOf('}', culprit.range[1]);
      if (open >= before.range[0] && close >= 0 && close < after.range[1]) {
        return fixer.replaceTextRange([open, close + 1], plainText);
      }
    }
  }
  return fixer.replaceText(culprit, replacement);
}

export default createRule<Options, MessageIds>({
  name: 'no-secret-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow logging secrets or putting them into error messages',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      secretLogged: '{{secret}} is logged by {{sink}}. Log a redacted form or leave it out.',
      secretInError:
        '{{secret}} is put into an error ({{sink}}). Error messages end up in logs and responses; leave it out.',
      wrapInRedact: 'Wrap it in {{name}}() from "{{module}}".',
      replaceWithRedacted: 'Replace it with "[REDACTED]".',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          sources: USER_SOURCES_OPTION_SCHEMA,
          sinks: {
            type: 'array',
            description: 'Extra logging sinks: function names (`audit`) or `object.method` paths (`audit.write`, `log.*`). Unset: `settings.secrets.sinks.logging`.',
            items: { type: 'string' },
          },
          sanitizers: {
            type: 'array',
            description: 'Extra sanitizer function names whose result is safe to log. Unset: `settings.secrets.sanitizers`.',
            items: { type: 'string' },
          },
          redact: {
            type: 'object',
            description: 'The redaction function suggestions wrap a secret in, and where to import it from.',
            additionalProperties: false,
            required: ['importFrom', 'importName'],
            properties: {
              importFrom: { type: 'string', description: 'Module to import the redaction function from.' },
              importName: importNameSchema('Exported name of the redaction function.'),
            },
          },
          errors: {
            type: 'boolean',
            description: 'Also report secrets put into error messages, thrown or rejected.',
          },
        },
      },
    ],
    // `sources`, `sinks` and `sanitizers` have no default: unset, they come from `settings.secrets`.
    defaultOptions: [{ errors: true }],
  },
  create(context, [options]) {
    checkNonEmptyItems('no-secret-logging', 'sinks', options.sinks);
    checkNonEmptyItems('no-secret-logging', 'sanitizers', options.sanitizers);
    checkUserSources('no-secret-logging', options.sources);
    checkNonEmpty('no-secret-logging', 'redact.importFrom', options.redact?.importFrom);
    checkNonEmpty('no-secret-logging', 'redact.importName', options.redact?.importName);
    checkImportName('no-secret-logging', 'redact.importName', options.redact?.importName);
    const settings = readSecretsSettings(context);
    const sourceCode = context.sourceCode;
    const userSinks = parseUserSinks(options.sinks ?? settings.sinks.logging ?? []);
    const sources = configuredSources(options.sources, settings);
    const sanitizers = options.sanitizers ?? settings.sanitizers ?? [];
    const errors = options.errors !== false;
    const redact = options.redact;
    let commonJs: boolean | undefined;
    const isCommonJs = (): boolean =>
      (commonJs ??= isCommonJsFile(sourceCode.ast, { filename: context.filename, sourceType: context.languageOptions.sourceType }));
    let importRedact: ReturnType<typeof redactImporter> | undefined;
    // Registered now, analysed at the end of the file, once for this rule and no-secret-exposure.
    const taintFindings = taintFindingsOf(sourceCode, () => ({
      sinks: logSinks(userSinks, errors),
      tagRules: LOGGER_TAG_RULES,
      mayHaveSink: (text) => userSinks.length > 0 || SINK_HINTS.some((hint) => text.includes(hint)),
      ...sources,
      sanitizers,
      // In tests, values named like secrets are fixtures the test just made (`const token = await
      // createToken()`); env, SDK and request secrets are still real ones.
      ignoreNameSources: isTestFile(context),
    }));
    return {
      'Program:exit'() {
        const findings = taintFindings();
        findings.sort((a, b) => a.culprit.range[0] - b.culprit.range[0]);
        for (const finding of findings) {
          // A log that runs in development only prints to the developer's terminal (a reset link without email).
          if (finding.sink.kind !== 'error' && isDevelopmentOnly(finding.sink.event.node)) continue;
          const culprit = finding.culprit;
          const data = { secret: describe(finding), sink: finding.sink.label };
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          if (redact) {
            suggest.push({
              messageId: 'wrapInRedact',
              data: { name: redact.importName, module: redact.importFrom },
              fix(fixer) {
                const { fix, localName } = (importRedact ??= redactImporter(sourceCode, redact))(fixer, culprit, isCommonJs());
                const wrapped = replaceCulprit(sourceCode, fixer, culprit, `${localName}(${sourceCode.getText(culprit)})`, undefined);
                return fix ? [fix, wrapped] : [wrapped];
              },
            });
          }
          suggest.push({
            messageId: 'replaceWithRedacted',
            fix: (fixer) => replaceCulprit(sourceCode, fixer, culprit, "'[REDACTED]'", '[REDACTED]'),
          });
          context.report({
            node: culprit,
            messageId: finding.sink.kind === 'error' ? 'secretInError' : 'secretLogged',
            data,
            suggest,
          });
        }
      },
    };
  },
});
