/**
 * The presets for configuration files, `configs.yaml` and `configs.json`, and `configs.all`. Their parsers
 * are optional peer dependencies (yaml-eslint-parser, @eslint/json), loaded only when the preset is read:
 * the plugin itself loads without them, and JavaScript-only projects install nothing more.
 */
import type { ESLint, Linter } from 'eslint';

/** Files of the JavaScript rules in `configs.all`. */
export const CODE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
export const YAML_FILES = ['**/*.{yml,yaml}'];
/** Lock files: generated, large, and made of hashes and URLs. */
const YAML_IGNORES = ['**/pnpm-lock.yaml'];
/** JSON files that allow comments (`.vscode/settings.json`, `tsconfig.json`, …). */
export const JSONC_FILES = ['**/*.jsonc', '**/.vscode/*.json', '**/tsconfig.json', '**/tsconfig.*.json', '**/jsconfig.json', '**/.devcontainer/*.json', '**/devcontainer.json'];
export const JSON_FILES = ['**/*.json'];
export const JSON5_FILES = ['**/*.json5'];
const JSON_IGNORES = ['**/package-lock.json', '**/npm-shrinkwrap.json', '**/composer.lock'];

/** The rules that read YAML: hard-coded credentials and deploy-time secrets (serverless.yml, templates, workflows). */
const YAML_RULES: Linter.RulesRecord = {
  'secrets/no-hardcoded-secrets': 'error',
  'secrets/no-deploy-time-secrets': 'error',
};
const JSON_RULES: Linter.RulesRecord = { 'secrets/no-hardcoded-secrets': 'error' };

/** `require` of an optional peer, with an error that says what to install. */
function loadPeer(name: string, preset: string): unknown {
  try {
    return require(name);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(
        `eslint-plugin-secrets: configs.${preset} needs ${name}, which is not installed. Run \`npm install --save-dev ${name}\`, or leave configs.${preset} out of your ESLint config.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** True when an optional peer can be loaded. */
export function hasPeer(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** `configs.yaml`: YAML files parsed by yaml-eslint-parser. */
export function yamlConfigs(plugin: ESLint.Plugin): Linter.Config[] {
  const parser = loadPeer('yaml-eslint-parser', 'yaml') as Linter.Parser;
  return [
    {
      name: 'secrets/yaml',
      files: YAML_FILES,
      ignores: YAML_IGNORES,
      plugins: { secrets: plugin },
      languageOptions: { parser },
      rules: YAML_RULES,
    },
  ];
}

/** `configs.json`: JSON, JSONC and JSON5 files through @eslint/json's languages. */
export function jsonConfigs(plugin: ESLint.Plugin): Linter.Config[] {
  const loaded = loadPeer('@eslint/json', 'json') as { default?: ESLint.Plugin } & ESLint.Plugin;
  const json = loaded.default ?? loaded;
  const plugins = { json, secrets: plugin };
  return [
    { name: 'secrets/json', files: JSON_FILES, ignores: [...JSON_IGNORES, ...JSONC_FILES], plugins, language: 'json/json', rules: JSON_RULES },
    { name: 'secrets/jsonc', files: JSONC_FILES, plugins, language: 'json/jsonc', rules: JSON_RULES },
    { name: 'secrets/json5', files: JSON5_FILES, plugins, language: 'json/json5', rules: JSON_RULES },
  ];
}
