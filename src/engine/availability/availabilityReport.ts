import type { Scenario } from '../../model';
import type { AvailabilityReport, ExplainTerm } from '../report';
import { availabilityFigure } from './availabilityFigure';
import { availabilityImportance } from './availabilityImportance';
import { availabilityParameters, type AvailabilityParameters } from './availabilityParameters';
import { BddProbabilityPasses } from './bddProbabilityPasses';
import { compileAvailability, type CompiledAvailability } from './compileAvailability';
import { evaluateAvailability } from './evaluateAvailability';
import type { FailureVariable } from './faultTree';
import { ImportanceRanking } from './importanceRanking';
import { singlePointsOf } from './singlePoints';
import { singleFailuresOf } from './singlePointsOfFailure';

const unit = 'unavailability';

/**
 * Builds SPEC §4's availability section from a compiled structure and its parameters:
 * overall and per-population figures with their explain terms (steady-state structure per request
 * class, then each failover term), single points of failure (elements whose one failure fails at
 * least one population's reads or writes), and the importance of every component and domain.
 *
 * @param passes the probability passes over `compiled.bdd`, and `ranking` the importance ranking, when
 *   the caller keeps them from one parameter set to the next (an engine session): the result is the same
 *   either way
 */
export function availabilityReportFrom(
  compiled: CompiledAvailability,
  parameters: AvailabilityParameters,
  passes = new BddProbabilityPasses(compiled.bdd),
  ranking = new ImportanceRanking(),
): AvailabilityReport {
  const evaluation = evaluateAvailability(compiled, parameters, passes.failureProbabilities(parameters.unavailability));
  const { roots, tree } = compiled.structure;
  const byPopulation: AvailabilityReport['byPopulation'] = {};
  const termsOfRoot = roots.map((): ExplainTerm[] => []);
  for (const term of parameters.failover) {
    const root = roots[term.rootIndex] as (typeof roots)[number];
    const fraction = parameters.rootClassFraction[term.rootIndex] as number;
    termsOfRoot[term.rootIndex]?.push({ label: `${root.requestClass}s: ${term.label}`, value: fraction * term.unavailability, unit, elementId: term.elementId });
  }
  for (const [populationId, u] of evaluation.byPopulation) {
    const explain: ExplainTerm[] = [];
    roots.forEach((root, r) => {
      if (root.populationId !== populationId) return;
      const fraction = parameters.rootClassFraction[r] as number;
      explain.push({ label: `${root.requestClass}s (${(fraction * 100).toFixed(1)} % of requests): steady state`, value: fraction * (evaluation.rootStructural[r] as number), unit }, ...(termsOfRoot[r] ?? []));
    });
    byPopulation[populationId] = availabilityFigure(u, parameters.monthHours, explain);
  }

  const spofVariables = new Set<number>();
  singleFailuresOf(compiled, parameters).byRoot.forEach((list, r) => {
    if ((parameters.rootClassFraction[r] as number) > 0) for (const v of list) spofVariables.add(v);
  });
  const singlePointsOfFailure = [...new Set([...spofVariables].sort((a, b) => a - b).map((v) => (tree.variables[v] as FailureVariable).elementId))];

  const importance = ranking.recordOf(availabilityImportance(compiled, parameters, evaluation, passes));
  const overallExplain: ExplainTerm[] = [
    { label: 'Steady state: failures of the structure (exact)', value: evaluation.overallStructural, unit },
    { label: 'Failover: detection and switch after each failure', value: evaluation.overallFailover, unit },
  ];
  const spofs = [...spofVariables].map((v) => ({ variable: tree.variables[v] as FailureVariable, unavailability: parameters.unavailability[v] as number }));
  const singlePoints = singlePointsOf(spofs, importance, evaluation.overall);
  return { ...availabilityFigure(evaluation.overall, parameters.monthHours, overallExplain), byPopulation, singlePointsOfFailure, singlePoints, importance };
}

/**
 * `evaluateAvailabilityReport(scenario)`: compile + parameters + evaluate in one call, for the
 * CLI and tests. Interactive callers keep the {@link CompiledAvailability} (its
 * `structure.warnings` hold the pass's warnings) and rerun only {@link availabilityParameters}
 * and {@link availabilityReportFrom} on parameter edits.
 */
export function evaluateAvailabilityReport(scenario: Scenario): AvailabilityReport {
  const compiled = compileAvailability(scenario);
  return availabilityReportFrom(compiled, availabilityParameters(compiled, scenario));
}
