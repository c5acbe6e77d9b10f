// The example app's lint setup and its expectations, shared by `npm run demo` and tests/examples.test.ts:
// every file whose name says `leaky` must report at least once, every other file must stay clean.
import path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

/**
 * Lints examples/ with `plugin.configs.recommended` on code, and `configs.yaml` / `configs.json` on the deploy
 * configuration when their optional parsers are installed; returns ESLint's results, the presets used and why
 * any was skipped.
 */
export async function lintExamples(plugin, examplesDir) {
  const presets = ['recommended'];
  const skipped = [];
  const configFilePresets = [];
  for (const preset of ['yaml', 'json']) {
    try {
      configFilePresets.push(...plugin.configs[preset]);
      presets.push(preset);
    } catch (error) {
      skipped.push(`configs.${preset}: ${error.message}`);
    }
  }
  const eslint = new ESLint({
    cwd: examplesDir,
    overrideConfigFile: true,
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { ...plugin.configs.recommended, files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'] },
      ...configFilePresets,
    ],
  });
  return { eslint, results: await eslint.lintFiles(['.']), presets, skipped };
}

/** True when a file of examples/ is one of the mistakes (its name or a directory says `leaky`). */
export function isLeakyExample(relativePath) {
  return relativePath.split(/[\\/]/u).some((part) => part.includes('leaky'));
}

/** Files that break the expectation: leaky files without findings, other files with findings or parse errors. */
export function unexpectedExamples(results, examplesDir) {
  const problems = [];
  for (const result of results) {
    const file = path.relative(examplesDir, result.filePath);
    const fatal = result.messages.filter((m) => m.ruleId === null);
    const findings = result.messages.filter((m) => m.ruleId !== null);
    if (fatal.length > 0) problems.push(`${file}: ${fatal[0].message}`);
    else if (isLeakyExample(file) && findings.length === 0) problems.push(`${file}: a leaky example with no finding`);
    else if (!isLeakyExample(file) && findings.length > 0) {
      problems.push(`${file}: a correct example with ${findings.length} finding(s): ${findings.map((m) => m.ruleId).join(', ')}`);
    }
  }
  return problems;
}
