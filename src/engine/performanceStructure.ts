import type { Component } from '../model';
import { propagateLoad, type LoadResult } from './capacity/propagateLoad';
import { populationTraffic, type PopulationTraffic } from './capacity/populationTraffic';
import { buildCallPlans, type CallPlans } from './compile/callPlans';
import { withRequestsPerSecond } from './compile/compileScenario';
import type { CompiledModel, CompiledTopology } from './compile/compiledModel';
import { compileLatencyProgram } from './program/compileLatencyProgram';
import { LatencyProgramRunner } from './program/latencyRunner';

/**
 * The parameters that shape call plans and latency programs besides the topology: which class each
 * edge applies to, parallel groups, serverless fleets, synchronous replication edges, and each
 * database's model, consistency, replication mode and quorum.
 */
interface StructuralParameters {
  edgeAppliesTo: Int8Array;
  edgeParallelGroup: Int32Array;
  serverless: Uint8Array;
  edgeSyncReplication: Uint8Array;
  databases: Array<Extract<Component, { kind: 'database' }>>;
}

function structuralParameters(model: CompiledModel): StructuralParameters {
  const p = model.parameters;
  const databases: StructuralParameters['databases'] = [];
  for (const component of model.scenario.components) if (component.kind === 'database') databases.push(component);
  return { edgeAppliesTo: p.edgeAppliesTo, edgeParallelGroup: p.edgeParallelGroup, serverless: p.serverless, edgeSyncReplication: p.edgeSyncReplication, databases };
}

/** Whether two databases have the model, consistency, replication mode and quorum the latency program is built for (the same object has). */
function sameDatabaseShape(a: Extract<Component, { kind: 'database' }>, b: Extract<Component, { kind: 'database' }>): boolean {
  return a === b || (a.model === b.model && a.consistency === b.consistency && a.replication === b.replication && a.quorum.r === b.quorum.r && a.quorum.w === b.quorum.w);
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function sameStructure(a: StructuralParameters, b: StructuralParameters): boolean {
  return (
    a.databases.length === b.databases.length &&
    a.databases.every((database, i) => sameDatabaseShape(database, b.databases[i] ?? database)) &&
    sameArray(a.edgeAppliesTo, b.edgeAppliesTo) &&
    sameArray(a.edgeParallelGroup, b.edgeParallelGroup) &&
    sameArray(a.serverless, b.serverless) &&
    sameArray(a.edgeSyncReplication, b.edgeSyncReplication)
  );
}

/** The parameters `propagateLoad` reads besides the structure, and the traffic it computed from them. */
interface TrafficMemo {
  readFraction: number;
  arrays: Float64Array[];
  routing: string;
  load: LoadResult;
}

/** What `evaluatePerformance` compiles once per structure and reuses across parameter edits and load points. */
export interface PerformanceStructure {
  structural: StructuralParameters;
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
 * topology while the structural parameters stay the same. Reusing them never changes a result: the
 * runner recomputes whatever a parameter edit touched (see `LatencyProgramRunner`). A new structure's
 * runner takes over what the previous structure's runner computed for the nodes the edit left alone.
 */
export function performanceStructure(model: CompiledModel): PerformanceStructure {
  const structural = structuralParameters(model);
  const cached = structures.get(model.topology);
  if (cached && sameStructure(cached.structural, structural)) return cached;
  const plans = buildCallPlans(model);
  const latency = new LatencyProgramRunner(compileLatencyProgram(model, plans), latestRunner?.deref() ?? null);
  latestRunner = new WeakRef(latency);
  const structure: PerformanceStructure = { structural, plans, latency };
  structures.set(model.topology, structure);
  return structure;
}

/** Routing policies of routers (`routeWeights` reads them from the scenario). */
function routingPolicies(model: CompiledModel): string {
  const policies: string[] = [];
  for (const component of model.scenario.components) {
    if (component.kind === 'dns' || component.kind === 'globalLb') policies.push(component.routing);
    else if (component.kind === 'loadBalancer') policies.push(component.algorithm);
  }
  return policies.join('|');
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Traffic per request entering the design (`propagateLoad` at 1 request/s), recomputed only when
 * something it reads changed: population shares, read fraction, hit ratios, calls and messages per
 * request, routing weights, priorities and policies (an edit of a service time or a fleet size
 * leaves traffic alone).
 */
export function unitLoadOf(model: CompiledModel): LoadResult {
  const structure = performanceStructure(model);
  const p = model.parameters;
  const arrays = [p.populationShare, p.hitRatio, p.edgeCallsPerRequest, p.edgeMessagesPerRequest, p.edgeWeight, p.edgeFailoverPriority];
  const routing = routingPolicies(model);
  const memo = structure.traffic;
  if (memo && memo.readFraction === p.readFraction && memo.routing === routing && memo.arrays.every((values, i) => sameNumbers(values, arrays[i] ?? values))) return memo.load;
  const load = propagateLoad(withRequestsPerSecond(model, 1), structure.plans);
  structure.traffic = { readFraction: p.readFraction, arrays, routing, load };
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
