/**
 * The example app: every `leaky` file reports at least once and every other file stays clean, linted
 * through ESLint's API with the plugin's `recommended` config, as `npm run demo` does.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
// A plain ES module shared with scripts/demo.mjs; its types are in scripts/examples.d.mts.
import { isLeakyExample, lintExamples, unexpectedExamples } from '../scripts/examples.mjs';

const examplesDir = path.resolve(__dirname, '..', 'examples');

describe('examples/', () => {
  it('reports every leaky file and nothing in the correct ones', async () => {
    const { results } = await lintExamples(plugin, examplesDir);
    const files = results.map((r) => path.relative(examplesDir, r.filePath));
    expect(files.filter((f) => isLeakyExample(f)).length).toBeGreaterThan(10);
    expect(files.filter((f) => !isLeakyExample(f)).length).toBeGreaterThan(10);
    expect(unexpectedExamples(results, examplesDir)).toEqual([]);
  });
});
