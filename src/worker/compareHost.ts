import { evaluate, planSweep } from '../engine';
import type { EngineWorkerApi } from './protocol';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Points computed between two deliveries: small enough to draw progressively, large enough to keep messages few. */
export const sweepChunkPoints = 8;

/**
 * The compare view's half of the worker: several documents evaluated at once, and sweeps computed in
 * chunks, each handed to the caller before the next is started — so the curve draws progressively,
 * and a `cancelSweep` (handled while the worker awaits the caller) stops it between chunks.
 */
export function createCompareHost(): Pick<EngineWorkerApi, 'evaluateMany' | 'sweep' | 'cancelSweep'> {
  const cancelled = new Set<number>();
  return {
    evaluateMany: (scenarios) =>
      scenarios.map((scenario) => {
        try {
          return { kind: 'report', report: evaluate(scenario) };
        } catch (error) {
          return { kind: 'failed', message: `The engine could not evaluate ${scenario.name}: ${describe(error)}` };
        }
      }),
    async sweep({ id, scenario, kind, points, upToRequestsPerSecond }, onChunk) {
      try {
        const plan = planSweep(scenario, kind, points, upToRequestsPerSecond);
        if (!plan) return { kind: 'nothingToSweep' };
        for (let start = 0; start < plan.values.length; start += sweepChunkPoints) {
          if (cancelled.has(id)) return { kind: 'cancelled' };
          await onChunk(plan.xLabel, plan.run(plan.values.slice(start, start + sweepChunkPoints)));
        }
        return cancelled.has(id) ? { kind: 'cancelled' } : { kind: 'done' };
      } catch (error) {
        return { kind: 'failed', message: `The sweep stopped: ${describe(error)}` };
      } finally {
        cancelled.delete(id);
      }
    },
    cancelSweep: (id) => void cancelled.add(id),
  };
}
