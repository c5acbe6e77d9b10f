// The plugin lints itself: typescript-eslint's strict type-checked rules over all TypeScript (src/**, tests/**,
// vitest.config.mts), plus eslint-plugin-eslint-plugin's recommended rules over the rules.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
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
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
);
