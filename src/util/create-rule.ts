import type { NamedCreateRuleMeta } from '@typescript-eslint/utils/eslint-utils';
import type { ReportDescriptor, RuleContext, RuleListener, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { redactReportData } from '../core/redact.js';

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
 * What a rule of this plugin sees of ESLint's rule context: the members it uses, with a `report` that
 * redacts (see {@link redactingContext}). Narrower than `RuleContext` on purpose: the context is rebuilt
 * for every file and rule, and a plain object of these members costs a fraction of one that inherits the
 * whole context; a rule that needs another member adds it here and to {@link redactingContext}.
 */
export type SecretsRuleContext<MessageIds extends string, Options extends readonly unknown[]> = Readonly<
  Pick<
    RuleContext<MessageIds, Options>,
    'id' | 'filename' | 'physicalFilename' | 'cwd' | 'sourceCode' | 'options' | 'settings' | 'languageOptions' | 'report'
  >
>;

/** A rule as written in `src/rules`: its name, meta and `create`, which gets a {@link SecretsRuleContext}. */
export interface SecretsRuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: NamedCreateRuleMeta<MessageIds, SecretsRuleDocs, Options>;
  create: (context: SecretsRuleContext<MessageIds, Options>, optionsWithDefault: Readonly<Options>) => RuleListener;
}

/**
 * The one rule creator of the plugin, shaped like typescript-eslint's `RuleCreator`: the docs URL is
 * `docs/rules/<name>.md`, and the rule's `meta.defaultOptions` are published as `defaultOptions` too.
 *
 * Unlike `RuleCreator`, it does not merge the defaults into the options again for every file: ESLint
 * (≥ 9.15, the plugin's peer range) already merges `meta.defaultOptions` into `context.options` once,
 * when it normalises the configuration, so `create` receives them as they are.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<SecretsRuleDefinition<Options, MessageIds>>): RuleModule<MessageIds, Options, SecretsRuleDocs> & {
  name: string;
} {
  const resolvedDefaults = (meta.defaultOptions ?? []) as Options;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE_URL}${name}.md` }, defaultOptions: resolvedDefaults },
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still on the rule object, as RuleCreator puts it
    defaultOptions: resolvedDefaults,
    create: (context) => create(redactingContext(context), context.options),
  };
}

/**
 * The rule's context with a `report` that passes every string of the report's `data` and of its
 * suggestions' `data` through `redactReportData`: no message of any rule shows a detected token, whatever
 * source text it quotes, and quoted text is bounded. A plain object with the members of
 * {@link SecretsRuleContext}: ESLint's context is frozen, and an object inheriting from it (`Object.create`)
 * made every member read slower, in every rule and for every file.
 */
function redactingContext<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<RuleContext<MessageIds, Options>>,
): SecretsRuleContext<MessageIds, Options> {
  const report = (descriptor: ReportDescriptor<MessageIds>): void => {
    let safe = descriptor;
    const data = redactReportData(descriptor.data);
    if (data !== descriptor.data) safe = { ...safe, data };
    if (descriptor.suggest) {
      const suggest = descriptor.suggest.map((s) => {
        const sData = redactReportData(s.data);
        return sData === s.data ? s : { ...s, data: sData };
      });
      safe = { ...safe, suggest };
    }
    context.report(safe);
  };
  return {
    id: context.id,
    filename: context.filename,
    physicalFilename: context.physicalFilename,
    cwd: context.cwd,
    sourceCode: context.sourceCode,
    options: context.options,
    settings: context.settings,
    languageOptions: context.languageOptions,
    report,
  };
}
