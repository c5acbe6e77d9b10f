/**
 * secrets/no-hardcoded-secrets: credentials written into source. Provider formats, private keys, URL
 * credentials and JWTs are recognised by value (src/core/detect); other random-looking values are reported
 * when bound to a credential-like name or passed to a known credential parameter. Fixes move the value to
 * `process.env` (suggestion) or behind the project's secrets client (`secretsClient` option, or
 * `settings.secrets.secretsClient`). Where the file runs honours `settings.secrets.framework`, `clientFiles`
 * and `serverFiles`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, isCommonJsFile, outermostWrapper } from '../util/ast/index.js';
import {
  assessGenericValue,
  compileCustomDetectors,
  contextMayRaise,
  mayBeGenericSecret,
  scanText,
  type CompiledDetector,
  type Confidence,
  type CustomDetector,
  type Detection,
} from '../core/detect/index.js';
import {
  isHumanPasswordCandidate,
  isSpelledOutUserinfo,
  looksLikeChosenPassword,
  notCredentialReason,
  urlPassword,
} from '../core/detect/index.js';
import { placeOfFile, type FileMarkers, type FilePlace } from '../core/framework/file-place.js';
import { compileGlob } from '../core/framework/glob.js';
import { findPublicPrefix, readEnv } from '../core/env/index.js';
import { describeSensitiveKind, splitWords, type SensitiveKind } from '../core/names.js';
import { redactedPreview } from '../core/redact.js';
import { checkImportName, importNameSchema } from '../util/fix/index.js';
import { createRule } from '../util/create-rule.js';
import { isInMarkup, markupLanguage, withMarkupVisitors } from '../util/markup/index.js';
import { checkNonEmpty, checkOneOf, compileUserPatterns, oneOfSchema } from '../util/options.js';
import {
  SecretsClientImport,
  awaitContext,
  envExpression,
  isReplaceable,
  makeAsyncFix,
  replacement,
  type SecretsClient,
  type ValueTarget,
} from './no-hardcoded-secrets/fixes.js';
import { isYamlSourceCode } from '../util/yaml.js';
import { readSecretsSettings } from '../util/settings.js';
import { jsonListeners, yamlListeners, type ConfigSettings } from './no-hardcoded-secrets/config-files.js';
import { RANK, providerEnvName, withoutOverlaps } from './no-hardcoded-secrets/judge.js';
import { keyName, resolveNameContext, type NameContext } from './no-hardcoded-secrets/name-context.js';
import { CONNECTION_NAME_HEAD } from './no-hardcoded-secrets/patterns.js';
import { isNonValuePosition, publicClientConfig } from './no-hardcoded-secrets/positions.js';
import { CREDENTIAL_PROPERTIES, type PositionMaterial } from './no-hardcoded-secrets/credential-positions.js';
import { createPositionMatcher, type PositionHit, type ValueNode } from './no-hardcoded-secrets/positions-match.js';
import {
  isInsideStaticConcat,
  staticConcatValue,
  staticTemplateValue,
  type ConcatMemo,
} from './no-hardcoded-secrets/static-strings.js';

export interface RuleOptions {
  secretsClient?: SecretsClient;
  ignoreValues?: string[];
  ignoreIdentifiers?: string[];
  customDetectors?: CustomDetector[];
  checkComments?: boolean;
  minConfidence?: Confidence;
}
export type Options = [RuleOptions];
export type MessageIds =
  | 'providerSecret'
  | 'genericSecret'
  | 'guessableSecret'
  | 'secretInClient'
  | 'commentSecret'
  | 'textSecret'
  | 'useEnv'
  | 'removeFallback'
  | 'useSecretsClient'
  | 'useSecretsClientAsync'
  | 'redactComment';

/** Shortest value worth inspecting: most string literals are short identifiers and stop here. */
/** A string written as an object or class key: `{ "ghp_…": true }`. */
function isPropertyKey(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition) && parent.key === node
  );
}

const MIN_LENGTH = 8;
/** Shortest name-bound password `strict` inspects (`admin`, `s3cret`). */
const MIN_LENGTH_STRICT = 4;
/** Name kinds whose values people choose (passwords, signing and session secrets) rather than receive from a provider. */
const HUMAN_PASSWORD_KINDS: ReadonlySet<SensitiveKind> = new Set(['password', 'secret', 'privateKey']);
/** Single-file components: their script is not a module of its own (imports go inside `<script>`, no top-level `await`). */
const COMPONENT_FILE = /\.(?:vue|svelte|astro)$/u;

