import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BddManager, BddTooLarge } from './bdd';
import { compactBdd } from './compactBdd';
import { bddFailureProbabilities, bddImportanceGradient } from './bddProbability';
import { compileBdd } from './compileBdd';
import { evaluateFaultTree, FaultTreeBuilder, type FaultTree } from './faultTree';
import { buildRandomTree, randomTree } from '../test/randomFaultTree';

/** Independent reference: P(root fails) by enumerating all 2^V assignments of the fault tree. */
function enumerate(tree: FaultTree, root: number, q: number[]): number {
  const v = tree.variables.length;
  let total = 0;
  for (let mask = 0; mask < 1 << v; mask += 1) {
    const failed = q.map((_, i) => ((mask >> i) & 1) === 1);
    const state = evaluateFaultTree(tree, failed);
    if (state[root]) total += failed.reduce((p, f, i) => p * (f ? (q[i] as number) : 1 - (q[i] as number)), 1);
  }
  return total;
}

/** Whether `build` (then the manager's `finishBuild`) stays within the budget the manager was given. */
function buildVerdict(manager: BddManager, build: () => void): 'built' | 'too large' {
  try {
    build();
    manager.finishBuild();
    return 'built';
  } catch (error) {
    if (!(error instanceof BddTooLarge)) throw error;
    return 'too large';
  }
}

