import type { CompiledModel } from '../compile/compiledModel';
import type { HealthState } from './healthState';
import type { Scheduler } from './scheduler';

/**
 * Target-tracking autoscaling of the fleets that have it: at each check the scaler reads the fleet's
 * mean utilization since the last check and wants ⌈active × utilization / target⌉ instances (within
 * min … max, as `capacity/stations.ts` sizes them); added instances serve only `scaleUpSeconds` later
 * (boot + health check), removed ones leave at once. How often the scaler looks is the caller's
 * `checkSeconds` (a named assumption, see `runSimulation`).
 */
export class Autoscaler {
  private readonly fleets: number[];
  private readonly pending: Int32Array;
  private readonly scaleUpMs: Float64Array;

  constructor(
    private readonly model: CompiledModel,
    private readonly health: HealthState,
    private readonly scheduler: Scheduler,
  ) {
    const { parameters: p, topology: t } = model;
    this.fleets = t.componentIds.map((_, c) => c).filter((c) => p.autoscaling[c] === 1 && p.serverless[c] !== 1);
    this.pending = new Int32Array(t.componentIds.length);
    this.scaleUpMs = Float64Array.from(model.scenario.components, (c) => (c.kind === 'compute' || c.kind === 'monolith' ? c.autoscaling.scaleUpSeconds * 1000 : 0));
  }

  get enabled(): boolean {
    return this.fleets.length > 0;
  }

  /** One scaling decision per fleet from its mean utilization since the last check (`utilizationOf`). */
  check(utilizationOf: (component: number) => number): void {
    const p = this.model.parameters;
    for (const c of this.fleets) {
      const active = this.health.activeUnits[c] as number;
      const wanted = Math.ceil((active * utilizationOf(c)) / (p.autoscalingTarget[c] as number) - 1e-9);
      const desired = Math.min(p.autoscalingMax[c] as number, Math.max(p.autoscalingMin[c] as number, wanted));
      const coming = this.pending[c] as number;
      if (desired > active + coming) {
        const added = desired - active - coming;
        this.pending[c] = coming + added;
        this.scheduler.after(this.scaleUpMs[c] as number, () => {
          this.pending[c]! -= added;
          this.health.activeUnits[c]! += added;
        });
      } else if (desired < active && coming === 0) {
        this.health.activeUnits[c] = desired;
      }
    }
  }
}
