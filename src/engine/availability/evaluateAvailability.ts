import { asUnavailability, type Unavailability } from '../numeric';
import type { AvailabilityParameters } from './availabilityParameters';
import { bddFailureProbabilities } from './bddProbability';
import type { CompiledAvailability } from './compileAvailability';

/** Unavailabilities of one evaluation, all computed as probabilities of failure (never 1 − A). */
export interface AvailabilityEvaluation {
  /** Per root: steady-state U of the structure (exact, from the BDD). */
  rootStructural: Float64Array;
  /** Per root: failover ΔU (Σ of its failover terms). */
  rootFailover: Float64Array;
  /** Per root: min(1, structural + failover). */
  rootTotal: Float64Array;
  /** Per population: Σ over its request classes of class fraction × root total. */
  byPopulation: Map<string, Unavailability>;
  /** Σ_roots weight × structural U. */
  overallStructural: Unavailability;
  /** Σ_roots weight × failover ΔU. */
  overallFailover: Unavailability;
  /** Σ_roots weight × total U: the unavailability of a request, weighted by traffic share. */
  overall: Unavailability;
  /** Probability of failure of every BDD node (kept for importance; the passes' array when the caller passed it). */
  nodeFailure: Float64Array;
}

/**
 * The probability pass: U per root from the compiled BDD (see `bddFailureProbabilities`), plus the
 * failover terms, weighted into populations and the overall figure. O(BDD nodes + roots + terms).
 *
 * @param nodeFailure the probability pass of `parameters.unavailability` over `compiled.bdd`, when the
 *   caller has it (`BddProbabilityPasses`)
 */
export function evaluateAvailability(
  compiled: CompiledAvailability,
  parameters: AvailabilityParameters,
  nodeFailure = bddFailureProbabilities(compiled.bdd, parameters.unavailability),
): AvailabilityEvaluation {
  const { roots } = compiled.structure;
  const rootStructural = Float64Array.from(compiled.bdd.roots, (node) => nodeFailure[node] as number);
  const rootFailover = new Float64Array(roots.length);
  for (const term of parameters.failover) rootFailover[term.rootIndex] = (rootFailover[term.rootIndex] as number) + term.unavailability;
  const rootTotal = rootStructural.map((u, r) => Math.min(1, u + (rootFailover[r] as number)));

  const byPopulationSum = new Map<string, number>();
  let overallStructural = 0;
  let overallFailover = 0;
  let overall = 0;
  roots.forEach((root, r) => {
    const weight = parameters.rootWeights[r] as number;
    const classFraction = parameters.rootClassFraction[r] as number;
    byPopulationSum.set(root.populationId, (byPopulationSum.get(root.populationId) ?? 0) + classFraction * (rootTotal[r] as number));
    overallStructural += weight * (rootStructural[r] as number);
    overallFailover += weight * (rootFailover[r] as number);
    overall += weight * (rootTotal[r] as number);
  });
  const byPopulation = new Map([...byPopulationSum].map(([id, sum]) => [id, asUnavailability(Math.min(1, sum))]));
  return {
    rootStructural,
    rootFailover,
    rootTotal,
    byPopulation,
    overallStructural: asUnavailability(Math.min(1, overallStructural)),
    overallFailover: asUnavailability(Math.min(1, overallFailover)),
    overall: asUnavailability(Math.min(1, overall)),
    nodeFailure,
  };
}
