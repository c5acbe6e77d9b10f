// The plugin lints itself: typescript-eslint's strict type-checked rules over all TypeScript (src/**, tests/**,
// vitest.config.mts), plus eslint-plugin-eslint-plugin's recommended rules over the rules.
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'dist-typecheck/**', 'examples/**', 'coverage/**', 'tests/fixtures/**', 'node_modules/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `node.type === 'Identifier'` is sound: tsc already rejects a literal outside the string enum (TS2367).
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Counts, lengths and positions in messages print predictably; strings still must not be null/undefined.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowNumber: true, allowRegExp: false },
      ],
      // `const { tags: _t, ...rest } = value` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Guards the types rule out but real input delivers (null YAML items, bodiless overloads, a hand-edited
      // package.json, nodes of the Vue/Svelte/Astro parsers): the rules must never throw on valid input.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // The CommonJS build loads ESLint, optional peers and package.json lazily, with require().
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests split live-format prefixes (`sk_${'live'}_…`) on purpose, so no scannable token sits in the repository.
      '@typescript-eslint/no-unnecessary-template-expression': 'off',
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce)' }],
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
    },
  },
);
