/**
 * The property map of a taint value ({@link PropMap}): persistent, so that a write makes a new map in
 * O(log n) without copying the old one, and every name is kept (no folding into `*`).
 *
 * A map is a stack of layers, oldest first: each layer maps names written together to their values (`null`
 * for a deleted name), and a read asks the layers newest first. A write adds a one-entry layer on top of the
 * compacted layers of the map it starts from; compaction merges the top layers while a layer is less than
 * twice the size of the one above it, like a binary counter, so a layer's entries are copied O(log n) times
 * along a chain of writes and a map has O(log n) layers. The compaction is remembered by the map it was made
 * for: maps derived from the same one (the branches of an `if`) share it and its layers. Joins and
 * comparisons look only at the layers two maps do not share: joining the two branches of an `if` that each
 * wrote one property costs two reads, whatever the size of the object.
 */
import type { TaintValue } from './types.js';

/** Names written together and their values; `null`: the name was deleted. The first layer holds no `null`. */
type Layer = ReadonlyMap<string, TaintValue | null>;

/** Merges a layer into the one below it; in the first layer a deleted name is simply absent. */
function mergeLayers(older: Layer, newer: Layer, first: boolean): Layer {
  const merged = new Map(older);
  for (const [k, v] of newer) {
    if (v === null && first) merged.delete(k);
    else merged.set(k, v);
  }
  return merged;
}

