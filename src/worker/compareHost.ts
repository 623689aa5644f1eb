import { evaluate, planSweep, type SweepPlan } from '../engine';
import { describeError } from '../model';
import type { EngineWorkerApi, SweepRequest } from './protocol';

/**
 * The compare view's half of a worker: whole documents evaluated afresh, and sweeps planned and
 * computed a chunk at a time, so that the pool can share a sweep's chunks out among its workers.
 * Each worker keeps the plan of the last curve it was given, so a curve is compiled once per worker
 * rather than once per chunk.
 */
export function createCompareHost(): Pick<EngineWorkerApi, 'evaluateWhole' | 'sweepOutline' | 'sweepPoints'> {
  let last: { id: number; plan: SweepPlan | null } | null = null;
  const planOf = ({ id, scenario, kind, points, upToRequestsPerSecond }: SweepRequest) => {
    if (last?.id !== id) last = { id, plan: planSweep(scenario, kind, points, upToRequestsPerSecond) };
    return last.plan;
  };
  return {
    evaluateWhole(scenario) {
      try {
        return { kind: 'report', report: evaluate(scenario) };
      } catch (error) {
        return { kind: 'failed', message: `The engine could not evaluate ${scenario.name}: ${describeError(error)}` };
      }
    },
    sweepOutline(request) {
      const plan = planOf(request);
      return plan && { xLabel: plan.xLabel, values: plan.values };
    },
    sweepPoints(request, values) {
      const plan = planOf(request);
      if (!plan) throw new Error(`${request.scenario.name} has nothing to sweep`);
      return plan.run(values);
    },
  };
}
