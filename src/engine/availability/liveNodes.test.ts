import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BddManager } from './bdd';
import { LiveNodes } from './liveNodes';

/** Independent reference: the nodes `roots` reach in `manager`, terminals included, by a plain walk. */
function reachedByWalk(manager: BddManager, roots: readonly number[]): Set<number> {
  const seen = new Set<number>([0, 1]);
  const pending = [...roots];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    pending.push(manager.lo[node] as number, manager.hi[node] as number);
  }
  return seen;
}

describe('LiveNodes: the nodes the last results reach, by reference counts', () => {
  it('counts, after any sequence of result lists (repeats, terminals and collections among them), what a walk from the last list reaches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
        fc.array(fc.record({ picks: fc.array(fc.nat(), { maxLength: 12 }), collect: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        (steps, lists) => {
          const manager = new BddManager();
          const results = [0, 1, ...[...Array(8).keys()].map((i) => manager.variable(10 * (i + 1)))];
          for (const [f, g, h] of steps) results.push(manager.ite(results[f % results.length] as number, results[g % results.length] as number, results[h % results.length] as number));
          const live = new LiveNodes();
          let nodes = results;
          for (const { picks, collect } of lists) {
            const roots = picks.map((pick) => nodes[pick % nodes.length] as number);
            const count = live.update(manager.lo, manager.hi, manager.size, Int32Array.from(roots), roots.length);
            const reached = reachedByWalk(manager, roots);
            expect(count).toBe(reached.size);
            for (let id = 0; id < manager.size; id += 1) expect(live.isLive(id)).toBe(reached.has(id));
            if (collect) {
              // Keep exactly the live nodes, renumbered in order, as `BddManager.collectGarbage` does.
              const newId = new Int32Array(manager.size).fill(-1);
              let kept = 0;
              for (let id = 0; id < manager.size; id += 1) if (reached.has(id)) newId[id] = kept++;
              const lo = new Int32Array(kept);
              const hi = new Int32Array(kept);
              for (let id = 2; id < manager.size; id += 1) {
                const to = newId[id] as number;
                if (to < 0) continue;
                lo[to] = newId[manager.lo[id] as number] as number;
                hi[to] = newId[manager.hi[id] as number] as number;
              }
              live.renumber(newId, kept);
              nodes = [...new Set(roots.map((root) => newId[root] as number))];
              if (nodes.length === 0) nodes = [0];
              const again = live.update(lo, hi, kept, Int32Array.from(nodes), nodes.length);
              expect(again).toBe(kept);
              return;
            }
          }
        },
      ),
      { numRuns: 300, seed: 41 },
    );
  });

  it('counts from scratch after a collection it could not follow, even where a larger manager left counts before', () => {
    // A chain of 40 variables: every node reaches all those below it.
    const chain = (manager: BddManager, length: number) => {
      let node = 0;
      for (let level = length; level >= 1; level -= 1) node = manager.or(manager.variable(level), node);
      return node;
    };
    const large = new BddManager();
    const live = new LiveNodes();
    const largeRoot = chain(large, 40);
    expect(live.update(large.lo, large.hi, large.size, Int32Array.of(largeRoot), 1)).toBe(reachedByWalk(large, [largeRoot]).size);
    live.forget();
    // A smaller manager (as after a collection that freed most nodes), counted, then grown over the ids the large one used.
    const small = new BddManager();
    const first = small.variable(1);
    expect(live.update(small.lo, small.hi, small.size, Int32Array.of(first), 1)).toBe(3);
    const grown = chain(small, 30);
    expect(live.update(small.lo, small.hi, small.size, Int32Array.of(grown), 1)).toBe(reachedByWalk(small, [grown]).size);
    for (let id = 0; id < small.size; id += 1) expect(live.isLive(id)).toBe(reachedByWalk(small, [grown]).has(id));
  });
});

