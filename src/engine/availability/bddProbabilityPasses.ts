import { bddFailureProbabilities, bddFailureProbabilitiesAbove, bddImportanceGradient } from './bddProbability';
import type { CompactBdd } from './compactBdd';

/**
 * The probability passes over one compact BDD for the parameters an engine session evaluates one after
 * another, each giving exactly what the plain pass gives (`bddFailureProbabilities`,
 * `bddImportanceGradient`), whatever came before. They redo only the nodes whose inputs changed
 * (`bddFailureProbabilitiesAbove`: an instance-count edit changes one variable, and only the nodes at its
 * level and nearer the roots read it) and fill arrays kept across passes rather than allocating three
 * arrays of one number per node (~370 kB each at 100 components) per edit.
 */
export class BddProbabilityPasses {
  /** Per variable: its level in the BDD's order, −1 when no node tests it. */
  private readonly levelOfVariable: Int32Array;
  /** The probabilities `failure` holds the pass of (a copy), null before the first pass. */
  private passUnavailability: Float64Array | null = null;
  private failure: Float64Array | null = null;
  private mass: Float64Array | null = null;
  private perfectFailure: Float64Array | null = null;

  constructor(readonly bdd: CompactBdd) {
    this.levelOfVariable = new Int32Array(bdd.variableAtLevel.length).fill(-1);
    bdd.variableAtLevel.forEach((v, l) => {
      this.levelOfVariable[v] = l;
    });
  }

  /**
   * `bddFailureProbabilities(bdd, unavailability)`, recomputed from the previous pass for the nodes at or
   * above the deepest variable whose probability changed. The array is this object's: it holds until
   * the next call.
   */
  failureProbabilities(unavailability: Float64Array): Float64Array {
    const { passUnavailability, failure } = this;
    if (!passUnavailability || !failure || passUnavailability.length !== unavailability.length) {
      this.failure = bddFailureProbabilities(this.bdd, unavailability);
      this.passUnavailability = unavailability.slice();
      return this.failure;
    }
    let deepestLevel = -1;
    for (let v = 0; v < unavailability.length; v += 1) {
      if (!Object.is(unavailability[v], passUnavailability[v])) deepestLevel = Math.max(deepestLevel, this.levelOf(v));
    }
    if (deepestLevel >= 0) bddFailureProbabilitiesAbove(this.bdd, unavailability, failure, deepestLevel);
    passUnavailability.set(unavailability);
    return failure;
  }

  /** `bddImportanceGradient(bdd, unavailability, failure, rootWeights)`, its path masses in a kept array. */
  importanceGradient(unavailability: Float64Array, failure: Float64Array, rootWeights: Float64Array): Float64Array {
    this.mass ??= new Float64Array(this.bdd.level.length);
    return bddImportanceGradient(this.bdd, unavailability, failure, rootWeights, this.mass);
  }

  /**
   * For each list of variables, Σ_r w_r · U_r with those variables perfect (q = 0) and the others at
   * `unavailability`, whose pass `failure` is: the probability pass with the list at 0, redone for the
   * nodes at or above the list's deepest level only (and those the previous list changed, put back).
   */
  weightedFailureWithEachPerfect(unavailability: Float64Array, failure: Float64Array, rootWeights: Float64Array, lists: ReadonlyArray<readonly number[]>): number[] {
    if (lists.length === 0) return [];
    const perfect = unavailability.slice();
    const scratch = (this.perfectFailure ??= new Float64Array(failure.length));
    scratch.set(failure);
    // Nodes at levels ≤ this hold the previous list's values: the next pass redoes them at least.
    let changedLevel = -1;
    return lists.map((list) => {
      let deepestLevel = -1;
      for (const v of list) {
        perfect[v] = 0;
        deepestLevel = Math.max(deepestLevel, this.levelOf(v));
      }
      bddFailureProbabilitiesAbove(this.bdd, perfect, scratch, Math.max(deepestLevel, changedLevel));
      changedLevel = deepestLevel;
      for (const v of list) perfect[v] = unavailability[v] as number;
      let weighted = 0;
      this.bdd.roots.forEach((node, r) => {
        weighted += (rootWeights[r] as number) * (scratch[node] as number);
      });
      return weighted;
    });
  }

  private levelOf(v: number): number {
    return this.levelOfVariable[v] ?? -1;
  }
}
