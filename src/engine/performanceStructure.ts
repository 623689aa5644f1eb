import { LoadRunner } from './capacity/loadRunner';
import { mixedLoad, type LoadResult, type LoadScope } from './capacity/propagateLoad';
import { populationUnitLoads } from './latency/componentTimes';
import { populationTraffic, type PopulationTraffic } from './capacity/populationTraffic';
import { buildCallPlans, type CallPlans } from './compile/callPlans';
import { withRequestsPerSecond } from './compile/compileScenario';
import type { CompiledModel, CompiledTopology } from './compile/compiledModel';
import { compileLatencyProgram } from './program/compileLatencyProgram';
import { LatencyProgramRunner } from './program/latencyRunner';
import { keptWhileReadsHold, type ReadsMemo } from './readRecord';

/**
 * The traffic tables of one request entering the design: kept together, so one check of what computing
 * them read of the model besides the structure tells whether all of them hold.
 */
interface TrafficTables {
  /** All populations' traffic at 1 request/s (`propagateLoad`). */
  load: LoadResult;
  /** Each population's own load per request, per scope (`populationUnitLoads`). */
  populationLoads: Record<LoadScope, LoadResult[]>;
  /** The traffic plan per population and class (`populationTraffic`). */
  plan: PopulationTraffic;
}

/** What `evaluatePerformance` compiles once per structure and reuses across parameter edits and load points. */
export interface PerformanceStructure {
  plans: CallPlans;
  latency: LatencyProgramRunner;
  /** The traffic tables last computed on this structure (`trafficTablesOf`). */
  traffic: ReadsMemo<TrafficTables>;
}

/**
 * One structure per topology: the latest one built for it (a sweep or an edit session keeps hitting
 * it), with what building the plans and the program read of the model (its scenario and parameters).
 */
const structures = new WeakMap<CompiledTopology, ReadsMemo<PerformanceStructure>>();
/** The runner of the structure built last: the donor of the next one (`LatencyProgramRunner`), while it lives. */
let latestRunner: WeakRef<LatencyProgramRunner> | undefined;

/**
 * The call plans and the latency program of `model`, compiled on first use and kept with its
 * topology while every field of the model that building them read (`recordReads`: which class each
 * edge applies to, parallel groups, serverless fleets, database shapes… whatever the builders read
 * today) keeps its value. Reusing them never changes a result: the
 * runner recomputes whatever a parameter edit touched (see `LatencyProgramRunner`). A new structure's
 * runner takes over what the previous structure's runner computed for the nodes the edit left alone.
 */
export function performanceStructure(model: CompiledModel): PerformanceStructure {
  const { scenario, parameters, topology } = model;
  let memo = structures.get(topology);
  if (!memo) structures.set(topology, (memo = {}));
  // The topology is the cache's own key: its reads need no record.
  return keptWhileReadsHold(memo, { scenario, parameters }, (seen) => {
    const plans = buildCallPlans({ ...seen, topology });
    const latency = new LatencyProgramRunner(compileLatencyProgram({ ...seen, topology }, plans), latestRunner?.deref() ?? null);
    latestRunner = new WeakRef(latency);
    return { plans, latency, traffic: {} };
  });
}

/**
 * The traffic tables of one request entering the design (`TrafficTables`), recomputed only when a field
 * they read (`recordReads`: population shares, read fraction, hit ratios, calls and messages per request,
 * routing weights, priorities and policies, replication modes… whatever they read today) changed: an edit
 * of a service time or a fleet size leaves traffic alone. Computed at 1 request/s, so a sweep over the
 * offered load keeps them too.
 */
function trafficTablesOf(model: CompiledModel): TrafficTables {
  const structure = performanceStructure(model);
  const { scenario, parameters } = withRequestsPerSecond(model, 1);
  // The structure is keyed by the topology and the tables read its own plans: neither needs a record.
  return keptWhileReadsHold(structure.traffic, { scenario, parameters }, (seen) => {
    const perRequest = { ...seen, topology: model.topology };
    // One walk serves all five tables: building it is most of a table's cost.
    const runner = new LoadRunner(perRequest, structure.plans);
    return {
      load: mixedLoad(runner, 'traffic'),
      populationLoads: { requestPath: populationUnitLoads(runner, 'requestPath'), traffic: populationUnitLoads(runner, 'traffic') },
      plan: populationTraffic(runner),
    };
  });
}

/** Traffic per request entering the design (`propagateLoad` at 1 request/s; see `trafficTablesOf`). */
export function unitLoadOf(model: CompiledModel): LoadResult {
  return trafficTablesOf(model).load;
}

/** Each population's own load per request in `scope` (`populationUnitLoads`; see `trafficTablesOf`). */
export function populationUnitLoadsOf(model: CompiledModel, scope: LoadScope): LoadResult[] {
  return trafficTablesOf(model).populationLoads[scope];
}

/** The design's one traffic plan (`populationTraffic`), which availability and recovery read (see `trafficTablesOf`). */
export function populationTrafficOf(model: CompiledModel): PopulationTraffic {
  return trafficTablesOf(model).plan;
}
