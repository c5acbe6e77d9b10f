/** User-supplied detectors (rule option `customDetectors`), compiled once per rule `create`. */
import { compileUserPattern, InvalidOptionError } from '../../util/options.js';
import type { CompiledDetector, CustomDetector } from './types.js';

const ALLOWED_FLAGS = /^[imsuv]*$/;

/**
 * Compiles user-supplied detectors for `rule`. Throws an {@link InvalidOptionError} naming the detector's
 * option path for an empty id, invalid flags, an empty, invalid or catastrophically backtracking pattern,
 * a pattern that matches the empty string, or an invalid minEntropy. Patterns run with `g` and `d`;
 * group 1, when present, is the secret part.
 */
export function compileCustomDetectors(list: readonly CustomDetector[], rule: string): CompiledDetector[] {
  return list.map((detector, index) => {
    const path = `customDetectors[${index}]`;
    const id = typeof detector.id === 'string' ? detector.id.trim() : '';
    if (!id) throw new InvalidOptionError(rule, `${path}.id`, 'is empty; give each detector a name.');
    const flags = detector.flags ?? '';
    if (!ALLOWED_FLAGS.test(flags)) {
      throw new InvalidOptionError(rule, `${path}.flags`, `is ${JSON.stringify(flags)}; allowed flags are "i", "m", "s", "u" and "v".`);
    }
    const regex = compileUserPattern(rule, `${path}.pattern`, detector.pattern, { flags: `${flags}gd` });
    if (regex.test('')) {
      throw new InvalidOptionError(rule, `${path}.pattern`, `(${JSON.stringify(detector.pattern)}) matches the empty string, so it would report every string.`);
    }
    regex.lastIndex = 0;
    const minEntropy = detector.minEntropy ?? 0;
    if (!Number.isFinite(minEntropy) || minEntropy < 0) {
      throw new InvalidOptionError(rule, `${path}.minEntropy`, 'must be a number of at least 0.');
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
