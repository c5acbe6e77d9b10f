/**
 * `secrets/no-unsafe-secret-comparison`: a secret compared with `===`, `==`, `!==`, `!=`, `startsWith` or
 * `endsWith` is compared byte by byte and returns at the first difference, so the response time tells an
 * attacker how much of a guess was right (CWE-208). Webhook signatures, API keys checked against a request
 * header and HMAC digests must be compared with `crypto.timingSafeEqual`.
 *
 * Precision comes from three layers, all without type information:
 * 1. what counts as a secret operand: an environment read with a sensitive name, an HMAC digest, a header
 *    like `Authorization`, or a binding/property whose name `classifySensitiveName` marks as a secret, plus the
 *    comparison-specific names `signature`, `hmac`, `digest`. Names that are only weakly secret in general code
 *    (a bare `token` is a lexer token as often as an auth token; `signature` is a type signature in compilers)
 *    count only when the comparison is clearly an authentication check: the other side is a strong secret or a
 *    request value, or the file uses `crypto`/HMAC.
 * 2. what the secret is compared against: literals, `null`/`undefined`, `typeof`, lengths, booleans,
 *    constants and enum members are presence or kind checks, never a leak.
 * 3. confirmation fields (`password === confirmPassword`) compare two inputs of the same user: not a leak.
 *
 * The suggestion is a self-contained expression: string checks (so `undefined === undefined` no longer
 * passes), an equal-byte-length check (`timingSafeEqual` throws on different lengths) and
 * `timingSafeEqual` on two Buffers, importing `timingSafeEqual` from `node:crypto` once when the file has no
 * binding for it yet. It is offered only when both operands are free of side effects, because they are
 * evaluated more than once.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, isCommonJsFile, unwrapExpression } from '../util/ast/index.js';
import { createRule } from '../util/create-rule.js';
import { checkNonEmptyItems } from '../util/options.js';
import { createComparisonContext } from './no-unsafe-secret-comparison/context.js';
import { configuredSourceCalls } from '../util/configured-sources.js';
import { readSecretsSettings } from '../util/settings.js';
import { judgeComparison } from './no-unsafe-secret-comparison/judge.js';
import { propertyName } from './no-unsafe-secret-comparison/names.js';
import { timingSafeEqualFix } from './no-unsafe-secret-comparison/suggestion.js';

export type Options = [
  {
    checkPrefixMethods?: boolean;
    allowNames?: string[];
    secretNames?: string[];
  },
];
export type MessageIds = 'unsafeComparison' | 'unsafePrefixComparison' | 'useTimingSafeEqual';

const EQUALITY_OPERATORS = new Set(['===', '==', '!==', '!=']);
const PREFIX_METHODS = new Set(['startsWith', 'endsWith']);

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-secret-comparison',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing secrets with `===`, `!==` or `startsWith`, which leaks them through timing',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      unsafeComparison:
        'Comparing {{source}} with `{{operator}}` returns at the first differing character, so response times leak it; use `crypto.timingSafeEqual`.',
      unsafePrefixComparison:
        'Checking {{source}} with `{{method}}` leaks it character by character through timing; compare the whole value with `crypto.timingSafeEqual`.',
      useTimingSafeEqual:
        'Compare with `timingSafeEqual` from node:crypto (string and byte-length checks included).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkPrefixMethods: {
            type: 'boolean',
            description: 'Also report `secret.startsWith(value)` and `endsWith` against a non-constant value.',
          },
          allowNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Identifier or property names never treated as secrets here (exact match), e.g. `["token"]` in a parser.',
          },
          secretNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra identifier or property names always treated as secrets (exact match).',
          },
        },
      },
    ],
    defaultOptions: [{ checkPrefixMethods: true, allowNames: [], secretNames: [] }],
  },
  create(context, [options]) {
    checkNonEmptyItems('no-unsafe-secret-comparison', 'allowNames', options.allowNames);
    checkNonEmptyItems('no-unsafe-secret-comparison', 'secretNames', options.secretNames);
    const sourceCode = context.sourceCode;
    const settings = readSecretsSettings(context);
    const judge = createComparisonContext(
      sourceCode,
      new Set(options.allowNames ?? []),
      new Set(options.secretNames ?? []),
      configuredSourceCalls(sourceCode, settings.sources ?? [], settings.secretsClient),
    );
    // `startsWith`/`endsWith` comparisons: a file that never spells them needs no CallExpression listener.
    // One search for what both names share; a file that spells it is then asked for each.
    const text = sourceCode.text;
    const checkPrefixMethods =
      options.checkPrefixMethods !== false &&
      text.includes('sWith') &&
      (text.includes('startsWith') || text.includes('endsWith'));
    const isCommonJs = (): boolean =>
      isCommonJsFile(sourceCode.ast, { filename: context.filename, sourceType: context.languageOptions.sourceType });

    const listeners: TSESLint.RuleListener = {
      BinaryExpression(node) {
        if (!EQUALITY_OPERATORS.has(node.operator)) return;
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
        const secret = judgeComparison(judge, node, node.left, node.right);
        if (!secret) return;
        const fix = timingSafeEqualFix(sourceCode, node, isCommonJs);
        context.report({
          node,
          messageId: 'unsafeComparison',
          data: { source: secret.label, operator: node.operator },
          suggest: fix === undefined ? null : [{ messageId: 'useTimingSafeEqual', fix }],
        });
      },
      CallExpression(node) {
        if (node.arguments.length !== 1) return;
        const callee = unwrapExpression(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = propertyName(callee);
        if (method === undefined || !PREFIX_METHODS.has(method)) return;
        const argument = node.arguments[0];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const secret = judgeComparison(judge, node, callee.object, argument);
        if (!secret) return;
        context.report({ node, messageId: 'unsafePrefixComparison', data: { source: secret.label, method } });
      },
    };
    if (!checkPrefixMethods) delete listeners.CallExpression;
    return listeners;
  },
});
