import type { Component } from '../model';
import { elementNamesOf } from './elementNamesOf';
import type { CompiledModel, CompiledTopology } from './compile/compiledModel';
import { evaluateCapacity } from './capacity/evaluateCapacity';
import type { LoadResult } from './capacity/propagateLoad';
import { evaluateStations, type StationTable } from './capacity/stations';
import { unreachedComponents } from './compile/unreachedComponents';
import { evaluateCost } from './cost/evaluateCost';
import { componentTimes, populationReach } from './latency/componentTimes';
import { evaluateLatency } from './latency/evaluateLatency';
import { performanceStructure, populationUnitLoadsOf, unitLoadOf } from './performanceStructure';
import { cacheWriteWarnings } from './compile/cacheWriteWarnings';
import type { CapacityReport, CostReport, ExplainTerm, LatencyReport, ReportWarning } from './report';
import { populationPathSteps } from './walk/populationPathSteps';
import { recordedRequestWalk } from './walk/stepRecorder';

/** The load-dependent sections of a report, with the intermediate tables sweeps reuse. */
export interface PerformanceEvaluation {
  latency: LatencyReport;
  capacity: CapacityReport;
  cost: CostReport;
  warnings: ReportWarning[];
  unitLoad: LoadResult;
  stations: StationTable;
  /** Components each population's traffic reaches, async consumers included (`populationReach` of its `traffic` loads): `[p * n + c]` = 1. */
  populationReach: Uint8Array;
}

function structuralWarnings(model: CompiledModel): ReportWarning[] {
  const { topology: t, scenario } = model;
  const warnings: ReportWarning[] = [];
  // Names only when an edge closes a cycle: checking that they still hold is O(elements) per edit.
  let nameOf: ((id: string) => string) | null = null;
  t.cyclic.forEach((flag, e) => {
    if (flag !== 1) return;
    nameOf ??= elementNamesOf(scenario);
    warnings.push({ code: 'graph.cycle', message: `The edge ${nameOf(t.edgeIds[e] ?? '')} closes a cycle of synchronous calls or messages; it is left out of latency, capacity and cost.`, elementId: t.edgeIds[e] ?? '' });
  });
  for (const c of unreachedComponents(t)) {
    warnings.push({ code: 'graph.unreached', message: `No population's requests reach ${scenario.components[c]?.name ?? 'this component'}: connect it to a caller, or remove it.`, elementId: t.componentIds[c] ?? '' });
  }
  t.populationIds.forEach((id, q) => {
    if ((t.clientOutStart[q + 1] ?? 0) === (t.clientOutStart[q] ?? 0)) warnings.push({ code: 'graph.noEntry', message: `${scenario.clients[q]?.name ?? id} sends requests nowhere: connect it to an entry point.`, elementId: id });
  });
  warnings.push(...cacheWriteWarnings(scenario));
  return warnings;
}

/** The latest explain terms per topology and population, with the components and values they name. */
const latestExplain = new WeakMap<CompiledTopology, Array<{ components: Component[]; values: Float64Array; terms: ExplainTerm[] }>>();

/**
 * Explain terms of a population: the mean own time (queueing + service) of each station on its request
 * path (`pathReach`, `populationReach` of its `requestPath` loads), ms. A population whose terms would
 * name the same component objects with the same values keeps its array.
 */
function populationExplain(model: CompiledModel, pathReach: Uint8Array, stations: StationTable): ExplainTerm[][] {
  const t = model.topology;
  const n = t.componentIds.length;
  const latest = latestExplain.get(t) ?? [];
  latestExplain.set(t, latest);
  return t.populationIds.map((_, q) => {
    const components: Component[] = [];
    const values: number[] = [];
    for (let c = 0; c < n; c += 1) {
      if (pathReach[q * n + c] !== 1) continue;
      for (let s = stations.start[c] ?? 0; s < (stations.start[c + 1] ?? 0); s += 1) {
        components.push(model.scenario.components[c] as Component);
        values.push((stations.waitProbability[s] ?? 0) * (stations.conditionalWaitMs[s] ?? 0) + (stations.serviceMs[s] ?? 0));
      }
    }
    const previous = latest[q];
    if (previous && previous.components.length === components.length && components.every((component, i) => component === previous.components[i] && values[i] === previous.values[i])) return previous.terms;
    const terms = components.map((component, i) => ({ label: `${component.name}: mean wait + service per call`, value: values[i] ?? 0, unit: 'ms', elementId: component.id }));
    latest[q] = { components, values: Float64Array.from(values), terms };
    return terms;
  });
}

/**
 * Latency, capacity and cost of a compiled model at its offered load: traffic per request
 * (`propagateLoad`), stations at the load (`evaluateStations`), then the three sections.
 * `unitLoad` may be passed in when only parameters that do not route traffic changed (sweeps over load).
 * What depends on the structure only — call plans, the latency program and its computed
 * distributions, the traffic while its inputs are unchanged — is kept with the topology
 * (`performanceStructure`) and reused by the next evaluation of the same structure; the result is
 * always exactly what a fresh evaluation gives.
 */
export function evaluatePerformance(model: CompiledModel, unitLoad?: LoadResult): PerformanceEvaluation {
  const structure = performanceStructure(model);
  const load = unitLoad ?? unitLoadOf(model);
  const stations = evaluateStations(model, load, model.parameters.requestsPerSecond);
  const warnings = structuralWarnings(model);
  const n = model.topology.componentIds.length;
  const requestPaths = populationUnitLoadsOf(model, 'requestPath');
  const pathReach = populationReach(requestPaths, n);
  const capacity = evaluateCapacity(model, load, stations, pathReach);
  const recorded = recordedRequestWalk(model, structure.plans, stations);
  const latency = evaluateLatency({
    model,
    distributions: structure.latency.run(model, stations),
    saturatesAtRequestsPerSecond: capacity.populationSaturatesAt,
    explainByPopulation: populationExplain(model, pathReach, stations),
    stepsByPopulation: populationPathSteps(model, recorded),
    componentTimesByPopulation: componentTimes(model, stations, requestPaths, recorded),
  });
  const cost = evaluateCost(model, load, stations, warnings);
  if (capacity.report.saturated) {
    const bottleneck = capacity.report.bottleneck === null ? 'A component' : elementNamesOf(model.scenario)(capacity.report.bottleneck);
    warnings.push({ code: 'capacity.saturated', message: `${bottleneck} is saturated: the design sustains at most ${Math.round(capacity.report.maxRequestsPerSecond)} requests/s.`, elementId: capacity.report.bottleneck ?? '' });
  }
  const reach = populationReach(populationUnitLoadsOf(model, 'traffic'), n);
  return { latency, capacity: capacity.report, cost, warnings, unitLoad: load, stations, populationReach: reach };
}