describe('BDD probability pass', () => {
  it('equals brute-force enumeration on random threshold fault trees, under any variable order', () => {
    fc.assert(
      fc.property(randomTree, ({ variables, q, gates, order }) => {
        const { tree, root } = buildRandomTree(variables, gates);
        const bdd = compileBdd(tree, Int32Array.from(order), [root]);
        const failure = bddFailureProbabilities(bdd, Float64Array.from(q));
        const exact = enumerate(tree, root, q);
        const got = failure[bdd.roots[0] as number] as number;
        expect(Math.abs(got - exact)).toBeLessThanOrEqual(1e-12 * Math.max(exact, 1e-300) + 1e-300);
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('gives q·∂U/∂q = U − U(q = 0) for every variable (checked by re-evaluation)', () => {
    fc.assert(
      fc.property(randomTree, ({ variables, q, gates, order }) => {
        const { tree, root } = buildRandomTree(variables, gates);
        const bdd = compileBdd(tree, Int32Array.from(order), [root]);
        const qs = Float64Array.from(q);
        const failure = bddFailureProbabilities(bdd, qs);
        const u = failure[bdd.roots[0] as number] as number;
        const gradient = bddImportanceGradient(bdd, qs, failure, Float64Array.of(1));
        for (let v = 0; v < variables; v += 1) {
          const perfect = qs.slice();
          perfect[v] = 0;
          const without = bddFailureProbabilities(bdd, perfect)[bdd.roots[0] as number] as number;
          expect((qs[v] as number) * (gradient[v] as number)).toBeCloseTo(u - without, 12);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('keeps U = 1e-20 exact: AND of four variables at q = 1e-5', () => {
    const builder = new FaultTreeBuilder();
    const vars = [0, 1, 2, 3].map((i) => builder.addVariable({ id: `v${i}`, kind: 'component', elementId: `v${i}`, atomic: true }));
    const root = builder.and(vars);
    const bdd = compileBdd(builder.build(), Int32Array.of(0, 1, 2, 3), [root]);
    const u = bddFailureProbabilities(bdd, Float64Array.of(1e-5, 1e-5, 1e-5, 1e-5))[bdd.roots[0] as number] as number;
    expect(u / 1e-20).toBeCloseTo(1, 12);
  });
});

describe('BddManager node count: what a fresh manager would create, whatever this one holds', () => {
  /** Builds ((x0 ∨ x1) ∧ (x2 ∨ x3)) ∨ (x4 ∧ x5), variable i at level `key(i)`. */
  const build = (manager: BddManager, key: (i: number) => number) => {
    const x = [0, 1, 2, 3, 4, 5].map((i) => manager.variable(key(i)));
    const left = manager.and(manager.or(x[0] as number, x[1] as number), manager.or(x[2] as number, x[3] as number));
    return manager.or(left, manager.and(x[4] as number, x[5] as number));
  };

  it('counts the nodes the operations reach, not those they create', () => {
    const fresh = new BddManager();
    fresh.startCount(Infinity);
    build(fresh, (i) => 10 * (i + 1));
    const used = new BddManager();
    build(used, (i) => 10 * (6 - i)); // the reverse order: nodes the next build cannot use
    build(used, (i) => 10 * (i + 1));
    used.startCount(Infinity);
    build(used, (i) => 10 * (i + 1)); // creates nothing, reaches everything
    expect(used.reachedCount).toBe(fresh.size);
  });

  it('throws BddTooLarge once the count passes the budget, in a fresh manager and a used one alike', () => {
    const fresh = new BddManager();
    fresh.startCount(Infinity);
    build(fresh, (i) => i + 1);
    for (const used of [false, true]) {
      const manager = new BddManager();
      if (used) build(manager, (i) => i + 1);
      manager.startCount(fresh.size - 1);
      expect(() => build(manager, (i) => i + 1)).toThrow(BddTooLarge);
      manager.startCount(fresh.size);
      expect(() => build(manager, (i) => i + 1)).not.toThrow();
    }
  });
});

describe('BddManager garbage collection', () => {
  /** A random formula programme: each step combines two earlier results (or variables) by ite with a third. */
  const programme = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 25 });
  /** Runs `steps` over 8 variables at levels 10, 20, … (an order shared by every run); returns every result. */
  const run = (manager: BddManager, steps: readonly (readonly [number, number, number])[]) => {
    const results = [...Array(8).keys()].map((i) => manager.variable(10 * (i + 1)));
    for (const [f, g, h] of steps) results.push(manager.ite(results[f % results.length] as number, results[g % results.length] as number, results[h % results.length] as number));
    return results;
  };
  const keys = Int32Array.from([...Array(8).keys()], (i) => 10 * (i + 1));
  const order = Int32Array.from([...Array(8).keys()]);

  it('keeps what the last count reached (even a count the budget stopped), so later builds equal a fresh manager’s', () => {
    fc.assert(
      fc.property(programme, programme, fc.oneof(fc.integer({ min: 2, max: 40 }), fc.constant(Infinity)), programme, fc.boolean(), (before, counted, budget, more, again) => {
        const manager = new BddManager();
        run(manager, before);
        manager.startCount(budget);
        try {
          run(manager, counted);
        } catch (error) {
          if (!(error instanceof BddTooLarge)) throw error;
        }
        const held = manager.size;
        manager.collectGarbage();
        expect(manager.size).toBeLessThanOrEqual(held);
        if (budget === Infinity) expect(manager.size).toBe(manager.reachedCount);
        // Redoing the counted steps finds them among the kept nodes and remembered results.
        const after = again ? [...counted, ...more] : more;
        manager.startCount(Infinity);
        const fresh = new BddManager();
        expect(compactBdd(manager, run(manager, after), keys, order)).toEqual(compactBdd(fresh, run(fresh, after), keys, order));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('a lazy build (startBuild) throws exactly when a counted one would, keeps what it reached, and answers as a fresh manager', () => {
    const outcome = (manager: BddManager, steps: readonly (readonly [number, number, number])[]) => buildVerdict(manager, () => run(manager, steps));
    fc.assert(
      // Budgets around what the programmes reach: held nodes below, across and above them, so lazy builds start counting before, during and never.
      fc.property(programme, programme, fc.integer({ min: 2, max: 60 }), programme, (before, steps, budget, more) => {
        const counted = new BddManager();
        run(counted, before);
        counted.startCount(budget);
        const lazy = new BddManager();
        run(lazy, before);
        lazy.startBuild(budget);
        const built = outcome(lazy, steps);
        expect(built).toBe(outcome(counted, steps));
        lazy.collectGarbage();
        if (built === 'built') expect(lazy.size).toBe(counted.reachedCount);
        lazy.startBuild(Infinity);
        const fresh = new BddManager();
        expect(compactBdd(lazy, run(lazy, more), keys, order)).toEqual(compactBdd(fresh, run(fresh, more), keys, order));
      }),
      { numRuns: 400, seed: 29 },
    );
  });

  it('lazy builds of programmes seen before, some too large, each throw exactly when a fresh counted manager does', () => {
    // The same few programmes again and again under one budget, some after unrelated nodes (other variables)
    // that make the build too large by their number: a call whose expansion stopped a build is tried alone at
    // the next one and stops every later build that makes it only if it is too large on its own.
    const unrelated = (manager: BddManager, count: number) => {
      let chain = manager.variable(1000);
      for (let i = 1; i < count; i += 1) chain = manager.and(chain, manager.variable(1000 + i));
    };
    const verdict = (manager: BddManager, steps: readonly (readonly [number, number, number])[], padding: number, budget: number, lazy: boolean) => {
      if (lazy) manager.startBuild(budget);
      else manager.startCount(budget);
      return buildVerdict(manager, () => {
        unrelated(manager, padding);
        run(manager, steps);
      });
    };
    fc.assert(
      fc.property(
        fc.array(programme, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.boolean()), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 2, max: 50 }),
        (programmes, builds, budget) => {
          const manager = new BddManager();
          for (const [pick, padding, collect] of builds) {
            const steps = programmes[pick % programmes.length] ?? [];
            const fresh = new BddManager();
            const built = verdict(manager, steps, padding, budget, true);
            expect(built).toBe(verdict(fresh, steps, padding, budget, false));
            // A build counted at its end counts what the fresh one did; a collection then keeps exactly that.
            if (built === 'built' && manager.countedReach !== undefined) expect(manager.countedReach).toBe(fresh.reachedCount);
            if (collect) {
              manager.collectGarbage();
              if (built === 'built') expect(manager.size).toBe(fresh.reachedCount);
            }
          }
        },
      ),
      { numRuns: 500, seed: 31 },
    );
  });

  it('stops at once, adding no node, a build that makes a call found too large on its own', () => {
    // g = x0 ∨ … ∨ x3, h = x4 ∧ x5 ∧ x6, result = ite(x7, g, h): with x7 at the bottom, the result alone is larger than its operands.
    const build = (manager: BddManager) => {
      const x = [...Array(8).keys()].map((i) => manager.variable(10 * (i + 1)));
      const g = [1, 2, 3].reduce((acc, i) => manager.or(acc, x[i] as number), x[0] as number);
      const h = [5, 6].reduce((acc, i) => manager.and(acc, x[i] as number), x[4] as number);
      return manager.ite(x[7] as number, g, h);
    };
    const alone = new BddManager();
    const variables = [...Array(8).keys()].map((i) => alone.variable(10 * (i + 1)));
    const g = [1, 2, 3].reduce((acc, i) => alone.or(acc, variables[i] as number), variables[0] as number);
    const h = [5, 6].reduce((acc, i) => alone.and(acc, variables[i] as number), variables[4] as number);
    alone.startCount(Infinity);
    alone.ite(variables[7] as number, g, h);
    const budget = alone.reachedCount - 1;
    const fresh = new BddManager();
    fresh.startCount(budget);
    expect(() => build(fresh)).toThrow(BddTooLarge);
    const manager = new BddManager();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      manager.startBuild(budget);
      expect(() => build(manager)).toThrow(BddTooLarge);
    }
    manager.startBuild(budget);
    const held = manager.size;
    expect(() => build(manager)).toThrow(BddTooLarge);
    expect(manager.size).toBe(held);
  });

  it('keeps a remembered result whole when the budget stopped the count in the middle of walking it', () => {
    // g = x0 ∨ … ∨ x3, h = x4 ∧ x5 ∧ x6, result = ite(x7, g, h): with x7 at the bottom, every node of the result is new.
    const build = (manager: BddManager) => {
      const x = [...Array(8).keys()].map((i) => manager.variable(10 * (i + 1)));
      const g = [1, 2, 3].reduce((acc, i) => manager.or(acc, x[i] as number), x[0] as number);
      const h = [5, 6].reduce((acc, i) => manager.and(acc, x[i] as number), x[4] as number);
      return { result: () => manager.ite(x[7] as number, g, h) };
    };
    const counting = new BddManager();
    counting.startCount(Infinity);
    build(counting);
    const operandNodes = counting.reachedCount;
    const manager = new BddManager();
    build(manager).result();
    manager.startCount(operandNodes + 2);
    expect(() => build(manager).result()).toThrow(BddTooLarge);
    manager.collectGarbage();
    manager.startCount(Infinity);
    const fresh = new BddManager();
    expect(compactBdd(manager, [build(manager).result()], keys, order)).toEqual(compactBdd(fresh, [build(fresh).result()], keys, order));
  });
});

describe('BddManager on diagrams deeper than the call stack', () => {
  it('ORs two interleaved chains of 30 000 variables each (a recursive ITE overflowed at ~6 000 levels)', () => {
    const levels = 60_000;
    const manager = new BddManager();
    let odd = 0;
    let even = 0;
    for (let level = levels - 1; level >= 0; level -= 1) {
      if (level % 2 === 1) odd = manager.or(manager.variable(level), odd);
      else even = manager.or(manager.variable(level), even);
    }
    // Any variable down fails the OR: one node per level, each `hi` the terminal 1, `lo` the next level.
    let node = manager.or(odd, even);
    for (let level = 0; level < levels; level += 1) {
      expect([manager.level[node], manager.hi[node]]).toEqual([level, 1]);
      node = manager.lo[node] as number;
    }
    expect(node).toBe(0);
  });
});
