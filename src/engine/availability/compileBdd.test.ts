import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BddTooLarge } from './bdd';
import type { CompactBdd } from './compactBdd';
import { BddCompiler, compileBdd } from './compileBdd';
import { FaultTreeBuilder, type FaultTree } from './faultTree';

/** A fault tree over some of the variables `v0` … `v9` (the same id is the same variable in every tree), its variable order and roots. */
interface TreeCase {
  tree: FaultTree;
  order: Int32Array;
  roots: number[];
}

const treeCase: fc.Arbitrary<TreeCase> = fc
  .record({
    variables: fc.shuffledSubarray([...Array(10).keys()], { minLength: 2, maxLength: 10 }),
    gates: fc.array(fc.record({ threshold: fc.integer({ min: 1, max: 4 }), children: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 12 }),
    roots: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    shuffle: fc.nat(),
  })
  .map(({ variables, gates, roots, shuffle }) => {
    const builder = new FaultTreeBuilder();
    const nodes = variables.map((v) => builder.addVariable({ id: `v${v}`, kind: 'component', elementId: `v${v}`, atomic: true }));
    for (const gate of gates) {
      const children = gate.children.map((c) => nodes[c % nodes.length] as number);
      nodes.push(builder.atLeast(Math.min(gate.threshold, children.length), children));
    }
    // The order is the declaration order rotated, so consecutive trees often keep, and sometimes break, each other's relative order.
    const order = variables.map((_, i) => (i + shuffle) % variables.length);
    return { tree: builder.build(), order: Int32Array.from(order), roots: roots.map((r) => nodes[nodes.length - 1 - (r % gates.length)] as number) };
  });

const fresh = ({ tree, order, roots }: TreeCase, maxNodes = Infinity) => compileBdd(tree, order, roots, maxNodes);
const warm = (compiler: BddCompiler, { tree, order, roots }: TreeCase, maxNodes = Infinity) => compiler.compile(tree, order, roots, maxNodes);

/** Exact equality of two compact diagrams, much faster than `toEqual` on arrays of thousands of nodes. */
function sameDiagram(a: CompactBdd, b: CompactBdd): boolean {
  const same = (x: Int32Array, y: Int32Array) => x.length === y.length && x.every((value, i) => value === y[i]);
  return same(a.level, b.level) && same(a.lo, b.lo) && same(a.hi, b.hi) && same(a.variableAtLevel, b.variableAtLevel) && same(a.roots, b.roots);
}

function fits(compile: () => unknown): boolean {
  try {
    compile();
    return true;
  } catch (error) {
    if (error instanceof BddTooLarge) return false;
    throw error;
  }
}

/** The smallest node budget a fresh compiler fits `c` in (binary search). */
function freshThreshold(c: TreeCase): number {
  let low = 2;
  let high = 1 << 12;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (fits(() => fresh(c, middle))) high = middle;
    else low = middle + 1;
  }
  return low;
}