const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const RULE = 'no-hardcoded-secrets';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secrets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow credentials written into source code',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      providerSecret:
        'Hard-coded {{kind}} ({{preview}}). Move it to your secrets store as {{secretName}} and read it at run time.',
      genericSecret:
        'Hard-coded {{kind}} in {{where}} ({{preview}}). Move it to your secrets store as {{secretName}} and read it at run time.',
      guessableSecret:
        'Guessable {{kind}} hard-coded in {{where}} ({{preview}}). Anyone who reads this code, or guesses the value, can use it: generate a random one, keep it in your secrets store as {{secretName}} and read it at run time.',
      secretInClient:
        'Hard-coded {{kind}} in client code ({{preview}}): {{reason}}. Every visitor can read it: move the call that needs it behind a server endpoint ({{serverPlace}}) that reads {{secretName}} from your secrets store, and rotate the value.',
      commentSecret:
        '{{kind}} in a comment ({{preview}}). Remove it, rotate it, and keep it in your secrets store as {{secretName}}.',
      textSecret:
        '{{kind}} in the text of the markup ({{preview}}): it is sent to every visitor. Remove it, rotate it, and keep it in your secrets store as {{secretName}}.',
      useEnv: 'Read it from process.env.{{secretName}} instead.',
      removeFallback: 'Remove the hard-coded fallback and read only process.env.{{secretName}}.',
      useSecretsClient: 'Read it with await {{client}}("{{secretName}}") instead.',
      useSecretsClientAsync:
        'Read it with await {{client}}("{{secretName}}") instead, making the enclosing function async.',
      redactComment: 'Replace the credential in the comment with "<redacted>".',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          secretsClient: {
            type: 'object',
            description:
              'The function your code reads secrets with; when set, `eslint --fix` rewrites secrets to `await <importName>("NAME")` where `await` is valid and imports it. Unset: `settings.secrets.secretsClient`.',
            additionalProperties: false,
            required: ['importFrom', 'importName'],
            properties: {
              importFrom: { type: 'string', description: 'Module specifier to import the function from.' },
              importName: importNameSchema('Named export of that module, called with the secret name.'),
            },
          },
          ignoreValues: {
            type: 'array',
            description: 'Regular expressions (strings); values, or detected parts of values, matching one are not reported.',
            items: { type: 'string' },
            uniqueItems: true,
          },
          ignoreIdentifiers: {
            type: 'array',
            description:
              'Regular expressions (strings) matched against the name a value is bound to (variable, property, attribute); matching bindings are not reported.',
            items: { type: 'string' },
            uniqueItems: true,
          },
          customDetectors: {
            type: 'array',
            description: 'Extra value detectors for in-house token formats, reported wherever they appear.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'pattern'],
              properties: {
                id: { type: 'string', description: 'Detector id, shown nowhere but useful in config.' },
                pattern: {
                  type: 'string',
                  description: 'Regular expression source; with a capture group, group 1 is the secret part.',
                },
                flags: { type: 'string', description: 'Extra regular expression flags among i, m, s, u, v.' },
                keywords: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'Run the pattern only on texts containing one of these words (case-insensitive).',
                },
                minEntropy: {
                  type: 'number',
                  minimum: 0,
                  description: 'Minimum Shannon entropy (bits per character) of the matched secret.',
                },
                kind: { type: 'string', description: 'Label used in messages, e.g. "Acme API token".' },
              },
            },
          },
          checkComments: {
            type: 'boolean',
            description: 'Also report provider tokens, private keys and URL credentials written in comments.',
          },
          minConfidence: oneOfSchema(
            CONFIDENCES,
            'Least confidence reported: `high` (checksummed or unmistakable formats), `medium` (format matches and name-bound generic secrets) or `low` (weak formats, failed checksums).',
          ),
        },
      },
    ],
    defaultOptions: [
      {
        ignoreValues: [],
        ignoreIdentifiers: [],
        customDetectors: [],
        checkComments: true,
        minConfidence: 'medium',
      },
    ],
  },
  create(context, [options]) {
    const ignoreValues = compileUserPatterns(RULE, 'ignoreValues', options.ignoreValues, { filtersFindings: true });
    const ignoreIdentifiers = compileUserPatterns(RULE, 'ignoreIdentifiers', options.ignoreIdentifiers, { filtersFindings: true });
    const custom: readonly CompiledDetector[] = compileCustomDetectors(options.customDetectors ?? [], RULE);
    const minConfidence = checkOneOf(RULE, 'minConfidence', options.minConfidence, CONFIDENCES);
    checkNonEmpty(RULE, 'secretsClient.importFrom', options.secretsClient?.importFrom);
    checkNonEmpty(RULE, 'secretsClient.importName', options.secretsClient?.importName);
    checkImportName(RULE, 'secretsClient.importName', options.secretsClient?.importName);
    /** Without keyword-gated custom detectors, a binding's name changes detections' confidence, never which there are. */
    const contextFreeScan = custom.every((detector) => detector.keywords.length === 0);
    const minRank = RANK[minConfidence ?? 'medium'];
    const settings = readSecretsSettings(context);
    /** The option, else `settings.secrets.secretsClient`. */
    const client: SecretsClient | undefined = options.secretsClient ?? settings.secretsClient;
    const sourceCode = context.sourceCode;
    const memo: ConcatMemo = new Map();
    const scanOptions = { custom, minConfidence: 'low' } as const;
    /** Strings short of {@link MIN_LENGTH} are inspected as name-bound passwords only when low confidence is reported. */
    const minLength = minRank === RANK.low ? MIN_LENGTH_STRICT : MIN_LENGTH;
    const positions = createPositionMatcher(sourceCode);
    /** Value nodes already judged: reported, or judged as the value of a credential position, fallback or default. */
    const claimed = new Set<TSESTree.Node>();
    /** Names of values in credential positions whose format a detector knows: the literal visitor reports them. */
    const positionNames = new Map<TSESTree.Node, NameContext>();
    let clientImport: SecretsClientImport | undefined;
    let place: FilePlace | undefined;

    const isIgnoredValue = (value: string): boolean => ignoreValues.some((pattern) => pattern.test(value));
    const isIgnoredName = (name: string | undefined): boolean =>
      name !== undefined && ignoreIdentifiers.some((pattern) => pattern.test(name));

    // Configuration files: YAML (yaml-eslint-parser) and JSON (@eslint/json's language).
    const rootType = (sourceCode.ast as { type: string }).type;
    if (rootType === 'Document' || isYamlSourceCode(sourceCode)) {
      const settings: ConfigSettings = { custom, minRank, checkComments: options.checkComments !== false, isIgnoredValue, isIgnoredName };
      return rootType === 'Document' ? jsonListeners(context, settings) : yamlListeners(context, settings);
    }

    /** Where the file runs, read on the first report. */
    const filePlace = (): FilePlace => {
      place ??= placeOfFile(context.filename, context.cwd, fileMarkers(sourceCode.ast), {
        settingsFramework: settings.framework,
        clientGlobs: (settings.clientFiles ?? []).map(compileGlob),
        serverGlobs: (settings.serverFiles ?? []).map(compileGlob),
      });
      return place;
    };
    const isComponentFile = (): boolean => COMPONENT_FILE.test(context.filename);

    const getClientImport = (client: SecretsClient): SecretsClientImport => {
      if (clientImport === undefined) {
        const commonJs = isCommonJsFile(sourceCode.ast, { filename: context.filename, sourceType: context.languageOptions.sourceType });
        clientImport = new SecretsClientImport(sourceCode, client, commonJs, isComponentFile());
      }
      return clientImport;
    };

    /** Top-level `await` is valid in ES modules parsed as ES2022 or later, and never at a component's top level. */
    const topLevelAwaitAllowed = (): boolean => {
      const { ecmaVersion, sourceType } = context.languageOptions;
      if (sourceType !== 'module' || isComponentFile()) return false;
      if (typeof ecmaVersion !== 'number') return true;
      return (ecmaVersion < 2015 ? ecmaVersion + 2009 : ecmaVersion) >= 2022;
    };

    /**
     * Fix and suggestions replacing `value[start, end)` of `target` by a run-time read of `secretName`, by
     * where the file runs: in client code nothing that reads a secret (a fallback can still be removed); in
     * server code the `secretsClient` rewrite is an autofix where `await` is valid; elsewhere suggestions.
     */
    function fixesFor(
      target: ValueTarget,
      start: number,
      end: number,
      secretName: string,
      name: NameContext | undefined,
      side: FilePlace['classification']['side'],
    ): Pick<TSESLint.ReportDescriptor<MessageIds>, 'fix' | 'suggest'> {
      // Markup takes no `process.env` read: an attribute or interpolation has no place to put it.
      if (!isReplaceable(target.node) || isInMarkup(target.node)) return { suggest: [] };
      const whole = target.quasi === undefined && start === 0 && end === target.value.length;
      const fallback = name?.envFallback;
      const isFallback = whole && fallback !== undefined && outermostWrapper(target.node) === fallback.logical.right;
      const removeFallback: TSESLint.SuggestionReportDescriptor<MessageIds> | undefined = isFallback
        ? {
            messageId: 'removeFallback',
            data: { secretName: fallback.envVar },
            fix: (fixer) => fixer.replaceText(fallback.logical, sourceCode.getText(fallback.logical.left)),
          }
        : undefined;
      if (side === 'client') return { suggest: removeFallback === undefined ? [] : [removeFallback] };
      const plain: TSESLint.SuggestionReportDescriptor<MessageIds> = removeFallback ?? {
        messageId: 'useEnv',
        data: { secretName },
        fix: (fixer) => {
          const { range, text } = replacement(target, start, end, envExpression(secretName), false);
          return fixer.replaceTextRange(range, text);
        },
      };
      if (client === undefined) return { suggest: [plain] };
      const imports = getClientImport(client);
      const site = imports.at(target.node);
      if (site === undefined) return { suggest: [plain] };
      const { local, add } = site;
      const storeName = isFallback ? fallback.envVar : secretName;
      const call = `await ${local}(${JSON.stringify(storeName)})`;
      const where = awaitContext(target.node, topLevelAwaitAllowed() && !imports.commonJs);
      const rewrite = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
        const { range, text } = replacement(target, start, end, call, true);
        const fixes = [fixer.replaceTextRange(range, text)];
        if (add) fixes.unshift(imports.importFix(fixer, local));
        return fixes;
      };
      const data = { client: local, secretName: storeName };
      if (where.kind === 'valid') {
        if (side === 'server' && !isComponentFile()) return { fix: (fixer) => rewrite(fixer), suggest: [] };
        return { suggest: [{ messageId: 'useSecretsClient', data, fix: (fixer) => rewrite(fixer) }, plain] };
      }
      if (where.kind === 'needsAsync') {
        const fn = where.fn;
        return {
          suggest: [
            {
              messageId: 'useSecretsClientAsync',
              data,
              // the import first: it may be inserted where `async ` goes (a function first in the file)
              fix: (fixer) => {
                const [first, ...rest] = rewrite(fixer);
                const makeAsync = makeAsyncFix(fixer, fn, sourceCode);
                return rest.length === 0 ? [makeAsync, first as TSESLint.RuleFix] : [first as TSESLint.RuleFix, makeAsync, ...rest];
              },
            },
          ],
        };
      }
      return { suggest: [plain] };
    }

    /**
     * Reports a finding: in client code with the client message and no fix that reads a secret there;
     * elsewhere with `messageId` and its fixes.
     */
    function report(
      target: ValueTarget,
      start: number,
      end: number,
      messageId: 'providerSecret' | 'genericSecret' | 'guessableSecret',
      data: { kind: string; preview: string; secretName: string; where?: string },
      name: NameContext | undefined,
      fixable: boolean,
    ): void {
      claimed.add(target.node);
      const here = filePlace();
      const side = here.classification.side;
      const shown: Pick<TSESLint.ReportDescriptor<MessageIds>, 'messageId' | 'data'> =
        side === 'client'
          ? {
              messageId: 'secretInClient',
              data: { kind: data.kind, preview: data.preview, secretName: data.secretName, reason: here.classification.reason, serverPlace: here.serverPlace },
            }
          : { messageId, data };
      // Built without spreading: a literal holding hundreds of credentials reports each, and a spread of
      // objects of two shapes costs a runtime call every time.
      const loc = reportLocation(target, start, end);
      const descriptor: TSESLint.ReportDescriptor<MessageIds> =
        loc === undefined ? { node: target.node, messageId: shown.messageId, data: shown.data } : { loc, messageId: shown.messageId, data: shown.data };
      context.report(fixable ? { ...descriptor, ...fixesFor(target, start, end, data.secretName, name, side) } : descriptor);
    }

    /** The static value of a value node, or `null`. */
    function valueOf(node: ValueNode): string | null {
      if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : null;
      if (node.type === AST_NODE_TYPES.TemplateLiteral) return staticTemplateValue(node);
      return staticConcatValue(node, memo);
    }

    /**
     * Judges a value written in a credential position, or as the fallback or default of a secret: a
     * recognised format is left to the literal visitor (with this position's name), a random-looking value
     * is a generic secret, any other value that can be a credential is a guessable one.
     */
    function judgeSlot(hit: PositionHit, name: NameContext): void {
      const node = hit.node;
      if (claimed.has(node)) return;
      const value = valueOf(node);
      if (value === null) return;
      if (value.length >= MIN_LENGTH && scanText(value, scanOptions).length > 0) {
        positionNames.set(node, name);
        return;
      }
      claimed.add(node);
      if (isIgnoredValue(value) || isIgnoredName(name.name) || isIgnoredName(bindingName(node))) return;
      const target: ValueTarget = { node, value };
      const material = hit.material;
      if (material === 'uri' || material === 'userinfo') {
        const part = material === 'uri' ? urlPassword(value) : userinfoPassword(value);
        if (part === undefined) return;
        const password = value.slice(part.start, part.end);
        if (!hit.guessable || password.length === 0 || notCredentialReason(password, 'password') !== undefined) return;
        if (isSpelledOutUserinfo(value.slice(material === 'uri' ? value.indexOf('://') + 3 : 0, part.start - 1), password)) return;
        if (minRank > RANK.medium || filePlace().isTest) return;
        report(target, part.start, part.end, 'guessableSecret', {
          kind: 'password',
          where: name.where,
          preview: redactedPreview(password),
          secretName: material === 'uri' ? passwordNameOf(hit.envName) : hit.envName,
        }, undefined, true);
        return;
      }
      const kind = describeSensitiveKind(hit.kind);
      if (value.length >= MIN_LENGTH && publicClientConfig(outermostWrapper(node)) === undefined && assessGenericValue(value, hit.kind).secret) {
        if (minRank > RANK.medium) return;
        report(target, 0, value.length, 'genericSecret', { kind, where: name.where, preview: redactedPreview(value), secretName: name.envName }, name, true);
        return;
      }
      if (!hit.guessable || minRank > RANK.medium || notCredentialReason(value, material) !== undefined || filePlace().isTest) return;
      if (publicClientConfig(outermostWrapper(node)) !== undefined) return;
      report(target, 0, value.length, 'guessableSecret', { kind, where: name.where, preview: redactedPreview(value), secretName: name.envName }, name, true);
    }

    /** The name context of a position hit. */
    function positionName(hit: PositionHit): NameContext {
      // one of several secrets in an array (`secret: ['…', '…']`) gets its index: SESSION_SECRET_1
      const holder = outermostWrapper(hit.node).parent;
      const index = holder?.type === AST_NODE_TYPES.ArrayExpression ? holder.elements.indexOf(outermostWrapper(hit.node) as TSESTree.Expression) : -1;
      const envName = index >= 0 ? `${hit.envName}_${index + 1}` : hit.envName;
      const context: NameContext = { where: hit.where, kind: hit.kind, envName, namesASecret: false };
      if (hit.key !== undefined) context.name = hit.key;
      const fallback = fallbackOf(hit.node);
      if (fallback !== undefined) context.envFallback = fallback;
      return context;
    }

    /**
     * Reports one detection in a value. A function of its own: a literal holding hundreds of credentials
     * calls it for each, so it is optimised early, where a loop body inside `inspect` (called once per
     * literal) waited for on-stack replacement.
     */
    function reportDetection(target: ValueTarget, detection: Detection, name: NameContext | undefined, fixable: boolean, valueIgnored: boolean): void {
      if (RANK[detection.confidence] < minRank) return;
      if (detection.detectorId === 'google-api-key' && publicClientConfig(outermostWrapper(target.node)) === 'firebase') return;
      const value = target.value;
      const secret = value.slice(detection.start, detection.end);
      if (valueIgnored || isIgnoredValue(secret)) return;
      const secretName = providerEnvName(detection, value, name);
      report(target, detection.start, detection.end, 'providerSecret', { kind: detection.kind, preview: redactedPreview(secret), secretName }, name, fixable);
    }

    /** Inspects one static value: provider detections anywhere, generic secrets when bound to a credential name. */
    function inspect(target: ValueTarget, options: { generic: boolean; fixable: boolean }): void {
      const value = target.value;
      if (value.length < minLength) return;
      if (claimed.has(target.node)) return;
      const short = value.length < MIN_LENGTH;
      // A name costs a walk up the tree: resolve it only for values some detector or the generic check takes.
      let detections = contextFreeScan ? scanText(value, scanOptions) : undefined;
      const humanPassword = options.generic && minRank <= RANK.low;
      if (detections?.length === 0 && !(options.generic && minRank <= RANK.medium && (humanPassword || mayBeGenericSecret(value)))) return;
      const name = positionNames.get(target.node) ?? resolveNameContext(target.node);
      // Nothing detected by value: only the generic check is left, and it needs a credential-like name.
      if (detections?.length === 0 && name?.kind === undefined) return;
      if (name !== undefined && (name.namesASecret || isIgnoredName(name.name))) return;
      // A name changes only a keyword-gated provider's confidence: scan again with it only when that can matter.
      if (detections === undefined || (name?.name !== undefined && contextMayRaise(detections))) {
        detections = scanText(value, {
          custom,
          minConfidence: 'low',
          ...(name?.name === undefined ? {} : { context: name.name }),
        });
      }
      const found = withoutOverlaps(detections);
      // Each rewrite rebuilds the whole value around one credential: a value holding many (a dump of
      // credentials, a fixture) is reported credential by credential, with no rewrite, in linear time.
      const fixable = options.fixable && found.length <= MAX_REWRITES_PER_VALUE;
      // Whether `ignoreValues` takes the whole value: tested once, not once per credential it holds.
      const valueIgnored = found.length > 0 && ignoreValues.length > 0 && isIgnoredValue(value);
      for (const detection of found) reportDetection(target, detection, name, fixable, valueIgnored);
      // A value whose format the detectors know (even at a confidence below the threshold: an expired or
      // documentation JWT, a token failing its checksum) is judged by them, not by the generic heuristic.
      if (detections.length > 0 || !options.generic || name?.kind === undefined || minRank > RANK.medium) return;
      if (isIgnoredValue(value) || publicClientConfig(outermostWrapper(target.node)) !== undefined) return;
      const data = { kind: describeSensitiveKind(name.kind), where: name.where, preview: redactedPreview(value), secretName: name.envName };
      if (!short && assessGenericValue(value, name.kind).secret) {
        report(target, 0, value.length, 'genericSecret', data, name, options.fixable);
        return;
      }
      // A person's password bound only to a credential name: `strict` reports it; `recommended` when it mixes
      // three character classes.
      if (!HUMAN_PASSWORD_KINDS.has(name.kind) || name.name === undefined || name.envFallback !== undefined) return;
      if (!isHumanPasswordCandidate(value, splitWords(name.name))) return;
      const confidence = looksLikeChosenPassword(value) ? RANK.medium : RANK.low;
      if (confidence < minRank || filePlace().isTest || isInPlaceholderCollection(target.node)) return;
      // a weak password of one user record among several (`[{ email, password: '12345678' }, …]`): demo or seed users
      if (confidence === RANK.low && isInUserRecordList(target.node)) return;
      report(target, 0, value.length, 'guessableSecret', data, name, options.fixable);
    }

    /**
     * Where to report: the node (`undefined`); for a part of a template, the secret itself when the quasi
     * has no escapes (its raw text then maps one to one), else the quasi.
     */
    function reportLocation(target: ValueTarget, start: number, end: number): TSESTree.SourceLocation | undefined {
      const quasi = target.quasi;
      if (quasi === undefined) return undefined;
      if (quasi.value.raw !== quasi.value.cooked) return quasi.loc;
      const contentStart = quasi.range[0] + 1;
      return {
        start: sourceCode.getLocFromIndex(contentStart + start),
        end: sourceCode.getLocFromIndex(contentStart + end),
      };
    }

    /** Reports provider tokens, keys and URL credentials in a comment's text, which starts at `offset`. */
    /**
     * Credentials recognisable by their value alone in free text: a comment (`commentSecret`, with a
     * suggestion to redact it) or the text of markup, which every visitor receives (`textSecret`; no
     * suggestion: what the page shows is the author's to decide).
     */
    function scanFreeText(text: string, offset: number, where: 'comment' | 'text'): void {
      if (text.length < MIN_LENGTH) return;
      for (const detection of withoutOverlaps(scanText(text, scanOptions))) {
        if (RANK[detection.confidence] < minRank) continue;
        const secret = text.slice(detection.start, detection.end);
        if (isIgnoredValue(secret)) continue;
        const range: [number, number] = [offset + detection.start, offset + detection.end];
        context.report({
          loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) },
          messageId: where === 'comment' ? 'commentSecret' : 'textSecret',
          data: {
            kind: detection.kind,
            preview: redactedPreview(secret),
            secretName: detection.envName ?? 'SECRET',
          },
          suggest: where === 'comment' ? [{ messageId: 'redactComment', fix: (fixer) => fixer.replaceTextRange(range, '<redacted>') }] : [],
        });
      }
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) scanFreeText(comment.value, comment.range[0] + 2, 'comment');
    }

    /**
     * A fallback or a default of a secret: `process.env.JWT_SECRET || '…'`, `function f(secret = '…')`, also
     * through a constant (`process.env.JWT_SECRET || DEFAULT_SECRET`). `slot` is the fallback or default as
     * written; the name comes from it. A fallback of a variable with a public prefix (`NEXT_PUBLIC_…`) is
     * public by the app's own choice: only a random-looking value is reported there.
     */
    function judgeFallback(slot: TSESTree.Node, requireSecretBinding: boolean, publicEnv: boolean): void {
      const values = isValueNode(slot) ? [slot] : slot.type === AST_NODE_TYPES.Identifier ? positions.staticValues(slot) : [];
      if (values.length === 0) return;
      const name = resolveNameContext(slot);
      if (name?.kind === undefined || name.namesASecret) return;
      if (requireSecretBinding && !HUMAN_PASSWORD_KINDS.has(name.kind)) return;
      for (const node of values) {
        judgeSlot(
          {
            node,
            kind: name.kind,
            material: materialOf(name.kind, name.name),
            envName: name.envName,
            where: name.where,
            guessable: !publicEnv,
            ...(name.name === undefined ? {} : { key: name.name }),
          },
          node === slot ? name : { ...name, envFallback: undefined },
        );
      }
    }

    const listeners: TSESLint.RuleListener = {
      Program() {
        if (options.checkComments !== false) checkComments();
      },
      CallExpression(node) {
        for (const hit of positions.fromCall(node)) judgeSlot(hit, positionName(hit));
      },
      NewExpression(node) {
        for (const hit of positions.fromCall(node)) judgeSlot(hit, positionName(hit));
      },
      AssignmentExpression(node) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        for (const hit of positions.fromAssignment(node)) judgeSlot(hit, positionName(hit));
      },
      Property(node) {
        if (node.key.type !== AST_NODE_TYPES.Identifier || !CREDENTIAL_PROPERTIES.has(node.key.name)) return;
        for (const hit of positions.fromCredentialProperty(node)) judgeSlot(hit, positionName(hit));
      },
      TSTypeAnnotation(node) {
        // `const authOptions: NextAuthOptions = { secret: '…' }`
        const id = node.parent;
        const declarator = id?.parent;
        if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== id || declarator.init === null) return;
        if (node.typeAnnotation.type !== AST_NODE_TYPES.TSTypeReference) return;
        for (const hit of positions.fromTypedObject(node.typeAnnotation, declarator.init)) judgeSlot(hit, positionName(hit));
      },
      TSSatisfiesExpression(node) {
        for (const hit of positions.fromTypedObject(node.typeAnnotation, node.expression)) judgeSlot(hit, positionName(hit));
      },
      TSAsExpression(node) {
        if (node.typeAnnotation.type !== AST_NODE_TYPES.TSTypeReference || node.expression.type !== AST_NODE_TYPES.ObjectExpression) return;
        for (const hit of positions.fromTypedObject(node.typeAnnotation, node.expression)) judgeSlot(hit, positionName(hit));
      },
      LogicalExpression(node) {
        if (node.operator === '&&' || !(isValueNode(node.right) || node.right.type === AST_NODE_TYPES.Identifier)) return;
        // `process.env.X || '…'` (any secret env name), or `options.secret || '…'` bound to a password or secret
        const env = readEnv(node.left);
        if (env === undefined && !isValueNode(node.right)) return;
        judgeFallback(node.right, env === undefined, env?.name !== undefined && findPublicPrefix(env.name) !== undefined);
      },
      AssignmentPattern(node) {
        if (node.left.type !== AST_NODE_TYPES.Identifier || !isValueNode(node.right)) return;
        judgeFallback(node.right, false, false);
      },
      Literal(node) {
        if (typeof node.value !== 'string' || node.value.length < minLength) return;
        if (isInsideStaticConcat(node, memo)) return;
        // A key is no value, but a provider token written as one is still a hard-coded secret: report it by
        // format alone (no generic entropy judgement, no fix).
        if (isPropertyKey(node)) inspect({ node, value: node.value }, { generic: false, fixable: false });
        else if (!isNonValuePosition(node, client?.importName)) inspect({ node, value: node.value }, { generic: true, fixable: true });
      },
      TemplateLiteral(node) {
        const tagged = node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression && node.parent.quasi === node;
        if (!tagged && node.expressions.length === 0) {
          const value = staticTemplateValue(node);
          if (value === null || value.length < minLength) return;
          if (isInsideStaticConcat(node, memo) || isNonValuePosition(node, client?.importName)) return;
          inspect({ node, value }, { generic: true, fixable: true });
          return;
        }
        for (const quasi of node.quasis) {
          const value = quasi.value.cooked;
          if (value === null || value === undefined || value.length < MIN_LENGTH) continue;
          inspect({ node, value, quasi }, { generic: false, fixable: !tagged });
        }
      },
      // Text between JSX tags (React, Astro markup): `<code>…</code>`. Scanned as written, so positions hold.
      JSXText(node) {
        if (node.value.length >= MIN_LENGTH) scanFreeText(sourceCode.text.slice(node.range[0], node.range[1]), node.range[0], 'text');
      },
      BinaryExpression(node) {
        if (node.operator !== '+' || isInsideStaticConcat(node, memo)) return;
        const value = staticConcatValue(node, memo);
        if (value === null || value.length < minLength || isNonValuePosition(node, client?.importName)) return;
        inspect({ node, value }, { generic: true, fixable: true });
      },
    };
    // Vue, Svelte and Astro markup: static attribute values, markup comments, Vue template expressions.
    const language = markupLanguage(context);
    if (language === undefined) return listeners;
    return withMarkupVisitors(context, language, listeners, {
      // A markup literal (`VLiteral`, `SvelteLiteral`) is reported and named like a Literal; nothing rewrites it.
      attributeValue: ({ node, value, whole }) => { inspect({ node: node as TSESTree.Literal, value }, { generic: whole, fixable: false }); },
      ...(options.checkComments === false ? {} : { comment: ({ value, offset }) => { scanFreeText(value, offset, 'comment'); } }),
      text: ({ value, offset }) => { scanFreeText(value, offset, 'text'); },
      expressions: { Literal: listeners.Literal, TemplateLiteral: listeners.TemplateLiteral, BinaryExpression: listeners.BinaryExpression },
    });
  },
});

