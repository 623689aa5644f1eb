import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRandomTree, randomTree } from '../test/randomFaultTree';
import { bddFailureProbabilities, bddImportanceGradient } from './bddProbability';
import { BddProbabilityPasses } from './bddProbabilityPasses';
import { compileBdd } from './compileBdd';

/**
 * A random BDD over one to three roots (the last gates), then parameter edits: each sets a few variables'
 * probabilities (0, a new value, or the same again) and sometimes a root's weight.
 */
const editedBdd = randomTree.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    rootCount: fc.integer({ min: 1, max: 3 }),
    weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    edits: fc.array(
      fc.record({
        changes: fc.array(fc.record({ variable: fc.nat({ max: spec.variables - 1 }), q: fc.oneof(fc.constant(0), fc.constant(-1), fc.double({ min: 1e-9, max: 0.5, noNaN: true })) }), { maxLength: 3 }),
        weight: fc.oneof(fc.constant(-1), fc.constant(-1), fc.double({ min: 0, max: 1, noNaN: true })),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    perfectLists: fc.array(fc.uniqueArray(fc.nat({ max: spec.variables - 1 }), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
  }),
);

/** Each number as it is (0 and −0 told apart): the passes must give the plain pass's array bit for bit. */
const numbers = (array: Float64Array) => Array.from(array);

/** Σ_r w_r · Q(root r), summed in root order as the passes sum it. */
function weightedFailure(roots: Int32Array, weights: Float64Array, failure: Float64Array): number {
  let weighted = 0;
  roots.forEach((node, r) => {
    weighted += (weights[r] as number) * (failure[node] as number);
  });
  return weighted;
}

describe('BddProbabilityPasses: the plain passes, redone only where the inputs changed', () => {
  it('gives the plain probability pass, gradient and perfect-element passes after any sequence of edits', () => {
    fc.assert(
      fc.property(editedBdd, ({ spec, rootCount, weights: initialWeights, edits, perfectLists }) => {
        const { tree, gateNodes } = buildRandomTree(spec.variables, spec.gates);
        const bdd = compileBdd(tree, Int32Array.from(spec.order), gateNodes.slice(-rootCount));
        const passes = new BddProbabilityPasses(bdd);
        const weights = Float64Array.from(initialWeights.slice(0, bdd.roots.length));
        const q = Float64Array.from(spec.q);
        edits.forEach(({ changes, weight }, i) => {
          // −1 stands for "the value it had": an edit that changes nothing.
          for (const { variable, q: value } of changes) if (value >= 0) q[variable] = value;
          if (weight >= 0) weights[i % weights.length] = weight;
          const fresh = bddFailureProbabilities(bdd, q);
          const failure = passes.failureProbabilities(q);
          expect(numbers(failure)).toEqual(numbers(fresh));
          expect(numbers(passes.importanceGradient(q, failure, weights))).toEqual(numbers(bddImportanceGradient(bdd, q, fresh, weights)));
          const withEachPerfect = perfectLists.map((list) => {
            const perfect = q.slice();
            for (const v of list) perfect[v] = 0;
            return weightedFailure(bdd.roots, weights, bddFailureProbabilities(bdd, perfect));
          });
          expect(passes.weightedFailureWithEachPerfect(q, failure, weights, perfectLists)).toEqual(withEachPerfect);
          // The perfect-element passes leave the kept pass as it was.
          expect(numbers(failure)).toEqual(numbers(fresh));
        });
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
