import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRandomTree, randomTree } from '../test/randomFaultTree';
import { bddFailureProbabilities, bddImportanceGradient } from './bddProbability';
import { BddProbabilityPasses } from './bddProbabilityPasses';
import { compileBdd } from './compileBdd';

/** A random BDD, then parameter edits: each sets a few variables' probabilities (0, a new value, or the same again). */
const editedBdd = randomTree.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    edits: fc.array(fc.array(fc.record({ variable: fc.nat({ max: spec.variables - 1 }), q: fc.oneof(fc.constant(0), fc.constant(-1), fc.double({ min: 1e-9, max: 0.5, noNaN: true })) }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 8,
    }),
    perfectLists: fc.array(fc.uniqueArray(fc.nat({ max: spec.variables - 1 }), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
  }),
);

/** Each number as it is (0 and −0 told apart): the passes must give the plain pass's array bit for bit. */
const numbers = (array: Float64Array) => Array.from(array);

describe('BddProbabilityPasses: the plain passes, redone only where the inputs changed', () => {
  it('gives the plain probability pass, gradient and perfect-element passes after any sequence of edits', () => {
    fc.assert(
      fc.property(editedBdd, ({ spec, weight, edits, perfectLists }) => {
        const { tree, root } = buildRandomTree(spec.variables, spec.gates);
        const bdd = compileBdd(tree, Int32Array.from(spec.order), [root]);
        const passes = new BddProbabilityPasses(bdd);
        const weights = Float64Array.of(weight);
        const q = Float64Array.from(spec.q);
        for (const edit of edits) {
          // −1 stands for "the value it had": an edit that changes nothing.
          for (const { variable, q: value } of edit) if (value >= 0) q[variable] = value;
          const fresh = bddFailureProbabilities(bdd, q);
          const failure = passes.failureProbabilities(q);
          expect(numbers(failure)).toEqual(numbers(fresh));
          expect(numbers(passes.importanceGradient(q, failure, weights))).toEqual(numbers(bddImportanceGradient(bdd, q, fresh, weights)));
          const withEachPerfect = perfectLists.map((list) => {
            const perfect = q.slice();
            for (const v of list) perfect[v] = 0;
            return weight * (bddFailureProbabilities(bdd, perfect)[bdd.roots[0] as number] as number);
          });
          expect(passes.weightedFailureWithEachPerfect(q, failure, weights, perfectLists)).toEqual(withEachPerfect);
          // The perfect-element passes leave the kept pass as it was.
          expect(numbers(failure)).toEqual(numbers(fresh));
        }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