/** Keys that identify a user in a record: `{ email, password }`, `{ username, password }`. */
const USER_IDENTITY_KEYS: ReadonlySet<string> = new Set(['email', 'username', 'userName', 'user', 'login', 'name', 'firstName', 'first_name']);

/**
 * True when a value is a property of an object literal that identifies a user (an email, a user name) and
 * is one of several objects of an array literal: the users of seed or demo data (`DEFAULT_EMPLOYEES`).
 */
function isInUserRecordList(node: TSESTree.Node): boolean {
  const property = outermostWrapper(node).parent;
  if (property?.type !== AST_NODE_TYPES.Property) return false;
  const record = outermostWrapper(property.parent);
  const list = record.parent;
  if (record.type !== AST_NODE_TYPES.ObjectExpression || list?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  if (list.elements.filter((element) => element?.type === AST_NODE_TYPES.ObjectExpression).length < 2) return false;
  return record.properties.some((p) => p !== property && p.type === AST_NODE_TYPES.Property && USER_IDENTITY_KEYS.has(keyName(p.key, p.computed) ?? ''));
}

/**
 * The most credentials one string may hold and still get rewrites: each rewrite rebuilds the whole string,
 * so k rewrites of an n-character string cost k × n.
 */
const MAX_REWRITES_PER_VALUE = 8;

/** Words that make a collection one of placeholders, examples or known-bad values, not of credentials. */
const PLACEHOLDER_COLLECTION_WORDS: ReadonlySet<string> = new Set([
  'placeholder', 'placeholders', 'example', 'examples', 'sample', 'samples', 'dummy', 'fake', 'mock', 'mocks', 'fixture',
  'fixtures', 'known', 'weak', 'common', 'insecure', 'forbidden', 'blocked', 'banned', 'denylist', 'blacklist', 'blocklist',
]);

/**
 * True when a value is a property of an object held by a name that says its values are placeholders or
 * known-bad ones: `PLACEHOLDER_SECRETS = { AUTH_JWT_SECRET: 'secret_for_refresh' }`, `weakPasswords`.
 */
function isInPlaceholderCollection(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = outermostWrapper(node);
  for (let depth = 0; depth < 4; depth++) {
    const property = current.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== current) return false;
    // `{ … } as const`, `{ … } satisfies Record<string, string>`
    const object = outermostWrapper(property.parent);
    const holder = object.parent;
    let holderName: string | undefined;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) holderName = holder.id.name;
    else if (holder?.type === AST_NODE_TYPES.Property && holder.value === object) holderName = keyName(holder.key, holder.computed);
    if (holderName !== undefined && splitWords(holderName).some((word) => PLACEHOLDER_COLLECTION_WORDS.has(word))) return true;
    if (holder?.type !== AST_NODE_TYPES.Property) return false;
    current = object;
  }
  return false;
}

