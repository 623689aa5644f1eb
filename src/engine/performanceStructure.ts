import { propagateLoad, type LoadResult } from './capacity/propagateLoad';
import { populationTraffic, type PopulationTraffic } from './capacity/populationTraffic';
import { buildCallPlans, type CallPlans } from './compile/callPlans';
import { withRequestsPerSecond } from './compile/compileScenario';
import type { CompiledModel, CompiledTopology } from './compile/compiledModel';
import { compileLatencyProgram } from './program/compileLatencyProgram';
import { LatencyProgramRunner } from './program/latencyRunner';
import { readsHold, recordReads, type ReadRecord } from './readRecord';

/** The traffic `propagateLoad` computed, and what it read of the model besides the structure. */
interface TrafficMemo {
  reads: ReadRecord;
  load: LoadResult;
}

/** What `evaluatePerformance` compiles once per structure and reuses across parameter edits and load points. */
export interface PerformanceStructure {
  /** What building the plans and the program read of the model (its scenario and parameters): the structure's key. */
  reads: ReadRecord;
  plans: CallPlans;
  latency: LatencyProgramRunner;
  traffic?: TrafficMemo;
}

/** One structure per topology: the latest one built for it (a sweep or an edit session keeps hitting it). */
const structures = new WeakMap<CompiledTopology, PerformanceStructure>();
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
  const cached = structures.get(topology);
  if (cached && readsHold(cached.reads, { scenario, parameters })) return cached;
  // The topology is the cache's own key: its reads need no record.
  const { result: compiled, record: reads } = recordReads({ scenario, parameters }, (seen) => {
    const plans = buildCallPlans({ ...seen, topology });
    return { plans, program: compileLatencyProgram({ ...seen, topology }, plans) };
  });
  const { plans } = compiled;
  const latency = new LatencyProgramRunner(compiled.program, latestRunner?.deref() ?? null);
  latestRunner = new WeakRef(latency);
  const structure: PerformanceStructure = { reads, plans, latency };
  structures.set(model.topology, structure);
  return structure;
}

/**
 * Traffic per request entering the design (`propagateLoad` at 1 request/s), recomputed only when a
 * field it read (`recordReads`: population shares, read fraction, hit ratios, calls and messages per
 * request, routing weights, priorities and policies… whatever it reads today) changed: an edit of a
 * service time or a fleet size leaves traffic alone.
 */
export function unitLoadOf(model: CompiledModel): LoadResult {
  const structure = performanceStructure(model);
  const { scenario, parameters } = withRequestsPerSecond(model, 1);
  const memo = structure.traffic;
  if (memo && readsHold(memo.reads, { scenario, parameters })) return memo.load;
  // The structure is keyed by the topology and reads its own plans: neither needs a record.
  const { result: load, record: reads } = recordReads({ scenario, parameters }, (seen) => propagateLoad({ ...seen, topology: model.topology }, structure.plans));
  structure.traffic = { reads, load };
  return load;
}

/** The traffic plan per population and class (`populationTraffic`), kept with the unit load it was read beside. */
const trafficPlans = new WeakMap<LoadResult, PopulationTraffic>();

/**
 * The design's one traffic plan (`populationTraffic`), which availability and recovery read; recomputed
 * only when the traffic it routes changed (the same inputs as `unitLoadOf`).
 */
export function populationTrafficOf(model: CompiledModel): PopulationTraffic {
  const load = unitLoadOf(model);
  const cached = trafficPlans.get(load);
  if (cached) return cached;
  const plan = populationTraffic(model, performanceStructure(model).plans);
  trafficPlans.set(load, plan);
  return plan;
}
