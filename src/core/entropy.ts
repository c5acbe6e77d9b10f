/** Longest value whose characters are counted in two small arrays rather than a map (cheaper at this length). */
const SHORT_VALUE = 32;

/**
 * How far past a threshold a bound must be to decide {@link entropyBelow} without the sum: far more than
 * the rounding of the sum (a few ulps), far less than the closest a bound of a short value gets to a threshold.
 */
const BOUND_MARGIN = 1e-9;

/** Shannon entropy of a string in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  if (length <= SHORT_VALUE) return entropyOfCounts(countShort(value).counts, length);
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return entropyOfCounts(counts.values(), length);
}

/**
 * `shannonEntropy(value) < bits`, the same answer, mostly without the logarithms: the entropy lies between
 * the min-entropy `log2(length / most frequent count)` and `log2(distinct characters)`, and for most values
 * one of the two bounds is already on one side of the threshold.
 */
export function entropyBelow(value: string, bits: number): boolean {
  const length = value.length;
  if (length === 0 || length > SHORT_VALUE) return shannonEntropy(value) < bits;
  const { counts, most } = countShort(value);
  if (Math.log2(counts.length) < bits - BOUND_MARGIN) return true;
  if (Math.log2(length / most) > bits + BOUND_MARGIN) return false;
  return entropyOfCounts(counts, length) < bits;
}

/**
 * The count of each distinct code unit of a short value, in order of first occurrence (the order a Map
 * iterates them in), and the largest count.
 */
function countShort(value: string): { counts: number[]; most: number } {
  const codes: number[] = [];
  const counts: number[] = [];
  let most = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let k = 0;
    while (k < codes.length && codes[k] !== code) k++;
    if (k === codes.length) {
      codes.push(code);
      counts.push(0);
    }
    const count = (counts[k] as number) + 1;
    counts[k] = count;
    if (count > most) most = count;
  }
  return { counts, most };
}

/** The entropy of these counts, summed in their order: the same terms in the same order give the same bits. */
function entropyOfCounts(counts: Iterable<number>, length: number): number {
  let entropy = 0;
  for (const count of counts) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