/** Secrets a provider issues to an app (OAuth client and consumer secrets), not key material the app chooses. */
const ISSUED_SECRET_HOLDERS: ReadonlySet<string> = new Set(['client', 'consumer']);

/** What a value bound to a name of this kind holds, for {@link notCredentialReason}. */
function materialOf(kind: SensitiveKind, name: string | undefined): PositionMaterial {
  switch (kind) {
    case 'password':
      return 'password';
    case 'secret':
      return name !== undefined && splitWords(name).some((word) => ISSUED_SECRET_HOLDERS.has(word)) ? 'issued' : 'keyMaterial';
    case 'privateKey':
      return 'keyMaterial';
    case 'connectionString':
      return 'uri';
    default:
      return 'issued';
  }
}

/** A static string node: a string literal, a template without expressions (not tagged), a static `+` chain. */
function isValueNode(node: TSESTree.Node): node is ValueNode {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 && node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' && isValueNode(node.left) && isValueNode(node.right);
    default:
      return false;
  }
}

/** The variable or property a value is written to, for `ignoreIdentifiers`. */
function bindingName(node: TSESTree.Node): string | undefined {
  const parent = outermostWrapper(node).parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === outermostWrapper(node)) return keyName(parent.key, parent.computed);
  return undefined;
}

