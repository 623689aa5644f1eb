import { createSweepPlanner, evaluate, type SweepPlan } from '../engine';
import { describeError } from '../model';
import type { EngineWorkerApi, SweepRequest } from './protocol';

/**
 * The compare view's half of a worker: whole documents evaluated afresh, and sweeps planned and
 * computed a chunk at a time, so that the pool can share a sweep's chunks out among its workers.
 * Each worker keeps the plan of the last curve it was given, so a curve is sent and compiled once
 * per worker, and its chunks name it by id; the next curve of the same design reuses its compiled
 * model (`createSweepPlanner`).
 */
export function createCompareHost(): Pick<EngineWorkerApi, 'evaluateWhole' | 'sweepOutline' | 'sweepPoints'> {
  const planSweep = createSweepPlanner();
  let last: { id: number; name: string; plan: SweepPlan | null } | null = null;
  return {
    evaluateWhole(scenario) {
      try {
        return { kind: 'report', report: evaluate(scenario) };
      } catch (error) {
        return { kind: 'failed', message: `The engine could not evaluate ${scenario.name}: ${describeError(error)}` };
      }
    },
    sweepOutline({ id, scenario, kind, points, upToRequestsPerSecond }: SweepRequest) {
      if (last?.id !== id) last = { id, name: scenario.name, plan: planSweep(scenario, kind, points, upToRequestsPerSecond) };
      const { plan } = last;
      return plan && { xLabel: plan.xLabel, values: plan.values };
    },
    sweepPoints(id, values) {
      if (last?.id !== id) return null;
      if (!last.plan) throw new Error(`${last.name} has nothing to sweep`);
      return last.plan.run(values);
    },
  };
}
