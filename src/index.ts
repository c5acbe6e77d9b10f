import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from './rules/index.js';

// Read at run time so the version always matches the published package.
const pkg = require('../package.json') as { name: string; version: string };

type Severity = 'error' | 'warn';

/** The plugin object: `meta`, `rules` and the flat configs `recommended` and `strict`. */
interface SecretsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: {
    /** The precise rules at `error`: findings here are worth fixing in any project. */
    recommended: Linter.Config;
    /** Every rule at `error`. */
    strict: Linter.Config;
  };
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'secrets' },
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {},
} as SecretsPlugin;

function presetRules(includeStrict: boolean, severity: Severity): Linter.RulesRecord {
  const result: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const level = (rule.meta.docs as { recommended?: string } | undefined)?.recommended;
    if (level === 'recommended' || (includeStrict && level === 'strict')) result[`secrets/${name}`] = severity;
  }
  return result;
}

plugin.configs = {
  recommended: { name: 'secrets/recommended', plugins: { secrets: plugin }, rules: presetRules(false, 'error') },
  strict: { name: 'secrets/strict', plugins: { secrets: plugin }, rules: presetRules(true, 'error') },
};

export = plugin;
