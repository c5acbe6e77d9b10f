/**
 * The persistent property map of taint values: checked against a plain Map on random histories of writes,
 * deletions, branches and joins (a branch derives two maps from one, as the two arms of an `if` do).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PropMap } from '../../../src/core/taint/props.js';
import type { TaintValue } from '../../../src/core/taint/types.js';

/** Values are compared by identity; a join makes a new value naming both. */
const values = new Map<string, TaintValue>();
function value(name: string): TaintValue {
  let v = values.get(name);
  if (!v) values.set(name, (v = { tags: new Set([name]) }));
  return v;
}
function joinValue(x: TaintValue | undefined, y: TaintValue | undefined): TaintValue | undefined {
  if (!x) return y;
  if (!y || x === y) return x;
  return { tags: new Set([...(x.tags ?? []), ...(y.tags ?? [])]) };
}
const tagsOf = (v: TaintValue | undefined): string[] => [...(v?.tags ?? [])].sort();

type Model = Map<string, TaintValue>;
function modelJoin(a: Model, b: Model): Model {
  const result = new Map(a);
  for (const [k, v] of b) result.set(k, joinValue(a.get(k), v) as TaintValue);
  return result;
}

/**
 * The map says what the model says: names, values (joined values by the tags they carry), and the entries,
 * in the model's order when nothing was deleted (a name deleted and written again may keep its old place).
 */
function expectSame(map: PropMap | undefined, model: Model, names: readonly string[], ordered: boolean): void {
  expect(map?.size ?? 0).toBe(model.size);
  for (const name of names) {
    expect(map?.has(name) ?? false).toBe(model.has(name));
    expect(tagsOf(map?.get(name))).toEqual(tagsOf(model.get(name)));
  }
  const entries = [...(map ?? [])].map(([k, v]) => `${k}=${tagsOf(v).join('+')}`);
  const expected = [...model].map(([k, v]) => `${k}=${tagsOf(v).join('+')}`);
  if (ordered) expect(entries).toEqual(expected);
  else expect(entries.sort()).toEqual(expected.sort());
}

const NAMES = Array.from({ length: 12 }, (_, i) => `p${i}`);
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), name: fc.constantFrom(...NAMES), value: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('branch' as const), left: fc.nat(4), right: fc.nat(4), seed: fc.nat() }),
);
const opNoDelete = op.filter((o) => o.kind !== 'delete');

describe('PropMap', () => {
  it.each([
    ['writes and deletions', op, false],
    ['writes only, in insertion order', opNoDelete, true],
  ])('reads, iterates and joins like a Map over random histories of %s, with branches', (_, ops_, ordered) => {
    fc.assert(
      fc.property(fc.array(ops_, { maxLength: 80 }), (ops) => {
        let map: PropMap | undefined;
        let model: Model = new Map();
        let esc: PropMap | undefined;
        let escModel: Model = new Map();
        const apply = (m: PropMap | undefined, mm: Model, o: { name: string; value?: string }): [PropMap | undefined, Model] => {
          const next = new Map(mm);
          if (o.value === undefined) {
            next.delete(o.name);
            return [m?.delete(o.name), next];
          }
          const v = value(o.value);
          next.set(o.name, v);
          return [m ? m.set(o.name, v) : PropMap.of([[o.name, v]]), next];
        };
        for (const o of ops) {
          if (o.kind === 'set') [map, model] = apply(map, model, o);
          else if (o.kind === 'delete') [map, model] = apply(map, model, o);
          else {
            // two arms writing a few names each from the same map, then joined
            let [l, lm] = [map, model];
            let [r, rm] = [map, model];
            for (let i = 0; i < o.left; i++) [l, lm] = apply(l, lm, { name: NAMES[(o.seed + i) % NAMES.length] as string, value: 'l' });
            for (let i = 0; i < o.right; i++) [r, rm] = apply(r, rm, { name: NAMES[(o.seed * 7 + i) % NAMES.length] as string, value: 'r' });
            expectSame(l, lm, NAMES, ordered);
            expectSame(r, rm, NAMES, ordered);
            const joined = PropMap.join(l, r, joinValue);
            const joinedModel = modelJoin(lm, rm);
            expectSame(joined, joinedModel, NAMES, ordered);
            // the same content as a map rebuilt from its entries
            const sameTags = (x: TaintValue | undefined, y: TaintValue | undefined): boolean => tagsOf(x).join() === tagsOf(y).join();
            if (joined) expect(PropMap.same(joined, PropMap.of([...joined]), sameTags)).toBe(true);
            map = joined;
            model = joinedModel;
          }
          expectSame(map, model, NAMES, ordered);
          // a flow-insensitive value joined with the map at every step (a variable written from another
          // function), read back joined the other way round
          esc = PropMap.join(esc, map, joinValue);
          escModel = modelJoin(escModel, model);
          expectSame(esc, escModel, NAMES, ordered);
          expectSame(PropMap.join(map, esc, joinValue), modelJoin(model, escModel), NAMES, ordered);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every name of 10,000 writes, each write sharing the layers of the map before it', () => {
    let map = PropMap.of([]);
    const versions: PropMap[] = [];
    for (let i = 0; i < 10_000; i++) {
      map = map.set(`p${i}`, value(i % 2 ? 'a' : 'b'));
      if (i % 1000 === 0) versions.push(map);
    }
    expect(map.size).toBe(10_000);
    expect(map.get('p9999')).toBe(value('a'));
    expect(map.get('p0')).toBe(value('b'));
    expect(map.get('p10000')).toBeUndefined();
    // older versions are unchanged
    expect(versions[1]?.size).toBe(1001);
    expect(versions[1]?.get('p1001')).toBeUndefined();
    // two arms from the same map, each with one write: the join costs the two names, and holds both
    const left = map.set('x', value('a'));
    const right = map.set('y', value('b'));
    const joined = PropMap.join(left, right, joinValue);
    expect(joined?.size).toBe(10_002);
    expect(joined?.get('x')).toBe(value('a'));
    expect(joined?.get('y')).toBe(value('b'));
    expect(PropMap.same(left, map.set('x', value('a')), (x, y) => x === y)).toBe(true);
    expect(PropMap.same(left, right, (x, y) => x === y)).toBe(false);
  });
});
