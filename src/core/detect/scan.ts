/**
 * `scanText`: every credential recognisable by its value alone inside a text (a string literal's value,
 * a template part, a comment, a whole file).
 *
 * One pass of a single alternation of literal prefixes finds candidate positions; only there do the
 * provider patterns (sticky, bounded) and structured detectors run. Every candidate costs a bounded
 * amount of work, so the scan is linear in the text's length, whatever it contains.
 */
import { entropyBelow } from '../entropy.js';
import { isPlaceholder } from './placeholder.js';
import { PROVIDERS, type ProviderSpec } from './providers.js';
import { STRUCTURED_DETECTORS } from './structured.js';
import { CONFIDENCE_RANK, type CompiledDetector, type Confidence, type Detection, type ScanOptions } from './types.js';

interface Handler {
  prefix: string;
  /** Lower wins when two detections cover the same span. */
  priority: number;
  provider?: ProviderSpec;
  run?: (text: string, pos: number, prefix: string) => Detection | undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const HANDLERS: readonly Handler[] = [
  ...PROVIDERS.flatMap((provider, index) => provider.prefixes.map((prefix) => ({ prefix, priority: index, provider }))),
  ...STRUCTURED_DETECTORS.flatMap((detector, index) =>
    detector.prefixes.map((prefix) => ({ prefix, priority: PROVIDERS.length + index, run: detector.detect })),
  ),
];

/**
 * Handlers by the first two characters of their prefix, indexed `c0 * 128 + c1` (a constant lookup table,
 * never mutated). Every prefix is ASCII and at least two characters long (checked here), so a position can
 * only start a prefix when its bigram is in the table.
 */
const HANDLERS_BY_BIGRAM: readonly (readonly Handler[] | undefined)[] = (() => {
  const table: (Handler[] | undefined)[] = new Array<Handler[] | undefined>(128 * 128).fill(undefined);
  for (const h of HANDLERS) {
    const c0 = h.prefix.charCodeAt(0);
    const c1 = h.prefix.charCodeAt(1);
    if (!(h.prefix.length >= 2 && c0 < 128 && c1 < 128)) throw new Error(`scan: prefix ${h.prefix} is not two ASCII characters or more`);
    (table[c0 * 128 + c1] ??= []).push(h);
  }
  return table;
})();

/**
 * The fast filter in front of {@link HANDLERS_BY_BIGRAM} (constant tables): per bigram, 0 when no prefix
 * starts with it, 1 when some prefix is just these two characters, else 2 + the row of `THIRD_CHARS` that
 * marks the third characters of the prefixes starting with it. Common bigrams (`re`, `co`) mostly stop there.
 */
const { BIGRAM_ROW, THIRD_CHARS } = (() => {
  const rows = new Int16Array(128 * 128);
  const longer = HANDLERS_BY_BIGRAM.flatMap((handlers, bigram) =>
    handlers !== undefined && handlers.every((h) => h.prefix.length >= 3) ? [bigram] : [],
  );
  const third = new Uint8Array(longer.length * 128);
  HANDLERS_BY_BIGRAM.forEach((handlers, bigram) => {
    if (handlers !== undefined) rows[bigram] = 1;
  });
  longer.forEach((bigram, row) => {
    rows[bigram] = 2 + row;
    for (const h of HANDLERS_BY_BIGRAM[bigram] ?? []) {
      const c2 = h.prefix.charCodeAt(2);
      if (c2 >= 128) throw new Error(`scan: prefix ${h.prefix} is not ASCII`);
      third[row * 128 + c2] = 1;
    }
  });
  return { BIGRAM_ROW: rows, THIRD_CHARS: third };
})();

/**
 * Bigrams of one character twice (`--`) whose every prefix goes on with another character after its run of
 * it (`-----BEGIN `): in a run of that character (a `// -----` separator), such a prefix can start only
 * where the run's last `lead` characters begin, so a run is looked at once, not at each of its positions.
 * Per bigram, its handlers with their lead, by decreasing lead (increasing position; the sort is stable,
 * so table order among equal leads); `undefined` for other bigrams. Constant.
 */
const RUN_HANDLERS: readonly (readonly { handler: Handler; lead: number }[] | undefined)[] = (() => {
  const table = new Array<{ handler: Handler; lead: number }[] | undefined>(128 * 128).fill(undefined);
  for (let c = 0; c < 128; c++) {
    const handlers = HANDLERS_BY_BIGRAM[c * 128 + c];
    if (handlers === undefined) continue;
    const leads = handlers.map((handler) => {
      let lead = 0;
      while (lead < handler.prefix.length && handler.prefix.charCodeAt(lead) === c) lead++;
      return { handler, lead };
    });
    // a prefix of that character alone may start anywhere in a run: such a bigram is scanned position by position
    if (leads.some(({ handler, lead }) => lead === handler.prefix.length)) continue;
    table[c * 128 + c] = leads.sort((a, b) => b.lead - a.lead);
  }
  return table;
})();

/** Source of the prefilter: the longest prefixes first, so one alternation covers all. */
const PREFILTER_SOURCE = [...new Set(HANDLERS.map((h) => h.prefix))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/**
 * The alternation of every prefix, for the ReDoS test; `scanText` finds the same positions (every one where
 * some prefix starts) with the bigram table instead.
 */
export const PREFILTER = new RegExp(PREFILTER_SOURCE);

const DEFAULT_TRAILING = /[A-Za-z0-9_]/;
const WORD_CHAR = /[A-Za-z0-9_]/;

function sticky(pattern: RegExp, withIndices: boolean): RegExp {
  const source = pattern.source.startsWith('^') ? pattern.source.slice(1) : pattern.source;
  return new RegExp(source, `${pattern.flags.replace(/[gyd]/g, '')}y${withIndices ? 'd' : ''}`);
}

interface ScanState {
  text: string;
  context: string;
  lowerText: string | undefined;
  stickies: Map<ProviderSpec, RegExp>;
}

function hasKeyword(state: ScanState, keywords: readonly string[]): boolean {
  const context = state.context;
  if (keywords.some((k) => context.includes(k))) return true;
  state.lowerText ??= state.text.toLowerCase();
  const lower = state.lowerText;
  return keywords.some((k) => lower.includes(k));
}

function runProvider(state: ScanState, spec: ProviderSpec, pos: number, prefix: string): Detection | undefined {
  const text = state.text;
  let start = pos;
  if (spec.lead) {
    const max = spec.leadMaxLength ?? 32;
    const lead = spec.lead.exec(text.slice(Math.max(0, pos - max), pos));
    if (!lead) return undefined;
    start = pos - lead[0].length;
  }
  if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) return undefined;
  let re = state.stickies.get(spec);
  if (!re) {
    re = sticky(spec.pattern, spec.secretGroup === true);
    state.stickies.set(spec, re);
  }
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (end < text.length && (spec.trailing ?? DEFAULT_TRAILING).test(text[end] as string)) return undefined;
  if (spec.publicByDesign) return undefined;
  const token = text.slice(start, end);
  const body = spec.lead ? token : token.slice(prefix.length);
  if (isPlaceholder(body)) return undefined;
  if (spec.minEntropy !== undefined && entropyBelow(body, spec.minEntropy)) return undefined;
  let confidence: Confidence = spec.confidence;
  if (spec.checksum && !spec.checksum(token)) confidence = 'low';
  if (spec.keywords && !hasKeyword(state, spec.keywords)) confidence = 'low';
  let secretStart = start;
  let secretEnd = end;
  if (spec.secretGroup) {
    const span = m.indices?.[1];
    if (span) {
      secretStart = span[0];
      secretEnd = span[1];
    }
  }
  return { detectorId: spec.id, kind: spec.kind, confidence, start: secretStart, end: secretEnd, envName: spec.envName };
}

interface Ranked {
  detection: Detection;
  priority: number;
}

function newState(text: string, options: ScanOptions): ScanState {
  return { text, context: (options.context ?? '').toLowerCase(), lowerText: undefined, stickies: new Map() };
}

/** `found` with `detection` added when it reaches `minRank` (the list is made on the first one). */
function add(found: Ranked[] | undefined, detection: Detection | undefined, priority: number, minRank: number): Ranked[] | undefined {
  if (!detection || CONFIDENCE_RANK[detection.confidence] < minRank) return found;
  if (found === undefined) return [{ detection, priority }];
  found.push({ detection, priority });
  return found;
}

/** The result of nearly every scan, shared (frozen) instead of a new empty array per string and comment. */
const NO_DETECTIONS: readonly Detection[] = Object.freeze([]);

/** Providers whose confidence depends on a keyword nearby (constant). */
const KEYWORD_DETECTOR_IDS: ReadonlySet<string> = new Set(PROVIDERS.flatMap((p) => (p.keywords ? [p.id] : [])));

/**
 * True when scanning the same text again with a `context` could change these detections (found without
 * one, and without keyword-gated custom detectors): a context only adds words for a provider's keyword
 * check, which can only raise a `low` detection of a keyword-gated provider. Any other result stands as it is.
 */
export function contextMayRaise(detections: readonly Detection[]): boolean {
  return detections.some((d) => d.confidence === 'low' && KEYWORD_DETECTOR_IDS.has(d.detectorId));
}

/**
 * Every credential recognisable by its value alone inside `text`, sorted by position. Detections
 * contained in another one (a token inside a URL's password, a key inside a PEM body) are merged into it.
 * `minConfidence` defaults to `'medium'`.
 */
export function scanText(text: string, options: ScanOptions = {}): readonly Detection[] {
  if (text.length < 8) return NO_DETECTIONS;
  const minRank = CONFIDENCE_RANK[options.minConfidence ?? 'medium'];
  // Each phase is a function of its own, optimised on its own: the candidate loop runs long on a long text.
  const custom = options.custom !== undefined && options.custom.length > 0 ? runCustom(text, options, options.custom, minRank) : undefined;
  const found = findCandidates(text, options, minRank, custom?.found, custom?.state);
  return found === undefined ? NO_DETECTIONS : merged(found);
}

function runCustom(
  text: string,
  options: ScanOptions,
  custom: readonly CompiledDetector[],
  minRank: number,
): { found: Ranked[] | undefined; state: ScanState | undefined } {
  let found: Ranked[] | undefined;
  let state: ScanState | undefined;
  for (const detector of custom) {
    if (detector.keywords.length > 0 && !hasKeyword((state ??= newState(text, options)), detector.keywords)) continue;
    for (const m of text.matchAll(detector.regex)) {
      if (m[0].length === 0) continue;
      const span = m.indices?.[1] ?? m.indices?.[0];
      if (!span) continue;
      const [s, e] = span;
      if (e <= s) continue;
      if (detector.minEntropy > 0 && entropyBelow(text.slice(s, e), detector.minEntropy)) continue;
      found = add(found, { detectorId: detector.id, kind: detector.kind, confidence: 'high', start: s, end: e }, -1, minRank);
    }
  }
  return { found, state };
}

/**
 * Every position where some prefix starts (prefixes may overlap: `https://hooks…` and `://`), found by
 * the bigram table: a position whose first two characters start no prefix is skipped in a few operations.
 * `state` is made on the first provider candidate: most texts have none.
 */
function findCandidates(
  text: string,
  options: ScanOptions,
  minRank: number,
  initial: Ranked[] | undefined,
  initialState: ScanState | undefined,
): Ranked[] | undefined {
  let found = initial;
  let state = initialState;
  const last = text.length - 1;
  let c1 = text.charCodeAt(0);
  for (let pos = 0; pos < last; pos++) {
    const c0 = c1;
    c1 = text.charCodeAt(pos + 1);
    if ((c0 | c1) >= 128) continue;
    const row = BIGRAM_ROW[(c0 << 7) | c1] as number;
    if (row === 0) continue;
    if (c0 === c1) {
      const run = RUN_HANDLERS[(c0 << 7) | c1];
      if (run !== undefined) {
        let end = pos + 2;
        while (end < text.length && text.charCodeAt(end) === c0) end++;
        for (const { handler, lead } of run) {
          const at = end - lead;
          if (at < pos || !text.startsWith(handler.prefix, at)) continue;
          const detection = handler.provider
            ? runProvider((state ??= newState(text, options)), handler.provider, at, handler.prefix)
            : handler.run?.(text, at, handler.prefix);
          found = add(found, detection, handler.priority, minRank);
        }
        // Every position up to end - 2 starts this bigram: go on at end - 1, the run's last character.
        pos = end - 2;
        continue;
      }
    }
    if (row > 1) {
      const c2 = text.charCodeAt(pos + 2); // NaN past the end
      if (!(c2 < 128) || THIRD_CHARS[(row - 2) * 128 + c2] === 0) continue;
    }
    const handlers = HANDLERS_BY_BIGRAM[(c0 << 7) | c1] as readonly Handler[];
    for (const h of handlers) {
      if (!text.startsWith(h.prefix, pos)) continue;
      const detection = h.provider ? runProvider((state ??= newState(text, options)), h.provider, pos, h.prefix) : h.run?.(text, pos, h.prefix);
      found = add(found, detection, h.priority, minRank);
    }
  }
  return found;
}

/** Position order: start, then the longer span, then the detector listed first. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.detection.start - b.detection.start ||
    b.detection.end - b.detection.start - (a.detection.end - a.detection.start) ||
    a.priority - b.priority
  );
}

/** The detections sorted by position, those contained in an earlier one dropped. */
function merged(found: Ranked[]): Detection[] {
  // Candidates come in text order, and so, nearly always, do their detections: sort only when needed
  // (the sort is stable, so an ordered list is its own result).
  for (let i = 1; i < found.length; i++) {
    if (compareRanked(found[i - 1] as Ranked, found[i] as Ranked) > 0) {
      found.sort(compareRanked);
      break;
    }
  }
  const kept: Detection[] = [];
  let coverStart = -1;
  let coverEnd = -1;
  for (const { detection } of found) {
    if (detection.start >= coverStart && detection.end <= coverEnd) continue;
    kept.push(detection);
    if (detection.end > coverEnd) {
      coverStart = detection.start;
      coverEnd = detection.end;
    }
  }
  return kept;
}
