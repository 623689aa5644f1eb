import { withRequestsPerSecond } from '../compile/compileScenario';
import type { CompiledModel } from '../compile/compiledModel';
import { evaluateStations } from '../capacity/stations';
import { monthlyCostUsd } from '../cost/evaluateCost';
import { overallLatency } from '../latency/evaluateLatency';
import { performanceStructure, unitLoadOf } from '../performanceStructure';
import type { SweepPoint } from './sweepPoint';

/**
 * Latency, utilization and cost against offered load (SPEC §2.7 "load 0 → saturation"): one point per
 * value of `requestsPerSecond`, each what `evaluatePerformance` reports at that load. Only what load
 * changes is recomputed: the traffic per request is propagated once (the model is linear in load),
 * the compiled latency program is shared, and at each point the stations' queueing is re-evaluated
 * and the latency runner recomputes the paths whose stations' waits changed (a station whose wait
 * stays negligible keeps its delay). Points are independent: a caller may sweep in chunks, to deliver
 * them progressively or to stop early, at the same cost per point.
 */
export function sweepLoad(model: CompiledModel, requestsPerSecond: readonly number[]): SweepPoint[] {
  const structure = performanceStructure(model);
  const unitLoad = unitLoadOf(model);
  return requestsPerSecond.map((x) => {
    const at = withRequestsPerSecond(model, x);
    const stations = evaluateStations(at, unitLoad, x);
    let maxUtilization = 0;
    let saturated = false;
    for (let s = 0; s < stations.utilization.length; s += 1) {
      maxUtilization = Math.max(maxUtilization, stations.utilization[s] ?? 0);
      if (stations.saturated[s] === 1) saturated = true;
    }
    const overall = overallLatency(at, structure.latency.run(at, stations, false));
    return {
      x,
      p50Ms: overall.p50Ms,
      p95Ms: overall.p95Ms,
      p99Ms: overall.p99Ms,
      meanMs: overall.meanMs,
      saturated: overall.saturated || saturated,
      maxUtilization,
      monthlyUsd: monthlyCostUsd(at, unitLoad, stations),
    };
  });
}
