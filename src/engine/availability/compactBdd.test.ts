import { describe, expect, it } from 'vitest';
import { BddManager } from './bdd';
import { BddCompactor, compactBdd } from './compactBdd';

describe('compactBdd: a numbering that depends only on the functions', () => {
  it('numbers depth-first from the roots in order, lo before hi, children first, with dense levels', () => {
    const manager = new BddManager();
    const [x, y, z] = [100, 200, 300].map((key) => manager.variable(key)) as [number, number, number];
    const either = manager.or(x, z); // level 0 → (lo: z, hi: 1)
    const both = manager.and(y, z); // level 1 → (lo: 0, hi: z)
    const bdd = compactBdd(manager, [both, either], Int32Array.of(100, 200, 300), Int32Array.of(7, 8, 9));
    // Post-order from `both`: z = 2, both = 3; then from `either`: either = 4 (z is numbered already).
    expect(bdd).toEqual({
      level: Int32Array.of(0, 0, 2, 1, 0),
      lo: Int32Array.of(0, 0, 0, 0, 2),
      hi: Int32Array.of(0, 0, 1, 2, 1),
      variableAtLevel: Int32Array.of(7, 8, 9),
      roots: Int32Array.of(3, 4),
    });
  });

  it('is the same for the same functions built in another order, in a manager full of other nodes', () => {
    const variables = (manager: BddManager) => [10, 20, 30, 40].map((key) => manager.variable(key)) as [number, number, number, number];
    const twoOfFour = (manager: BddManager) => manager.atLeast(2, variables(manager));
    const mixed = (manager: BddManager) => {
      const v = variables(manager);
      return manager.or(manager.and(v[0], v[3]), v[2]);
    };
    const fresh = new BddManager();
    const roots = [twoOfFour(fresh), mixed(fresh)];
    const used = new BddManager();
    [40, 30, 20, 10].forEach((key, i) => used.or(used.variable(key), used.variable(5 + i)));
    const second = mixed(used);
    const first = twoOfFour(used);
    const keys = Int32Array.of(10, 20, 30, 40);
    const order = Int32Array.of(0, 1, 2, 3);
    expect(compactBdd(used, [first, second], keys, order)).toEqual(compactBdd(fresh, roots, keys, order));
  });

  it('is the same from a compactor reused across diagrams and managers as from a fresh one', () => {
    // n-of-2n over 2n variables: the larger diagram first, so the smaller ones follow over stale marks and node slots.
    const threshold = (manager: BddManager, n: number) => manager.atLeast(n, [...Array(2 * n).keys()].map((i) => manager.variable(10 * (i + 1))));
    const keysOf = (n: number) => Int32Array.from([...Array(2 * n).keys()], (i) => 10 * (i + 1));
    const orderOf = (n: number) => Int32Array.from([...Array(2 * n).keys()]);
    const compactor = new BddCompactor();
    const shared = new BddManager();
    for (const [manager, n] of [[shared, 12], [shared, 3], [new BddManager(), 5], [shared, 8]] as const) {
      const root = threshold(manager, n);
      const reference = new BddManager();
      expect(compactor.compact(manager, [root], keysOf(n), orderOf(n))).toEqual(compactBdd(reference, [threshold(reference, n)], keysOf(n), orderOf(n)));
    }
  });
});