function commonPrefix(a: readonly Layer[], b: readonly Layer[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** An immutable map from property names (`*`: any element or other property) to values. */
export class PropMap implements Iterable<[string, TaintValue]> {
  /** The layers, oldest first: compacted, except that the last may be larger than the rule allows. */
  private readonly layers: readonly Layer[];
  /** The number of names. */
  readonly size: number;
  /** Memo: {@link layers} compacted, the base of every map derived from this one. */
  private compactedLayers: readonly Layer[] | undefined;
  /** The map this one was made from by writing (or deleting) {@link fromName}. */
  private readonly from: PropMap | undefined;
  private readonly fromName: string | undefined;
  /** Memo: a map this one is known to hold (it is the join of something with it). */
  private joinedFrom: PropMap | undefined;

  private constructor(layers: readonly Layer[], size: number, from?: PropMap, fromName?: string) {
    this.layers = layers;
    this.size = size;
    this.from = from;
    this.fromName = fromName;
  }

  /** A map of the entries (a later entry with the same name replaces an earlier one). */
  static of(entries: Iterable<readonly [string, TaintValue]>): PropMap {
    const layer = new Map<string, TaintValue>(entries);
    return new PropMap(layer.size > 0 ? [layer] : [], layer.size);
  }

  get(name: string): TaintValue | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const v = (this.layers[i] as Layer).get(name);
      if (v !== undefined) return v ?? undefined;
    }
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** This map with `name` set to `value` (this map itself when it already holds that value). */
  set(name: string, value: TaintValue): PropMap {
    const old = this.get(name);
    if (old === value) return this;
    return new PropMap([...this.compacted(), new Map([[name, value]])], old ? this.size : this.size + 1, this, name);
  }

  /** This map without `name`. */
  delete(name: string): PropMap {
    if (!this.has(name)) return this;
    return new PropMap([...this.compacted(), new Map([[name, null]])], this.size - 1, this, name);
  }

  /**
   * The entries in insertion order (a name set again keeps its place), lazily: a reader that stops at the
   * first secret pays for what it reads, O(log n) an entry.
   */
  *entries(): Generator<[string, TaintValue]> {
    const layers = this.layers;
    if (layers.length === 1) {
      // the first layer holds no deleted names
      yield* (layers[0] as ReadonlyMap<string, TaintValue>).entries();
      return;
    }
    for (let i = 0; i < layers.length; i++) {
      for (const name of (layers[i] as Layer).keys()) {
        let seen = false;
        for (let j = 0; j < i && !seen; j++) seen = (layers[j] as Layer).has(name);
        if (seen) continue;
        const value = this.get(name);
        if (value !== undefined) yield [name, value];
      }
    }
  }

  [Symbol.iterator](): Generator<[string, TaintValue]> {
    return this.entries();
  }

  *values(): Generator<TaintValue> {
    for (const [, value] of this.entries()) yield value;
  }

  /**
   * The union of two maps, a name in both mapped to `joinValue` of its two values (never called with the
   * same value twice). Costs the number of names in the layers the two maps do not share.
   */
  static join(
    a: PropMap | undefined,
    b: PropMap | undefined,
    joinValue: (x: TaintValue | undefined, y: TaintValue | undefined) => TaintValue | undefined,
  ): PropMap | undefined {
    if (!a || a.size === 0) return b;
    if (!b || b.size === 0 || a === b) return a;
    const result =
      PropMap.joinFollowing(a, b, joinValue) ??
      PropMap.joinFollowing(b, a, (y, x) => joinValue(x, y)) ??
      PropMap.joinLayers(a, b, joinValue);
    if (result !== a && result !== b) result.joinedFrom = b;
    return result;
  }

  /**
   * The join when `a` holds a map `b` was made from by a few writes: `a` with those names joined. A variable
   * written again and again from another function is joined into its flow-insensitive value at each write
   * and each read, which this keeps from costing the size of the object.
   */
  private static joinFollowing(
    a: PropMap,
    b: PropMap,
    joinValue: (x: TaintValue | undefined, y: TaintValue | undefined) => TaintValue | undefined,
  ): PropMap | undefined {
    if (!a.joinedFrom) return undefined;
    const names: string[] = [];
    let c: PropMap | undefined = b;
    for (let steps = 0; c && c !== a.joinedFrom && steps < 32; steps++) {
      names.push(c.fromName as string);
      c = c.from;
    }
    if (c !== a.joinedFrom) return undefined;
    let result = a;
    // oldest write first: new names keep their order
    for (const name of names.reverse()) {
      const x = result.get(name);
      const y = b.get(name);
      const joined = x === y ? x : joinValue(x, y);
      if (joined !== undefined && joined !== x) result = result.set(name, joined);
    }
    return result;
  }

  /** The join by layers: only the names in the layers `a` and `b` do not share are looked at. */
  private static joinLayers(
    a: PropMap,
    b: PropMap,
    joinValue: (x: TaintValue | undefined, y: TaintValue | undefined) => TaintValue | undefined,
  ): PropMap {
    const [la, lb, shared] = PropMap.sharedLayers(a, b);
    const changes = new Map<string, TaintValue | null>();
    let size = a.size;
    // whether the result holds what `a` (`b`) holds for every name looked at: then it is `a` (`b`) itself,
    // and keeps sharing its layers with the maps derived from it
    let isA = true;
    let isB = true;
    const visit = (name: string, x: TaintValue | undefined, y: TaintValue | undefined): void => {
      const joined = x === y ? x : joinValue(x, y);
      if (joined !== x) isA = false;
      if (joined !== y) isB = false;
      if (joined === undefined) {
        // both deleted it since the shared layers: keep it deleted
        if (shared > 0) changes.set(name, null);
        return;
      }
      if (x === undefined) size++;
      changes.set(name, joined);
    };
    if (shared === 0) {
      // nothing shared: the result is `a` with `b`'s names joined in
      for (const [name, y] of b) visit(name, a.get(name), y);
      if (isA) return a;
      if (isB && size === b.size) return b;
      return new PropMap([...a.compacted(), changes], size);
    }
    for (const layers of [la, lb]) {
      for (let i = shared; i < layers.length; i++) {
        for (const name of (layers[i] as Layer).keys()) if (!changes.has(name)) visit(name, a.get(name), b.get(name));
      }
    }
    if (isA) return a;
    if (isB) return b;
    return new PropMap([...la.slice(0, shared), changes], size);
  }

  /** Whether two maps hold the same names with values `sameValue` says are the same. */
  static same(a: PropMap, b: PropMap, sameValue: (x: TaintValue | undefined, y: TaintValue | undefined) => boolean): boolean {
    if (a === b) return true;
    if (a.size !== b.size) return false;
    const [la, lb, shared] = PropMap.sharedLayers(a, b);
    for (const layers of [la, lb]) {
      for (let i = shared; i < layers.length; i++) {
        for (const name of (layers[i] as Layer).keys()) {
          if (!sameValue(a.get(name), b.get(name))) return false;
        }
      }
    }
    return true;
  }

  /** The layers compacted: merged from the top while a layer is less than twice the size of the next. */
  private compacted(): readonly Layer[] {
    if (this.compactedLayers) return this.compactedLayers;
    const layers = [...this.layers];
    for (let n = layers.length; n >= 2 && (layers[n - 2] as Layer).size < 2 * (layers[n - 1] as Layer).size; n--) {
      const newer = layers.pop() as Layer;
      const older = layers.pop() as Layer;
      layers.push(mergeLayers(older, newer, layers.length === 0));
    }
    this.compactedLayers = layers;
    return layers;
  }

  /**
   * The representations of `a` and `b` (as made, or compacted) that share the most layers, and how many
   * they share: a map and the maps derived from it share the compacted layers.
   */
  private static sharedLayers(a: PropMap, b: PropMap): [readonly Layer[], readonly Layer[], number] {
    let best: [readonly Layer[], readonly Layer[], number] = [a.layers, b.layers, commonPrefix(a.layers, b.layers)];
    for (const la of [a.layers, a.compactedLayers]) {
      for (const lb of [b.layers, b.compactedLayers]) {
        if (!la || !lb || (la === a.layers && lb === b.layers)) continue;
        const shared = commonPrefix(la, lb);
        if (shared > best[2]) best = [la, lb, shared];
      }
    }
    return best;
  }
}
