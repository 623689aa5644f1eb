import { buildCallPlans } from './compile/callPlans';
import type { CompiledModel } from './compile/compiledModel';
import { withRequestsPerSecond } from './compile/compileScenario';
import { evaluateCapacity } from './capacity/evaluateCapacity';
import { propagateLoad, type LoadResult } from './capacity/propagateLoad';
import { evaluateStations, type StationTable } from './capacity/stations';
import { evaluateCost } from './cost/evaluateCost';
import { evaluateLatency } from './latency/evaluateLatency';
import type { CapacityReport, CostReport, ExplainTerm, LatencyReport, ReportWarning } from './report';

/** The load-dependent sections of a report, with the intermediate tables sweeps reuse. */
export interface PerformanceEvaluation {
  latency: LatencyReport;
  capacity: CapacityReport;
  cost: CostReport;
  warnings: ReportWarning[];
  unitLoad: LoadResult;
  stations: StationTable;
}

function structuralWarnings(model: CompiledModel): ReportWarning[] {
  const { topology: t, scenario } = model;
  const warnings: ReportWarning[] = [];
  t.cyclic.forEach((flag, e) => {
    if (flag === 1) warnings.push({ code: 'graph.cycle', message: `Edge ${t.edgeIds[e]} closes a cycle of synchronous calls or messages; it is left out of latency, capacity and cost.`, elementId: t.edgeIds[e] ?? '' });
  });
  t.populationIds.forEach((id, q) => {
    if ((t.clientOutStart[q + 1] ?? 0) === (t.clientOutStart[q] ?? 0)) warnings.push({ code: 'graph.noEntry', message: `${scenario.clients[q]?.name ?? id} sends requests nowhere: connect it to an entry point.`, elementId: id });
  });
  const elsewhere = t.sites.some((site) => site !== null && site.region?.id !== 'aws:us-east-1');
  if (elsewhere) warnings.push({ code: 'cost.regionPrices', message: 'Prices are AWS us-east-1 list prices (cloud-facts §3); components in other regions and providers are priced as if they ran there.' });
  return warnings;
}

/** Explain terms of a population: the mean own time (queueing + service) of each station it reaches. */
function populationExplain(model: CompiledModel, unitLoad: LoadResult, stations: StationTable): ExplainTerm[][] {
  const t = model.topology;
  const n = t.componentIds.length;
  return t.populationIds.map((_, q) => {
    const terms: ExplainTerm[] = [];
    for (let c = 0; c < n; c += 1) {
      if (unitLoad.reach[q * n + c] !== 1) continue;
      for (let s = stations.start[c] ?? 0; s < (stations.start[c + 1] ?? 0); s += 1) {
        const waitMs = (stations.waitProbability[s] ?? 0) * (stations.conditionalWaitMs[s] ?? 0);
        terms.push({ label: `${model.scenario.components[c]?.name ?? t.componentIds[c]}: mean wait + service per call`, value: waitMs + (stations.serviceMs[s] ?? 0), unit: 'ms', elementId: t.componentIds[c] ?? '' });
      }
    }
    return terms;
  });
}

/**
 * Latency, capacity and cost of a compiled model at its offered load: traffic per request
 * (`propagateLoad`), stations at the load (`evaluateStations`), then the three sections.
 * `unitLoad` may be passed in when only parameters that do not route traffic changed (sweeps over load).
 */
export function evaluatePerformance(model: CompiledModel, unitLoad?: LoadResult): PerformanceEvaluation {
  const plans = buildCallPlans(model);
  const load = unitLoad ?? propagateLoad(withRequestsPerSecond(model, 1), plans);
  const stations = evaluateStations(model, load, model.parameters.requestsPerSecond);
  const warnings = structuralWarnings(model);
  const capacity = evaluateCapacity(model, load, stations);
  const latency = evaluateLatency({
    model,
    plans,
    stations,
    saturatesAtRequestsPerSecond: capacity.populationSaturatesAt,
    explainByPopulation: populationExplain(model, load, stations),
  });
  const cost = evaluateCost(model, load, stations, warnings);
  if (capacity.report.saturated) {
    warnings.push({ code: 'capacity.saturated', message: `${capacity.report.bottleneck ?? 'A component'} is saturated: the design sustains at most ${Math.round(capacity.report.maxRequestsPerSecond)} requests/s.`, elementId: capacity.report.bottleneck ?? '' });
  }
  return { latency, capacity: capacity.report, cost, warnings, unitLoad: load, stations };
}
