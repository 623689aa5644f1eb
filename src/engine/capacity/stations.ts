import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import type { ConditionalWaitShape } from '../queueing/conditionalWait';
import { stationWait, type StationWait } from '../queueing/stationWait';
import type { LoadResult } from './propagateLoad';

/**
 * Every queueing station of a design and its state at one offered load. A compute or monolith fleet
 * is one station per instance (each an M/M/concurrency queue fed an even share: round robin), a
 * cache one single-server station per node, a database one station per copy (servers = its
 * concurrency); a serverless function is an infinite-server station up to `maxConcurrency`.
 * Routers, queues, object storage and external APIs are managed services without a queue here.
 */
export interface StationTable {
  /** Stations of component c: `start[c] … start[c + 1]`. */
  start: Int32Array;
  component: Int32Array;
  /** Servers in one unit (instance, node or copy). */
  servers: Float64Array;
  /** Units running at this load (autoscaled fleets: at the target utilization, within min…max). */
  units: Float64Array;
  /** Most units the station can have (autoscaling max, else the configured count). */
  maxUnits: Float64Array;
  /** Calls/s arriving at the whole station (all its units) at the evaluated load. */
  arrivalsPerSecond: Float64Array;
  /** Calls arriving at the station per request entering the design. */
  arrivalsPerRequest: Float64Array;
  serviceMs: Float64Array;
  serviceCv: Float64Array;
  /** Infinite-server station (serverless): no waiting below its concurrency limit. */
  infiniteServer: Uint8Array;
  utilization: Float64Array;
  saturated: Uint8Array;
  waitProbability: Float64Array;
  conditionalWaitMs: Float64Array;
  /** The shape of W | W > 0 (`ConditionalWaitShape`), field by field. */
  waitShiftMs: Float64Array;
  waitFirstPhaseWeight: Float64Array;
  waitFirstPhaseMs: Float64Array;
  waitSecondPhaseMs: Float64Array;
}

function stationCount(topology: CompiledTopology, c: number): number {
  const kind = topology.kinds[c];
  if (kind === 'compute' || kind === 'monolith' || kind === 'cache') return 1;
  if (kind === 'database') return topology.copyCount[c] ?? 0;
  return 0;
}

/** The layout per topology (read-only once built): every evaluation of a structure shares it. */
const layouts = new WeakMap<CompiledTopology, Int32Array>();

/** Where each component's stations start in a `StationTable` (length components + 1): a function of the topology only, built once per topology. */
export function stationLayout(topology: CompiledTopology): Int32Array {
  const cached = layouts.get(topology);
  if (cached) return cached;
  const n = topology.componentIds.length;
  const start = new Int32Array(n + 1);
  for (let c = 0; c < n; c += 1) start[c + 1] = (start[c] ?? 0) + stationCount(topology, c);
  layouts.set(topology, start);
  return start;
}

/** Instances a fleet runs for `arrivalsPerSecond`: ⌈λ·s / (1000 · concurrency · target)⌉, clamped to min…max. */
export function autoscaledInstances(arrivalsPerSecond: number, serviceMs: number, concurrency: number, target: number, min: number, max: number): number {
  const needed = Math.ceil((arrivalsPerSecond * serviceMs) / (1000 * concurrency * target) - 1e-9);
  return Math.min(max, Math.max(min, needed));
}

/** The table last built per topology, with each station's `stationWait`: a station queued with the same numbers keeps its wait. */
const latestWaits = new WeakMap<CompiledTopology, { table: StationTable; waits: StationWait[] }>();

/** True when station s of `previous` was queued (`stationWait`) with these servers, per-unit arrivals, service time and cv. */
function sameWaitInputs(previous: StationTable, s: number, servers: number, unitArrivalsPerSecond: number, serviceMs: number, serviceCv: number): boolean {
  return (
    Object.is(previous.servers[s], servers) &&
    Object.is((previous.arrivalsPerSecond[s] ?? 0) / (previous.units[s] ?? 1), unitArrivalsPerSecond) &&
    Object.is(previous.serviceMs[s], serviceMs) &&
    Object.is(previous.serviceCv[s], serviceCv)
  );
}

/**
 * Builds the station table and each station's queueing state (Erlang C / Allen–Cunneen) at offered
 * load `requestsPerSecond`, from the per-request traffic `unitLoad`. A station queued with the same
 * numbers as in the table last built for the topology keeps its wait (`stationWait` is a function of
 * them alone; an edit changes a few stations' numbers).
 */
export function evaluateStations(model: CompiledModel, unitLoad: LoadResult, requestsPerSecond: number): StationTable {
  const { topology: t, parameters: p } = model;
  const n = t.componentIds.length;
  const start = stationLayout(t);
  const size = start[n] ?? 0;
  const table: StationTable = {
    start,
    component: new Int32Array(size),
    servers: new Float64Array(size),
    units: new Float64Array(size),
    maxUnits: new Float64Array(size),
    arrivalsPerSecond: new Float64Array(size),
    arrivalsPerRequest: new Float64Array(size),
    serviceMs: new Float64Array(size),
    serviceCv: new Float64Array(size),
    infiniteServer: new Uint8Array(size),
    utilization: new Float64Array(size),
    saturated: new Uint8Array(size),
    waitProbability: new Float64Array(size),
    conditionalWaitMs: new Float64Array(size),
    waitShiftMs: new Float64Array(size),
    waitFirstPhaseWeight: new Float64Array(size).fill(1),
    waitFirstPhaseMs: new Float64Array(size),
    waitSecondPhaseMs: new Float64Array(size),
  };
  const previous = latestWaits.get(t);
  const waits: StationWait[] = new Array<StationWait>(size);
  for (let c = 0; c < n; c += 1) {
    const kind = t.kinds[c];
    const serviceMs = p.serviceMs[c] ?? 0;
    const perRequest = (unitLoad.arrivals[c * 2] ?? 0) + (unitLoad.arrivals[c * 2 + 1] ?? 0);
    const total = perRequest * requestsPerSecond;
    for (let s = start[c] ?? 0, j = 0; s < (start[c + 1] ?? 0); s += 1, j += 1) {
      table.component[s] = c;
      table.serviceMs[s] = serviceMs;
      table.serviceCv[s] = p.serviceCv[c] ?? 1;
      table.servers[s] = p.concurrency[c] ?? 1;
      table.units[s] = 1;
      table.maxUnits[s] = 1;
      table.arrivalsPerRequest[s] = kind === 'database' ? (unitLoad.copyArrivals[(t.copyStart[c] ?? 0) + j] ?? 0) : perRequest;
      table.arrivalsPerSecond[s] = (table.arrivalsPerRequest[s] ?? 0) * requestsPerSecond;
      if (kind === 'cache') {
        table.units[s] = p.units[c] ?? 1;
        table.maxUnits[s] = p.units[c] ?? 1;
      } else if (p.serverless[c] === 1) {
        table.infiniteServer[s] = 1;
        table.servers[s] = p.serverlessMaxConcurrency[c] ?? 1;
      } else if (p.autoscaling[c] === 1) {
        const args = [serviceMs, p.concurrency[c] ?? 1, p.autoscalingTarget[c] ?? 1, p.autoscalingMin[c] ?? 1, p.autoscalingMax[c] ?? 1] as const;
        table.units[s] = autoscaledInstances(total, ...args);
        table.maxUnits[s] = p.autoscalingMax[c] ?? 1;
      } else {
        table.units[s] = p.units[c] ?? 1;
        table.maxUnits[s] = p.units[c] ?? 1;
      }
      const units = table.units[s] ?? 1;
      const servers = table.servers[s] ?? 1;
      const unitArrivalsPerSecond = (table.arrivalsPerSecond[s] ?? 0) / units;
      const kept = previous?.waits[s];
      const wait =
        kept && previous && sameWaitInputs(previous.table, s, servers, unitArrivalsPerSecond, serviceMs, table.serviceCv[s] ?? 1)
          ? kept
          : stationWait(servers, unitArrivalsPerSecond, serviceMs, table.serviceCv[s] ?? 1);
      waits[s] = wait;
      table.utilization[s] = wait.utilization;
      table.saturated[s] = wait.saturated ? 1 : 0;
      // An infinite-server station never queues: its wait stays 0 (and its shape the table's default).
      if (table.infiniteServer[s] !== 1) {
        table.waitProbability[s] = wait.waitProbability;
        table.conditionalWaitMs[s] = wait.conditionalWaitMs;
        table.waitShiftMs[s] = wait.conditionalWait.shiftMs;
        table.waitFirstPhaseWeight[s] = wait.conditionalWait.firstPhaseWeight;
        table.waitFirstPhaseMs[s] = wait.conditionalWait.firstPhaseMs;
        table.waitSecondPhaseMs[s] = wait.conditionalWait.secondPhaseMs;
      }
    }
  }
  latestWaits.set(t, { table, waits });
  return table;
}

/**
 * Offered load (requests/s entering the design) at which station s saturates at full scale-out:
 * X_sat = (most units × servers) / (calls per request × service time), i.e. ρ = 1.
 * Infinity when the station receives no traffic.
 */
export function stationSaturationRequestsPerSecond(table: StationTable, s: number): number {
  const busyPerRequest = ((table.arrivalsPerRequest[s] ?? 0) * (table.serviceMs[s] ?? 0)) / 1000;
  if (busyPerRequest <= 0) return Number.POSITIVE_INFINITY;
  return ((table.maxUnits[s] ?? 1) * (table.servers[s] ?? 1)) / busyPerRequest;
}

/** The design's X_max: the offered load (requests/s) at which its first station saturates; Infinity when none can. */
export function maxSustainableRequestsPerSecond(table: StationTable): number {
  let max = Number.POSITIVE_INFINITY;
  for (let s = 0; s < table.component.length; s += 1) max = Math.min(max, stationSaturationRequestsPerSecond(table, s));
  return max;
}

/** The shape of station s's wait given that a request waits, read back from its table. */
export function stationConditionalWait(table: StationTable, s: number): ConditionalWaitShape {
  return { shiftMs: table.waitShiftMs[s] ?? 0, firstPhaseWeight: table.waitFirstPhaseWeight[s] ?? 1, firstPhaseMs: table.waitFirstPhaseMs[s] ?? 0, secondPhaseMs: table.waitSecondPhaseMs[s] ?? 0 };
}
