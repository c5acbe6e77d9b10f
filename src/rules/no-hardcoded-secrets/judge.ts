/**
 * Pieces of the hard-coded-secret judgement shared by the JavaScript listeners and the YAML/JSON ones:
 * overlap resolution between detections and the secret name a provider detection is stored under.
 */
import type { Confidence, Detection } from '../../core/detect/index.js';
import { GENERIC_SECRET_WORDS, toEnvName, type NameContext } from './name-context.js';
import { CONNECTION_NAME_HEAD, DIGITS_ONLY, WHITESPACE } from './patterns.js';

export const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

function byPosition(a: Detection, b: Detection): number {
  return a.start - b.start || RANK[b.confidence] - RANK[a.confidence];
}

/** Detections sorted by position without overlaps (the more confident one wins). */
export function withoutOverlaps(detections: readonly Detection[]): readonly Detection[] {
  if (detections.length <= 1) return detections;
  // `scanText` returns them in position order: sort (stable) only a list that is not in this order already.
  let sorted = detections;
  for (let i = 1; i < detections.length; i++) {
    if (byPosition(detections[i - 1] as Detection, detections[i] as Detection) > 0) {
      sorted = [...detections].sort(byPosition);
      break;
    }
  }
  const result: Detection[] = [];
  for (const detection of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && detection.start < last.end) {
      if (RANK[detection.confidence] > RANK[last.confidence]) result[result.length - 1] = detection;
      continue;
    }
    result.push(detection);
  }
  return result;
}

/**
 * The secret name for a provider detection: the binding's when it names this very secret specifically
 * (`GITHUB_TOKEN`, `stripeKey`), else the provider's conventional one (`apiKey` holding `sk_live_…` →
 * `STRIPE_SECRET_KEY`).
 */
export function providerEnvName(detection: Detection, value: string, name: NameContext | undefined): string {
  const whole = detection.start === 0 && detection.end === value.length;
  if (name?.kind !== undefined) {
    const specific = name.envName.split('_').some((word) => !GENERIC_SECRET_WORDS.has(word) && !DIGITS_ONLY.test(word));
    if (whole && specific) return name.envName;
    if (!whole && name.kind === 'connectionString') {
      const replaced = name.envName.replace(CONNECTION_NAME_HEAD, '_PASSWORD');
      if (replaced !== name.envName) return replaced;
    }
  }
  return detection.envName ?? (toEnvName(detection.kind.replace(WHITESPACE, '_')) || 'SECRET');
}

