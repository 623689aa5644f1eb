import type { AvailabilityParameters } from './availabilityParameters';
import type { BddProbabilityPasses } from './bddProbabilityPasses';
import type { CompiledAvailability } from './compileAvailability';
import type { AvailabilityEvaluation } from './evaluateAvailability';

/**
 * Importance of every component and failure domain: how much the overall unavailability would fall
 * if it were perfect (never down, so also never failing over): ΔU = U − U|perfect (Birnbaum's
 * measure times q, the "risk reduction worth" of reliability engineering; SPEC §2.3).
 * For an element with one variable v, U is linear in q_v, so ΔU_structural = q_v · ∂U/∂q_v, from one
 * reverse pass over the BDD for all variables at once. For an element with several variables (the
 * copies of a database) the probability pass is rerun with them at 0 (for the nodes that read them,
 * `weightedFailureWithEachPerfect`). Its failover terms are added. Elements come from the structure's
 * own maps (groups, then components, in scenario order).
 *
 * @param passes the passes over `compiled.bdd` (`evaluation.nodeFailure` is the pass of `parameters`)
 * @returns element id (component or group) → ΔU, dimensionless, ≥ 0
 */
export function availabilityImportance(compiled: CompiledAvailability, parameters: AvailabilityParameters, evaluation: AvailabilityEvaluation, passes: BddProbabilityPasses): Map<string, number> {
  const { groupVariable, componentVariables } = compiled.structure;
  const gradient = passes.importanceGradient(parameters.unavailability, evaluation.nodeFailure, parameters.rootWeights);
  const importance = new Map<string, number>();
  const single = (elementId: string, v: number) => importance.set(elementId, (parameters.unavailability[v] as number) * (gradient[v] as number));
  for (const [elementId, v] of groupVariable) single(elementId, v);
  const several: Array<[string, readonly number[]]> = [];
  for (const [elementId, list] of componentVariables) {
    if (list.length === 1) {
      single(elementId, list[0] as number);
      continue;
    }
    // Its place in the map now (ties keep the map's order when the report sorts), its value below.
    importance.set(elementId, 0);
    several.push([elementId, list]);
  }
  const withoutEach = passes.weightedFailureWithEachPerfect(
    parameters.unavailability,
    evaluation.nodeFailure,
    parameters.rootWeights,
    several.map(([, list]) => list),
  );
  several.forEach(([elementId], i) => importance.set(elementId, Math.max(0, evaluation.overallStructural - (withoutEach[i] as number))));
  for (const term of parameters.failover) {
    const weighted = (parameters.rootWeights[term.rootIndex] as number) * term.unavailability;
    importance.set(term.elementId, (importance.get(term.elementId) ?? 0) + weighted);
  }
  return importance;
}
