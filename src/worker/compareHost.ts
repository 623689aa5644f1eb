import { createSweepPlanner, evaluate, type SweepPlan } from '../engine';
import { describeError, type Scenario } from '../model';
import type { EngineWorkerApi, SweepDocument, SweepPlanRequest } from './protocol';
import { applyScenarioPatch } from './scenarioPatch';

/**
 * The compare view's half of a worker: whole documents evaluated afresh, and sweeps planned and
 * computed a chunk at a time, so that the pool can share a sweep's chunks out among its workers.
 * Each worker keeps the plan and the design of the last curve it was given, so a curve is sent and
 * compiled once per worker, its chunks name it by id, and the next curve's design may come as a
 * patch on this one's; the next curve of the same design reuses its compiled model (`createSweepPlanner`).
 */
export function createCompareHost(): Pick<EngineWorkerApi, 'evaluateWhole' | 'sweepOutline' | 'sweepPoints'> {
  const planSweep = createSweepPlanner();
  let last: { id: number; scenario: Scenario; plan: SweepPlan | null } | null = null;
  const documentOf = (document: SweepDocument): Scenario | null => {
    if (document.kind === 'full') return document.scenario;
    return last?.id === document.baseId ? applyScenarioPatch(last.scenario, document.patch) : null;
  };
  return {
    evaluateWhole(scenario) {
      try {
        return { kind: 'report', report: evaluate(scenario) };
      } catch (error) {
        return { kind: 'failed', message: `The engine could not evaluate ${scenario.name}: ${describeError(error)}` };
      }
    },
    sweepOutline({ id, document, kind, points, upToRequestsPerSecond }: SweepPlanRequest) {
      if (last?.id !== id) {
        const scenario = documentOf(document);
        if (!scenario) return 'needsFull';
        last = { id, scenario, plan: planSweep(scenario, kind, points, upToRequestsPerSecond) };
      }
      const { plan } = last;
      return plan && { xLabel: plan.xLabel, values: plan.values };
    },
    sweepPoints(id, values) {
      if (last?.id !== id) return null;
      if (!last.plan) throw new Error(`${last.scenario.name} has nothing to sweep`);
      return last.plan.run(values);
    },
  };
}
