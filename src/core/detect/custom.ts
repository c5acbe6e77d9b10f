/** User-supplied detectors (rule option `customDetectors`), compiled once per rule `create`. */
import type { CompiledDetector, CustomDetector } from './types.js';

const ALLOWED_FLAGS = /^[imsuv]*$/;

/**
 * Compiles user-supplied detectors. Throws an `Error` naming the detector for an empty id, an invalid
 * pattern or invalid flags. Patterns run with `g` and `d`; group 1, when present, is the secret part.
 * The linear-time guarantee of the built-in patterns does not extend to user patterns.
 */
export function compileCustomDetectors(list: readonly CustomDetector[]): CompiledDetector[] {
  return list.map((detector, index) => {
    const id = typeof detector.id === 'string' ? detector.id.trim() : '';
    if (!id) throw new Error(`secrets: customDetectors[${index}] needs a non-empty "id".`);
    const flags = detector.flags ?? '';
    if (!ALLOWED_FLAGS.test(flags)) {
      throw new Error(`secrets: custom detector "${id}" has invalid flags "${flags}" (allowed: i, m, s, u, v).`);
    }
    let regex: RegExp;
    try {
      regex = new RegExp(detector.pattern, `${flags}gd`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`secrets: custom detector "${id}" has an invalid pattern: ${reason}`);
    }
    if (regex.test('')) {
      throw new Error(`secrets: custom detector "${id}" has a pattern that matches the empty string.`);
    }
    regex.lastIndex = 0;
    const minEntropy = detector.minEntropy ?? 0;
    if (!Number.isFinite(minEntropy) || minEntropy < 0) {
      throw new Error(`secrets: custom detector "${id}" has an invalid minEntropy.`);
    }
    return {
      id,
      kind: detector.kind ?? `secret matching custom detector "${id}"`,
      regex,
      keywords: (detector.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k.length > 0),
      minEntropy,
    };
  });
}
