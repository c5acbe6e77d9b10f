/**
 * Public types of the value-detection library. No ESLint types here: the library is pure string work.
 */

/** How sure a detection is: see {@link Detection.confidence}. */
export type Confidence = 'high' | 'medium' | 'low';

/** One credential found inside a scanned text. Offsets are UTF-16 indexes into that text. */
export interface Detection {
  /** Stable id of the detector, e.g. `github-pat`, `aws-access-key-id`, `private-key`, `url-credentials`, `jwt`. */
  detectorId: string;
  /** Human label for messages, e.g. `GitHub personal access token`. Never contains the value. */
  kind: string;
  /**
   * `high`: checksum valid or an unmistakable format; `medium`: a format match;
   * `low`: needs name context (failed checksum, weak format without its keyword, local dev default, expired JWT…).
   */
  confidence: Confidence;
  /** Start offset of the secret inside the scanned text (for a URL: the password part). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /**
   * A conventional environment-variable name for this kind of secret, e.g. `GITHUB_TOKEN`,
   * `STRIPE_SECRET_KEY`, `DATABASE_PASSWORD`; for fixes when the value has no binding name.
   */
  envName?: string;
}

/** A user-supplied detector (rule option `customDetectors`). */
export interface CustomDetector {
  /** Reported as `detectorId`. */
  id: string;
  /** Regular expression source. If it has a capture group, group 1 is the secret part. */
  pattern: string;
  /** Extra flags among `i`, `m`, `s`, `u`, `v` (`g`/`y`/`d` are managed by the library). */
  flags?: string;
  /** When given, the pattern only runs on texts containing one of these words (case-insensitive). */
  keywords?: string[];
  /** Minimum Shannon entropy (bits per character) of the matched secret. */
  minEntropy?: number;
  /** Label for messages; defaults to `secret matching custom detector "<id>"`. */
  kind?: string;
}

/** A custom detector compiled once per rule `create` by `compileCustomDetectors`. */
export interface CompiledDetector {
  readonly id: string;
  readonly kind: string;
  /** Global regex with indices (`gd`); only used through `String.prototype.matchAll`, which clones it. */
  readonly regex: RegExp;
  /** Lower-case keywords; empty means always run. */
  readonly keywords: readonly string[];
  readonly minEntropy: number;
}

/** Options of `scanText`. */
export interface ScanOptions {
  /** Compiled custom detectors to run too. */
  custom?: readonly CompiledDetector[];
  /** Drop detections below this confidence. Default `'medium'` (what the rule reports by default). */
  minConfidence?: Confidence;
  /**
   * Words known around the text (e.g. the variable or property name it is bound to). Weak formats whose
   * keyword (e.g. `mailgun`, `telegram`) appears here or in the text keep their confidence; else `low`.
   */
  context?: string;
}

/** Numeric order of confidences, for comparisons. */
export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };
