import type { CompiledModel } from '../compile/compiledModel';
import { recordById, reusedRecord } from '../recordById';
import type { CapacityReport } from '../report';
import type { LoadResult } from './propagateLoad';
import { stationSaturationRequestsPerSecond, type StationTable } from './stations';

/** Instances a fleet needs to run at its target utilization: ⌈λ·s / (1000 · concurrency · target)⌉ (≥ 1). */
export function instancesAtTarget(arrivalsPerSecond: number, serviceMs: number, concurrency: number, targetUtilization: number): number {
  return Math.max(1, Math.ceil((arrivalsPerSecond * serviceMs) / (1000 * concurrency * targetUtilization) - 1e-9));
}

/** Capacity section plus the saturation load of each population's path. */
export interface CapacityResult {
  report: CapacityReport;
  /** Offered load at which each population's request path saturates, requests/s. */
  populationSaturatesAt: Float64Array;
}

/**
 * Capacity (SPEC §2.2): load and utilization ρ = λ·s / (units · servers) of every station-backed
 * component (the busiest of a database's copies), the bottleneck (the component that saturates at the
 * lowest offered load), the maximum sustainable requests/s X_max = min over stations of
 * (max units · servers) / (calls per request · s), and fleet instances needed at the autoscaling target
 * utilization at average load and at average × peakFactor. A population's latency saturates at the
 * lowest X_max of the components on its request path (`pathReach[q * n + c]` = 1, `populationReach`
 * of its `requestPath` loads: its path even at share 0); a consumer behind a queue counts in the
 * bottleneck and X_max but not there, since requests do not wait for it.
 */
export function evaluateCapacity(model: CompiledModel, unitLoad: LoadResult, stations: StationTable, pathReach: Uint8Array): CapacityResult {
  const { topology: t, parameters: p } = model;
  const n = t.componentIds.length;
  const X = p.requestsPerSecond;
  const arrivals = new Float64Array(n);
  const utilization = new Float64Array(n);
  const instances = new Float64Array(2 * n).fill(Number.NaN);
  const componentSaturatesAt = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let maxRequestsPerSecond = Number.POSITIVE_INFINITY;
  let bottleneck: string | null = null;
  let saturated = false;
  for (let c = 0; c < n; c += 1) {
    arrivals[c] = ((unitLoad.arrivals[c * 2] ?? 0) + (unitLoad.arrivals[c * 2 + 1] ?? 0)) * X;
    const first = stations.start[c] ?? 0;
    const last = stations.start[c + 1] ?? 0;
    if (first === last) continue;
    let rho = 0;
    for (let s = first; s < last; s += 1) {
      rho = Math.max(rho, stations.utilization[s] ?? 0);
      if (stations.saturated[s] === 1) saturated = true;
      componentSaturatesAt[c] = Math.min(componentSaturatesAt[c] ?? Number.POSITIVE_INFINITY, stationSaturationRequestsPerSecond(stations, s));
    }
    utilization[c] = rho;
    const saturatesAt = componentSaturatesAt[c] ?? Number.POSITIVE_INFINITY;
    if (saturatesAt < maxRequestsPerSecond) {
      maxRequestsPerSecond = saturatesAt;
      bottleneck = t.componentIds[c] ?? String(c);
    }
    const kind = t.kinds[c];
    if ((kind === 'compute' || kind === 'monolith') && p.serverless[c] !== 1) {
      const args = [p.serviceMs[c] ?? 0, p.concurrency[c] ?? 1, p.autoscalingTarget[c] ?? 1] as const;
      instances[2 * c] = instancesAtTarget(arrivals[c] ?? 0, ...args);
      instances[2 * c + 1] = instancesAtTarget((arrivals[c] ?? 0) * p.peakFactor, ...args);
    }
  }
  const hasStations = (c: number) => (stations.start[c + 1] ?? 0) > (stations.start[c] ?? 0);
  const ids = t.componentIds;
  const populations = t.populationIds.length;
  const populationSaturatesAt = new Float64Array(populations).fill(Number.POSITIVE_INFINITY);
  for (let q = 0; q < populations; q += 1) {
    for (let c = 0; c < n; c += 1) {
      if (pathReach[q * n + c] === 1) populationSaturatesAt[q] = Math.min(populationSaturatesAt[q] ?? Number.POSITIVE_INFINITY, componentSaturatesAt[c] ?? Number.POSITIVE_INFINITY);
    }
  }
  return {
    report: {
      maxRequestsPerSecond,
      bottleneck,
      utilization: reusedRecord('utilization', ids, [utilization], () => recordById(ids, (c) => utilization[c] ?? 0, hasStations)),
      saturated,
      loadRequestsPerSecond: reusedRecord('loadRequestsPerSecond', ids, [arrivals], () => recordById(ids, (c) => arrivals[c] ?? 0)),
      instancesNeeded: reusedRecord('instancesNeeded', ids, [instances], () =>
        recordById(ids, (c) => ({ average: instances[2 * c] ?? 1, peak: instances[2 * c + 1] ?? 1 }), (c) => !Number.isNaN(instances[2 * c] ?? Number.NaN)),
      ),
    },
    populationSaturatesAt,
  };
}
