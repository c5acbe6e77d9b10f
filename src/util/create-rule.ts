import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

/** Where the rule documentation lives; the rule name is appended. */
export const DOCS_BASE_URL = 'https://github.com/eslint-plugin-secrets/eslint-plugin-secrets/blob/main/docs/rules/';

/**
 * Extra `meta.docs` fields of this plugin's rules.
 * `recommended` names the lightest preset the rule is enabled in: every rule is in `strict`,
 * rules marked `'recommended'` are in `recommended` too.
 */
export interface SecretsRuleDocs {
  recommended: 'recommended' | 'strict';
  /** True when the rule needs type information; none do, they only use it when present. */
  requiresTypeChecking?: boolean;
}

const creator = ESLintUtils.RuleCreator<SecretsRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

/**
 * The one RuleCreator of the plugin: docs URL `docs/rules/<name>.md`, and the rule's `defaultOptions`
 * published as `meta.defaultOptions`, where ESLint (≥ 9.15), editors and doc generators read them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, SecretsRuleDocs>>,
): ReturnType<typeof creator<Options, MessageIds>> {
  const defaultOptions = rule.meta.defaultOptions ?? rule.defaultOptions;
  return creator<Options, MessageIds>({ ...rule, meta: { ...rule.meta, defaultOptions } });
}
