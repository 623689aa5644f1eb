import { bddFailureProbabilities, bddFailureProbabilitiesAbove } from './bddProbability';
import type { CompactBdd } from './compactBdd';

/**
 * The probability passes over one compact BDD for the parameters an engine session evaluates one after
 * another, each giving exactly what the plain pass gives (`bddFailureProbabilities`,
 * `bddImportanceGradient`), whatever came before. They redo only the nodes whose inputs changed
 * (an instance-count edit changes one variable, and only the nodes at its level and nearer the roots read
 * it: visited level by level, so a fleet near the roots costs its few nodes, not a scan of all 46 659 at
 * 100 components) and fill arrays kept across passes rather than allocating three arrays of one number
 * per node (~370 kB each at 100 components) per edit. The node table is read in one stream (variable,
 * lo, hi of a node side by side): the passes are bound by memory, and three arrays read at once cost
 * ~13 % more per importance pass.
 */
export class BddProbabilityPasses {
  /** Per variable: its level in the BDD's order, −1 when no node tests it. */
  private readonly levelOfVariable: Int32Array;
  /** Per node n, at 3n: the variable it tests, its lo child, its hi child (terminals 0 and 1 unused). */
  private readonly nodeTable: Int32Array;
  /** The non-terminal nodes by level (level l's at `levelStart[l]` up to `levelStart[l + 1]`), in index order. */
  private readonly levelStart: Int32Array;
  private readonly nodesByLevel: Int32Array;
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
    const { level, lo, hi, variableAtLevel } = bdd;
    const count = level.length;
    this.nodeTable = new Int32Array(3 * count);
    const levelStart = new Int32Array(variableAtLevel.length + 1);
    for (let n = 2; n < count; n += 1) {
      this.nodeTable[3 * n] = variableAtLevel[level[n] as number] as number;
      this.nodeTable[3 * n + 1] = lo[n] as number;
      this.nodeTable[3 * n + 2] = hi[n] as number;
      levelStart[(level[n] as number) + 1] = (levelStart[(level[n] as number) + 1] as number) + 1;
    }
    for (let l = 0; l < variableAtLevel.length; l += 1) levelStart[l + 1] = (levelStart[l + 1] as number) + (levelStart[l] as number);
    this.levelStart = levelStart;
    const filled = levelStart.slice(0, variableAtLevel.length);
    this.nodesByLevel = new Int32Array(Math.max(0, count - 2));
    for (let n = 2; n < count; n += 1) {
      const l = level[n] as number;
      this.nodesByLevel[filled[l] as number] = n;
      filled[l] = (filled[l] as number) + 1;
    }
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
    if (deepestLevel >= 0) this.redoAbove(unavailability, failure, deepestLevel);
    passUnavailability.set(unavailability);
    return failure;
  }

  /**
   * `bddFailureProbabilitiesAbove(bdd, unavailability, failure, deepestLevel)`, the same array bit for bit.
   * When few nodes are redone, only they are visited, level by level, deepest first: a node's children
   * are at deeper levels, so each is redone from its children's final values by the same formula. When
   * most are, the plain pass's scan in index order (sequential, it beats scattered writes there).
   */
  private redoAbove(unavailability: Float64Array, failure: Float64Array, deepestLevel: number): void {
    const { nodeTable, levelStart, nodesByLevel } = this;
    const redone = levelStart[deepestLevel + 1] as number;
    if (4 * redone >= nodesByLevel.length) {
      bddFailureProbabilitiesAbove(this.bdd, unavailability, failure, deepestLevel);
      return;
    }
    for (let i = redone - 1; i >= 0; i -= 1) {
      const n = nodesByLevel[i] as number;
      const q = unavailability[nodeTable[3 * n] as number] as number;
      failure[n] = q * (failure[nodeTable[3 * n + 2] as number] as number) + (1 - q) * (failure[nodeTable[3 * n + 1] as number] as number);
    }
  }

  /**
   * `bddImportanceGradient(bdd, unavailability, failure, rootWeights)`, the same sums in the same order
   * (nodes from the last to the first), its path masses in a kept array.
   */
  importanceGradient(unavailability: Float64Array, failure: Float64Array, rootWeights: Float64Array): Float64Array {
    const { nodeTable, bdd } = this;
    const mass = (this.mass ??= new Float64Array(bdd.level.length));
    mass.fill(0);
    bdd.roots.forEach((root, r) => {
      mass[root] = (mass[root] as number) + (rootWeights[r] as number);
    });
    const gradient = new Float64Array(bdd.variableAtLevel.length);
    for (let n = mass.length - 1; n >= 2; n -= 1) {
      const m = mass[n] as number;
      if (m === 0) continue;
      const v = nodeTable[3 * n] as number;
      const l = nodeTable[3 * n + 1] as number;
      const h = nodeTable[3 * n + 2] as number;
      const q = unavailability[v] as number;
      mass[h] = (mass[h] as number) + m * q;
      mass[l] = (mass[l] as number) + m * (1 - q);
      gradient[v] = (gradient[v] as number) + m * Math.max(0, (failure[h] as number) - (failure[l] as number));
    }
    return gradient;
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
      this.redoAbove(perfect, scratch, Math.max(deepestLevel, changedLevel));
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
