/** What the judging functions of `no-unsafe-secret-comparison` share about one file. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCallLabel } from '../../util/configured-sources.js';

/** How sure we are that an operand is a secret. */
export type Strength = 'strong' | 'weak';

export interface SecretOperand {
  strength: Strength;
  /** What the secret is, for the message: e.g. "`process.env.API_KEY` (API key)". Never a value. */
  label: string;
  /** The operand is also a value from the request (header, body, query). */
  fromRequest: boolean;
}

/** One file's settings and caches, made once per file by the rule. */
export interface ComparisonContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Names never treated as secrets (option `allowNames`). */
  readonly allowNames: ReadonlySet<string>;
  /** Names always treated as secrets (option `secretNames`). */
  readonly secretNames: ReadonlySet<string>;
  /** The label of a call of a configured source (the secrets client, users' sources), else undefined. */
  readonly sourceCallLabel: SourceCallLabel;
  /** Does the file do cryptography (HMAC, crypto module)? Read once, lazily, only for weak candidates. */
  fileUsesCrypto(): boolean;
  /** The scope to resolve names in: the comparison's while one is judged (see `setComparison`), else the node's. */
  scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope;
  /**
   * Sets (or, with undefined, clears) the comparison being judged: operands are expressions without
   * functions, so they share its scope, looked up once on first use (most comparisons are settled without
   * one), which keeps long operands linear.
   */
  setComparison(comparison: TSESTree.Node | undefined): void;
  /**
   * Runs a judgement one nesting level deeper, or returns `fallback` past {@link MAX_OPERAND_NESTING}: the
   * judging functions recurse into operands (`a + b + …`, `await await …`), whose depth the input controls.
   */
  nested<T>(fallback: T, judge: () => T): T;
}

/** Operand nesting beyond which judgements give their conservative answer instead of recursing. */
export const MAX_OPERAND_NESTING = 200;

export function createComparisonContext(
  sourceCode: Readonly<TSESLint.SourceCode>,
  allowNames: ReadonlySet<string>,
  secretNames: ReadonlySet<string>,
  sourceCallLabel: SourceCallLabel = () => undefined,
): ComparisonContext {
  let cryptoContext: boolean | undefined;
  let comparisonNode: TSESTree.Node | undefined;
  let comparisonScope: TSESLint.Scope.Scope | undefined;
  let nesting = 0;
  return {
    sourceCode,
    allowNames,
    secretNames,
    sourceCallLabel,
    fileUsesCrypto() {
      if (cryptoContext === undefined) {
        const text = sourceCode.text;
        cryptoContext = text.includes('crypto') || text.includes('Hmac') || text.includes('hmac');
      }
      return cryptoContext;
    },
    scopeOf(node) {
      if (comparisonNode === undefined) return sourceCode.getScope(node);
      return (comparisonScope ??= sourceCode.getScope(comparisonNode));
    },
    setComparison(comparison) {
      comparisonNode = comparison;
      comparisonScope = undefined;
    },
    nested(fallback, judge) {
      if (nesting >= MAX_OPERAND_NESTING) return fallback;
      nesting++;
      try {
        return judge();
      } finally {
        nesting--;
      }
    },
  };
}