describe('BddCompiler: a warm compile is a cold compile', () => {
  it('gives, after any sequence of other trees, exactly the compact diagram of a fresh compiler', () => {
    fc.assert(
      fc.property(fc.array(treeCase, { minLength: 2, maxLength: 6 }), (cases) => {
        const compiler = new BddCompiler();
        for (const c of cases) expect(warm(compiler, c)).toEqual(fresh(c));
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('fits a node budget exactly when a fresh compiler does, whatever it built (or failed to build) before', () => {
    // The history compiles other trees and the last one itself, each within a budget that it may exceed.
    const step = fc.record({ tree: treeCase, itself: fc.boolean(), budget: fc.oneof(fc.integer({ min: 2, max: 60 }), fc.constant(Infinity)) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5 }), treeCase, (history, last) => {
        const threshold = freshThreshold(last);
        for (const [budget, expected] of [
          [threshold, true],
          [threshold - 1, false],
        ] as const) {
          const compiler = new BddCompiler();
          for (const { tree, itself, budget: historyBudget } of history) fits(() => warm(compiler, itself ? last : tree, historyBudget));
          expect(fits(() => warm(compiler, last, budget))).toBe(expected);
          if (expected) expect(warm(compiler, last, budget)).toEqual(fresh(last));
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('reuses the diagram below a variable inserted in the middle of the order (levels are kept, not renumbered)', () => {
    // f = (x0 ∧ y0) ∨ … ∨ (x19 ∧ y19), pairs adjacent in the order; then f ∨ z with z ordered between pair 9 and pair 10.
    const build = (withZ: boolean): TreeCase => {
      const builder = new FaultTreeBuilder();
      const declare = (id: string) => builder.addVariable({ id, kind: 'component', elementId: id, atomic: true });
      const pairs = [...Array(20).keys()].map((i) => [declare(`x${i}`), declare(`y${i}`)] as const);
      const z = withZ ? [declare('z')] : [];
      const root = builder.or([...pairs.map(([x, y]) => builder.and([x, y])), ...z]);
      const order = [...Array(40).keys()];
      if (withZ) order.splice(20, 0, 40);
      return { tree: builder.build(), order: Int32Array.from(order), roots: [root] };
    };
    const compiler = new BddCompiler();
    warm(compiler, build(false));
    const before = compiler.heldNodes;
    const edited = build(true);
    expect(warm(compiler, edited)).toEqual(fresh(edited));
    const freshCompiler = new BddCompiler();
    warm(freshCompiler, edited);
    expect(compiler.heldNodes - before).toBeLessThan(0.6 * freshCompiler.heldNodes);
  });

  it('frees the dead nodes once it holds over 3 × max(live nodes, 65 536), so memory stays bounded, and still answers as a fresh compiler', () => {
    // f = (x0 ∧ y0) ∨ … ∨ (x11 ∧ y11) with the xs above the ys: ~2¹³ nodes, and each rotated order makes most of them anew.
    const pairs = 12;
    const builder = new FaultTreeBuilder();
    const declare = (id: string) => builder.addVariable({ id, kind: 'component', elementId: id, atomic: true });
    const xs = [...Array(pairs).keys()].map((i) => declare(`x${i}`));
    const ys = [...Array(pairs).keys()].map((i) => declare(`y${i}`));
    const root = builder.or(xs.map((x, i) => builder.and([x, ys[i] as number])));
    const tree = builder.build();
    const compiler = new BddCompiler();
    const held: number[] = [];
    for (let round = 0; round < 60; round += 1) {
      const c = { tree, order: Int32Array.from([...Array(2 * pairs).keys()].map((i) => (i + 2 * round) % (2 * pairs))), roots: [root] };
      expect(sameDiagram(warm(compiler, c), fresh(c))).toBe(true);
      held.push(compiler.heldNodes);
    }
    expect(held.some((nodes, i) => i > 0 && nodes < (held[i - 1] as number))).toBe(true);
    expect(Math.max(...held)).toBeLessThan(3 * 65_536 + (1 << 14));
  });
});

describe('BddCompiler: wide gates', () => {
  it.each(['and', 'or'] as const)('builds an %s over 2 000 targets in one zone ("zone down or target down") in nodes linear in the targets', (gate) => {
    // The zone is the top variable of every child; targets lie below it, the first one highest. Folded
    // by their top level, each next target went under all the others and rebuilt the chain: ~n²/2 nodes.
    const targets = 2000;
    const builder = new FaultTreeBuilder();
    const declare = (id: string) => builder.addVariable({ id, kind: 'component', elementId: id, atomic: true });
    const zone = declare('zone');
    const children = [...Array(targets).keys()].map((i) => declare(`t${i}`)).map((target) => builder.or([zone, target]));
    const root = gate === 'and' ? builder.and(children) : builder.or(children);
    const compiler = new BddCompiler();
    const diagram = compiler.compile(builder.build(), Int32Array.from([...Array(targets + 1).keys()]), [root], 10 * targets);
    expect(diagram.level.length).toBeLessThanOrEqual(targets + 3);
    expect(compiler.heldNodes).toBeLessThanOrEqual(5 * targets);
  });
});
