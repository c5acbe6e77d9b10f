/** Longest value whose characters are counted in two small arrays rather than a map (cheaper at this length). */
const SHORT_VALUE = 32;

/** Shannon entropy of a string in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  let entropy = 0;
  if (length <= SHORT_VALUE) {
    // The distinct code units in order of first occurrence, as the map below iterates them: the same terms
    // summed in the same order, so the same result to the last bit.
    const codes: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i);
      let k = 0;
      while (k < codes.length && codes[k] !== code) k++;
      if (k === codes.length) {
        codes.push(code);
        counts.push(1);
      } else counts[k] = (counts[k] as number) + 1;
    }
    for (const count of counts) {
      const p = count / length;
      entropy -= p * Math.log2(p);
    }
    return entropy;
  }
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
