import type { ESLint, Linter, Rule } from 'eslint';
import { CODE_FILES, hasPeer, jsonConfigs, yamlConfigs } from './configs.js';
import { rules } from './rules/index.js';

// Read at run time so the version always matches the published package.
const pkg = require('../package.json') as { name: string; version: string };

/**
 * What `strict` adds to `error`: value detections of low confidence too (tokens whose checksum fails,
 * expired or sample JWTs, passwords of local development URLs).
 */
const STRICT_RULE_OPTIONS: Readonly<Record<string, readonly unknown[]>> = {
  'no-hardcoded-secrets': [{ minConfidence: 'low' }],
};

/** The plugin object: `meta`, `rules` and the flat configs `recommended` and `strict`. */
interface SecretsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: {
    /** The precise rules at `error`: findings here are worth fixing in any project. */
    recommended: Linter.Config;
    /** Every rule at `error`, and low-confidence value detections reported too. */
    strict: Linter.Config;
    /**
     * YAML files (`**\/*.{yml,yaml}`) through yaml-eslint-parser: hard-coded credentials and deploy-time
     * secrets. Throws a clear error when yaml-eslint-parser is not installed.
     */
    readonly yaml: Linter.Config[];
    /**
     * JSON, JSONC and JSON5 files through @eslint/json: hard-coded credentials. Throws a clear error when
     * @eslint/json is not installed.
     */
    readonly json: Linter.Config[];
    /**
     * `recommended` on JavaScript and TypeScript files, plus `yaml` and `json` for each whose parser is
     * installed (a missing one is left out).
     */
    readonly all: Linter.Config[];
  };
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'secrets' },
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {},
} as SecretsPlugin;

function presetRules(strict: boolean): Linter.RulesRecord {
  const result: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const level = (rule.meta.docs as { recommended?: string } | undefined)?.recommended;
    if (level !== 'recommended' && !(strict && level === 'strict')) continue;
    const options = strict ? STRICT_RULE_OPTIONS[name] : undefined;
    result[`secrets/${name}`] = options ? ['error', ...options] : 'error';
  }
  return result;
}

const recommended: Linter.Config = { name: 'secrets/recommended', plugins: { secrets: plugin }, rules: presetRules(false) };
plugin.configs = Object.defineProperties(
  {
    recommended,
    strict: { name: 'secrets/strict', plugins: { secrets: plugin }, rules: presetRules(true) },
  },
  {
    // Built when read, so that the optional parsers are loaded only by the configs that use them.
    yaml: { enumerable: true, get: () => yamlConfigs(plugin) },
    json: { enumerable: true, get: () => jsonConfigs(plugin) },
    all: {
      enumerable: true,
      get: (): Linter.Config[] => [
        { ...recommended, name: 'secrets/all/code', files: CODE_FILES },
        ...(hasPeer('yaml-eslint-parser') ? yamlConfigs(plugin) : []),
        ...(hasPeer('@eslint/json') ? jsonConfigs(plugin) : []),
      ],
    },
  },
) as unknown as SecretsPlugin['configs'];

export = plugin;

// Node's ESM loader finds a CommonJS module's named exports by reading its code (cjs-module-lexer), and
// `module.exports = plugin` shows it none, while TypeScript accepts `import { configs } from
// 'eslint-plugin-secrets'`. This line never runs; it names the properties so that import works in Node too.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- read by cjs-module-lexer, never run
0 && (module.exports = { meta: plugin, rules: plugin, configs: plugin });
