import { buildCallPlans } from '../compile/callPlans';
import { withRequestsPerSecond } from '../compile/compileScenario';
import type { CompiledModel } from '../compile/compiledModel';
import { propagateLoad } from '../capacity/propagateLoad';
import { evaluatePerformance } from '../evaluatePerformance';
import { sweepPointOf, type SweepPoint } from './sweepPoint';

/**
 * Latency, utilization and cost against offered load (SPEC §2.7 "load 0 → saturation"): one point per
 * value of `requestsPerSecond`. The traffic per request is propagated once and reused at every point
 * (the model is linear in load); only stations, latency and cost are recomputed.
 */
export function sweepLoad(model: CompiledModel, requestsPerSecond: readonly number[]): SweepPoint[] {
  const unitModel = withRequestsPerSecond(model, 1);
  const unitLoad = propagateLoad(unitModel, buildCallPlans(unitModel));
  return requestsPerSecond.map((x) => sweepPointOf(x, evaluatePerformance(withRequestsPerSecond(model, x), unitLoad)));
}