/** `process.env.X || '…'`: the fallback a value is, for the fix that removes it. */
function fallbackOf(node: TSESTree.Node): NameContext['envFallback'] {
  const outer = outermostWrapper(node);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.LogicalExpression || parent.right !== outer || parent.operator === '&&') return undefined;
  const envVar = readEnv(parent.left)?.name;
  return envVar === undefined ? undefined : { logical: parent, envVar };
}

/** The password of `user:password` (http `auth` option). */
function userinfoPassword(value: string): { start: number; end: number } | undefined {
  const colon = value.indexOf(':');
  return colon < 0 ? undefined : { start: colon + 1, end: value.length };
}

/** The secret name of a connection string's password: `DATABASE_URL` → `DATABASE_PASSWORD`. */
function passwordNameOf(envName: string): string {
  const replaced = envName.replace(CONNECTION_NAME_HEAD, '_PASSWORD');
  return replaced === envName ? `${envName}_PASSWORD` : replaced;
}

/** The markers of a file that decide its side: its directive and `server-only`/`client-only` imports. */
function fileMarkers(program: TSESTree.Program): FileMarkers {
  const markers: FileMarkers = {};
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && typeof statement.directive === 'string') {
      if (markers.directive === undefined && (statement.directive === 'use client' || statement.directive === 'use server')) {
        markers.directive = statement.directive;
      }
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    if (statement.source.value === 'server-only') markers.importsServerOnly = true;
    if (statement.source.value === 'client-only') markers.importsClientOnly = true;
  }
  return markers;
}
