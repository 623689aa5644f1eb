import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bddFailureProbabilities, bddImportanceGradient } from './bddProbability';
import { compileBdd } from './compileBdd';
import { evaluateFaultTree, FaultTreeBuilder, type FaultTree } from './faultTree';

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

type GateSpec = { threshold: number; children: number[] };

/** Random monotone fault trees over ≤ 8 variables: each gate picks children among earlier nodes. */
const randomTree = fc
  .integer({ min: 2, max: 8 })
  .chain((variables) =>
    fc.record({
      variables: fc.constant(variables),
      q: fc.array(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), { minLength: variables, maxLength: variables }),
      gates: fc.array(fc.record({ threshold: fc.integer({ min: 1, max: 4 }), children: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 10 }),
      order: fc.shuffledSubarray([...Array(variables).keys()], { minLength: variables, maxLength: variables }),
    }),
  );

function build(variables: number, gates: GateSpec[]): { tree: FaultTree; root: number } {
  const builder = new FaultTreeBuilder();
  const nodes: number[] = [];
  for (let i = 0; i < variables; i += 1) nodes.push(builder.addVariable({ id: `v${i}`, kind: 'component', elementId: `v${i}`, atomic: true }));
  for (const gate of gates) {
    const children = gate.children.map((c) => nodes[c % nodes.length] as number);
    nodes.push(builder.atLeast(Math.min(gate.threshold, children.length), children));
  }
  return { tree: builder.build(), root: nodes[nodes.length - 1] as number };
}

describe('BDD probability pass', () => {
  it('equals brute-force enumeration on random threshold fault trees, under any variable order', () => {
    fc.assert(
      fc.property(randomTree, ({ variables, q, gates, order }) => {
        const { tree, root } = build(variables, gates);
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
        const { tree, root } = build(variables, gates);
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
