import type { AvailabilityParameters } from './availabilityParameters';
import { bddFailureProbabilities, bddImportanceGradient } from './bddProbability';
import type { CompiledAvailability } from './compileAvailability';
import type { AvailabilityEvaluation } from './evaluateAvailability';

/**
 * Importance of every component and failure domain: how much the overall unavailability would fall
 * if it were perfect (never down, so also never failing over): ΔU = U − U|perfect (Birnbaum's
 * measure times q, the "risk reduction worth" of reliability engineering; SPEC §2.3).
 * For an element with one variable v, U is linear in q_v, so ΔU_structural = q_v · ∂U/∂q_v, from one
 * reverse pass over the BDD for all variables at once. For an element with several variables (the
 * copies of a database) the probability pass is rerun with them at 0. Its failover terms are added.
 * Elements come from the structure's own maps (groups, then components, in scenario order).
 *
 * @returns element id (component or group) → ΔU, dimensionless, ≥ 0
 */
export function availabilityImportance(compiled: CompiledAvailability, parameters: AvailabilityParameters, evaluation: AvailabilityEvaluation): Map<string, number> {
  const { groupVariable, componentVariables } = compiled.structure;
  const gradient = bddImportanceGradient(compiled.bdd, parameters.unavailability, evaluation.nodeFailure, parameters.rootWeights);
  const importance = new Map<string, number>();
  const single = (elementId: string, v: number) => importance.set(elementId, (parameters.unavailability[v] as number) * (gradient[v] as number));
  for (const [elementId, v] of groupVariable) single(elementId, v);
  for (const [elementId, list] of componentVariables) {
    if (list.length === 1) {
      single(elementId, list[0] as number);
      continue;
    }
    const perfect = parameters.unavailability.slice();
    for (const v of list) perfect[v] = 0;
    const failure = bddFailureProbabilities(compiled.bdd, perfect);
    let withoutIt = 0;
    compiled.bdd.roots.forEach((node, r) => {
      withoutIt += (parameters.rootWeights[r] as number) * (failure[node] as number);
    });
    importance.set(elementId, Math.max(0, evaluation.overallStructural - withoutIt));
  }
  for (const term of parameters.failover) {
    const weighted = (parameters.rootWeights[term.rootIndex] as number) * term.unavailability;
    importance.set(term.elementId, (importance.get(term.elementId) ?? 0) + weighted);
  }
  return importance;
}
