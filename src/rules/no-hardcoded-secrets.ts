/**
 * secrets/no-hardcoded-secrets: credentials written into source. Provider formats, private keys, URL
 * credentials and JWTs are recognised by value (src/core/detect); other random-looking values are reported
 * when bound to a credential-like name or passed to a known credential parameter. Fixes move the value to
 * `process.env` (suggestion) or behind the project's secrets client (`secretsClient` option).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, isCommonJsFile, outermostWrapper } from '../util/ast/index.js';
import {
  assessGenericValue,
  compileCustomDetectors,
  mayBeGenericSecret,
  scanText,
  type CompiledDetector,
  type Confidence,
  type CustomDetector,
} from '../core/detect/index.js';
import { describeSensitiveKind } from '../core/names.js';
import { redactedPreview } from '../core/redact.js';
import { importNameSchema } from '../util/fix/index.js';
import { createRule } from '../util/create-rule.js';
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
import { jsonListeners, yamlListeners, type ConfigSettings } from './no-hardcoded-secrets/config-files.js';
import { RANK, providerEnvName, withoutOverlaps } from './no-hardcoded-secrets/judge.js';
import { resolveNameContext, type NameContext } from './no-hardcoded-secrets/name-context.js';
import { isNonValuePosition, publicClientConfig } from './no-hardcoded-secrets/positions.js';
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
  | 'commentSecret'
  | 'useEnv'
  | 'removeFallback'
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

function compilePatterns(list: readonly string[], option: string): RegExp[] {
  return list.map((source, index) => {
    try {
      return new RegExp(source, 'u');
    } catch (error) {
      throw new Error(
        `secrets/no-hardcoded-secrets: option ${option}[${index}] is not a valid regular expression: ${
          (error as Error).message
        }`,
      );
    }
  });
}

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
      commentSecret:
        '{{kind}} in a comment ({{preview}}). Remove it, rotate it, and keep it in your secrets store as {{secretName}}.',
      useEnv: 'Read it from process.env.{{secretName}} instead.',
      removeFallback: 'Remove the hard-coded fallback and read only process.env.{{secretName}}.',
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
              'The function your code reads secrets with; when set, `eslint --fix` rewrites secrets to `await <importName>("NAME")` where `await` is valid and imports it.',
            additionalProperties: false,
            required: ['importFrom', 'importName'],
            properties: {
              importFrom: { type: 'string', minLength: 1, description: 'Module specifier to import the function from.' },
              importName: importNameSchema('Named export of that module, called with the secret name.'),
            },
          },
          ignoreValues: {
            type: 'array',
            description: 'Regular expressions (strings); values, or detected parts of values, matching one are not reported. An empty pattern (which matches everything) is rejected.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          ignoreIdentifiers: {
            type: 'array',
            description:
              'Regular expressions (strings) matched against the name a value is bound to (variable, property, attribute); matching bindings are not reported. An empty pattern (which matches everything) is rejected.',
            items: { type: 'string', minLength: 1 },
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
                id: { type: 'string', minLength: 1, description: 'Detector id, shown nowhere but useful in config.' },
                pattern: {
                  type: 'string',
                  minLength: 1,
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
          minConfidence: {
            type: 'string',
            enum: ['high', 'medium', 'low'],
            description:
              'Least confidence reported: `high` (checksummed or unmistakable formats), `medium` (format matches and name-bound generic secrets) or `low` (weak formats, failed checksums).',
          },
        },
      },
    ],
  },
  defaultOptions: [
    {
      ignoreValues: [],
      ignoreIdentifiers: [],
      customDetectors: [],
      checkComments: true,
      minConfidence: 'medium',
    },
  ],
  create(context, [options]) {
    const ignoreValues = compilePatterns(options.ignoreValues ?? [], 'ignoreValues');
    const ignoreIdentifiers = compilePatterns(options.ignoreIdentifiers ?? [], 'ignoreIdentifiers');
    const custom: readonly CompiledDetector[] = compileCustomDetectors(options.customDetectors ?? []);
    /** Without keyword-gated custom detectors, a binding's name changes detections' confidence, never which there are. */
    const contextFreeScan = custom.every((detector) => detector.keywords.length === 0);
    const minRank = RANK[options.minConfidence ?? 'medium'];
    const client = options.secretsClient;
    const sourceCode = context.sourceCode;
    const memo: ConcatMemo = new Map();
    const scanOptions = { custom, minConfidence: 'low' } as const;
    let clientImport: SecretsClientImport | undefined;

    const isIgnoredValue = (value: string): boolean => ignoreValues.some((pattern) => pattern.test(value));
    const isIgnoredName = (name: string | undefined): boolean =>
      name !== undefined && ignoreIdentifiers.some((pattern) => pattern.test(name));

    // Configuration files: YAML (yaml-eslint-parser) and JSON (@eslint/json's language).
    const rootType = (sourceCode.ast as { type: string }).type;
    if (rootType === 'Document' || isYamlSourceCode(sourceCode as never)) {
      const settings: ConfigSettings = { custom, minRank, checkComments: options.checkComments !== false, isIgnoredValue, isIgnoredName };
      return (rootType === 'Document' ? jsonListeners(context as never, settings) : yamlListeners(context as never, settings)) as never;
    }

    const getClientImport = (client: SecretsClient): SecretsClientImport => {
      if (clientImport === undefined) {
        const commonJs = isCommonJsFile(sourceCode.ast, { filename: context.filename, sourceType: context.languageOptions.sourceType });
        clientImport = new SecretsClientImport(sourceCode, client, commonJs);
      }
      return clientImport;
    };

    /** Top-level `await` is valid in ES modules parsed as ES2022 or later. */
    const topLevelAwaitAllowed = (): boolean => {
      const { ecmaVersion, sourceType } = context.languageOptions;
      if (sourceType !== 'module') return false;
      if (typeof ecmaVersion !== 'number') return true;
      return (ecmaVersion < 2015 ? ecmaVersion + 2009 : ecmaVersion) >= 2022;
    };

    /** Fix and suggestions replacing `value[start, end)` of `target` by a run-time read of `secretName`. */
    function fixesFor(
      target: ValueTarget,
      start: number,
      end: number,
      secretName: string,
      name: NameContext | undefined,
    ): Pick<TSESLint.ReportDescriptor<MessageIds>, 'fix' | 'suggest'> {
      if (!isReplaceable(target.node)) return { suggest: [] };
      const whole = target.quasi === undefined && start === 0 && end === target.value.length;
      const fallback = name?.envFallback;
      const isFallback = whole && fallback !== undefined && outermostWrapper(target.node) === fallback.logical.right;
      const plain: TSESLint.SuggestionReportDescriptor<MessageIds> = isFallback
        ? {
            messageId: 'removeFallback',
            data: { secretName: fallback.envVar },
            fix: (fixer) => fixer.replaceText(fallback.logical, sourceCode.getText(fallback.logical.left)),
          }
        : {
            messageId: 'useEnv',
            data: { secretName },
            fix: (fixer) => {
              const { range, text } = replacement(target, start, end, envExpression(secretName), false);
              return fixer.replaceTextRange(range, text);
            },
          };
      if (client === undefined) return { suggest: [plain] };
      const imports = getClientImport(client);
      const { local, add } = imports.at(target.node);
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
      if (where.kind === 'valid') return { fix: (fixer) => rewrite(fixer), suggest: [] };
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

    /** Inspects one static value: provider detections anywhere, generic secrets when bound to a credential name. */
    function inspect(target: ValueTarget, options: { generic: boolean; fixable: boolean }): void {
      const value = target.value;
      if (value.length < MIN_LENGTH) return;
      // A name costs a walk up the tree: resolve it only for values some detector or the generic check takes.
      let detections = contextFreeScan ? scanText(value, scanOptions) : undefined;
      if (detections?.length === 0 && !(options.generic && minRank <= RANK.medium && mayBeGenericSecret(value))) return;
      const name = resolveNameContext(target.node);
      // Nothing detected by value: only the generic check is left, and it needs a credential-like name.
      if (detections?.length === 0 && name?.kind === undefined) return;
      if (name !== undefined && (name.namesASecret || isIgnoredName(name.name))) return;
      if (detections === undefined || (detections.length > 0 && name?.name !== undefined)) {
        detections = scanText(value, {
          custom,
          minConfidence: 'low',
          ...(name?.name === undefined ? {} : { context: name.name }),
        });
      }
      for (const detection of withoutOverlaps(detections)) {
        if (RANK[detection.confidence] < minRank) continue;
        if (detection.detectorId === 'google-api-key' && publicClientConfig(outermostWrapper(target.node)) === 'firebase') continue;
        const secret = value.slice(detection.start, detection.end);
        if (isIgnoredValue(secret) || isIgnoredValue(value)) continue;
        const secretName = providerEnvName(detection, value, name);
        context.report({
          ...reportLocation(target, detection.start, detection.end),
          messageId: 'providerSecret',
          data: { kind: detection.kind, preview: redactedPreview(secret), secretName },
          ...(options.fixable ? fixesFor(target, detection.start, detection.end, secretName, name) : {}),
        });
      }
      // A value whose format the detectors know (even at a confidence below the threshold: an expired or
      // documentation JWT, a token failing its checksum) is judged by them, not by the generic heuristic.
      if (detections.length > 0 || !options.generic || name?.kind === undefined || minRank > RANK.medium) return;
      if (isIgnoredValue(value) || publicClientConfig(outermostWrapper(target.node)) !== undefined) return;
      const assessment = assessGenericValue(value, name.kind);
      if (!assessment.secret) return;
      context.report({
        ...reportLocation(target, 0, value.length),
        messageId: 'genericSecret',
        data: {
          kind: describeSensitiveKind(name.kind),
          where: name.where,
          preview: redactedPreview(value),
          secretName: name.envName,
        },
        ...(options.fixable ? fixesFor(target, 0, value.length, name.envName, name) : {}),
      });
    }

    /**
     * Where to report: the node; for a part of a template, the secret itself when the quasi has no escapes
     * (its raw text then maps one to one), else the quasi.
     */
    function reportLocation(
      target: ValueTarget,
      start: number,
      end: number,
    ): { node: TSESTree.Node } | { loc: TSESTree.SourceLocation } {
      const quasi = target.quasi;
      if (quasi === undefined) return { node: target.node };
      if (quasi.value.raw !== quasi.value.cooked) return { loc: quasi.loc };
      const contentStart = quasi.range[0] + 1;
      return {
        loc: {
          start: sourceCode.getLocFromIndex(contentStart + start),
          end: sourceCode.getLocFromIndex(contentStart + end),
        },
      };
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) {
        const text = comment.value;
        if (text.length < MIN_LENGTH) continue;
        const offset = comment.range[0] + 2;
        for (const detection of withoutOverlaps(scanText(text, scanOptions))) {
          if (RANK[detection.confidence] < minRank) continue;
          const secret = text.slice(detection.start, detection.end);
          if (isIgnoredValue(secret)) continue;
          const range: [number, number] = [offset + detection.start, offset + detection.end];
          context.report({
            loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) },
            messageId: 'commentSecret',
            data: {
              kind: detection.kind,
              preview: redactedPreview(secret),
              secretName: detection.envName ?? 'SECRET',
            },
            suggest: [{ messageId: 'redactComment', fix: (fixer) => fixer.replaceTextRange(range, '<redacted>') }],
          });
        }
      }
    }

    return {
      Program() {
        if (options.checkComments !== false) checkComments();
      },
      Literal(node) {
        if (typeof node.value !== 'string' || node.value.length < MIN_LENGTH) return;
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
          if (value === null || value.length < MIN_LENGTH) return;
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
      BinaryExpression(node) {
        if (node.operator !== '+' || isInsideStaticConcat(node, memo)) return;
        const value = staticConcatValue(node, memo);
        if (value === null || value.length < MIN_LENGTH || isNonValuePosition(node, client?.importName)) return;
        inspect({ node, value }, { generic: true, fixable: true });
      },
    };
  },
});
