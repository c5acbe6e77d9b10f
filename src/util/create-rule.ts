import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

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

/**
 * The one rule creator of the plugin, shaped like typescript-eslint's `RuleCreator`: the docs URL is
 * `docs/rules/<name>.md`, and `defaultOptions` are published as `meta.defaultOptions`.
 *
 * Unlike `RuleCreator`, it does not merge the defaults into the options again for every file: ESLint
 * (≥ 9.15, the plugin's peer range) already merges `meta.defaultOptions` into `context.options` once,
 * when it normalises the configuration, so `create` receives them as they are.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
  defaultOptions,
}: Readonly<RuleWithMetaAndName<Options, MessageIds, SecretsRuleDocs>>): RuleModule<MessageIds, Options, SecretsRuleDocs> & {
  name: string;
} {
  const resolvedDefaults = (meta.defaultOptions ?? defaultOptions ?? []) as Options;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE_URL}${name}.md` }, defaultOptions: resolvedDefaults },
    defaultOptions: resolvedDefaults,
    create: (context) => create(context, context.options as Options),
  };
}
