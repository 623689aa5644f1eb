import type { CompiledModel } from '../compile/compiledModel';
import type { HealthState } from './healthState';
import { LatencyHistogram } from './latencyHistogram';
import type { ComponentSimulationState, SimulationWindow } from './simulationTypes';
import type { QueueBacklogs } from './queueBacklogs';
import type { UnitStations } from './unitStations';

/** Utilization at or above which a component is shown saturated (its queue grows in bursts). */
const saturatedUtilization = 0.95;

/**
 * Collects one window of the time series at a time: completions and failures, a latency histogram of
 * successful requests, and at the window's end each queueing component's busy fraction, queue length and
 * state, and the messages each queue component holds for its consumers. Also sums each component's
 * window utilizations in `utilizationSum`, which the autoscaler reads and resets.
 */
export class WindowRecorder {
  private readonly histogram = new LatencyHistogram();
  private requests = 0;
  private failed = 0;
  private startMs = 0;
  readonly utilizationSum: Float64Array;

  constructor(
    private readonly model: CompiledModel,
    private readonly health: HealthState,
    private readonly stations: UnitStations,
    private readonly backlogs: QueueBacklogs,
  ) {
    this.utilizationSum = new Float64Array(model.topology.componentIds.length);
  }

  record(ok: boolean, latencyMs: number): void {
    this.requests += 1;
    if (ok) this.histogram.record(latencyMs);
    else this.failed += 1;
  }

  /** Closes the window ending at `nowMs`; `stateOf` says what each component is doing then (null: not failing). */
  close(nowMs: number, stateOf: (c: number) => ComponentSimulationState | null): SimulationWindow {
    const { componentIds } = this.model.topology;
    const windowMs = nowMs - this.startMs;
    const queueLength: Record<string, number> = {};
    const utilization: Record<string, number> = {};
    const states: Record<string, ComponentSimulationState> = {};
    componentIds.forEach((id, c) => {
      const start = this.health.unitStart[c] as number;
      const station = this.stations.stations[start];
      let state = stateOf(c);
      if (station) {
        // A fleet's instances share its load, so its busy fraction is theirs together; a database's copies
        // do not (a leader takes every query), so it is its busiest copy's, as the analytic capacity reads it.
        const isDatabase = this.model.topology.kinds[c] === 'database';
        let busyMs = 0;
        let queued = 0;
        let capacityMs = 0;
        let busiestCopy = 0;
        for (let u = start; u < (this.health.unitStart[c + 1] as number); u += 1) {
          const s = this.stations.stations[u];
          if (!s) continue;
          const unitBusyMs = s.takeBusyMs(nowMs);
          busyMs += unitBusyMs;
          queued += s.queueLength;
          if (this.health.unitUp[u] !== 1 || !(isDatabase || u < start + (this.health.activeUnits[c] as number))) continue;
          capacityMs += s.servers * windowMs;
          if (windowMs > 0) busiestCopy = Math.max(busiestCopy, unitBusyMs / (s.servers * windowMs));
        }
        const busy = isDatabase ? Math.min(1, busiestCopy) : capacityMs > 0 ? Math.min(1, busyMs / capacityMs) : 0;
        utilization[id] = busy;
        queueLength[id] = queued;
        this.utilizationSum[c]! += busy;
        if (state === null && busy >= saturatedUtilization) state = 'saturated';
      }
      if (this.model.topology.kinds[c] === 'queue') queueLength[id] = this.backlogs.count(c);
      if (state !== null) states[id] = state;
    });
    const succeeded = this.requests - this.failed;
    const window: SimulationWindow = {
      startSeconds: this.startMs / 1000,
      endSeconds: nowMs / 1000,
      requests: this.requests,
      failed: this.failed,
      throughputPerSecond: windowMs > 0 ? (succeeded * 1000) / windowMs : 0,
      successRate: this.requests > 0 ? succeeded / this.requests : 1,
      p50Ms: succeeded > 0 ? this.histogram.quantileMs(0.5) : null,
      p99Ms: succeeded > 0 ? this.histogram.quantileMs(0.99) : null,
      queueLength,
      utilization,
      states,
    };
    this.histogram.reset();
    this.requests = 0;
    this.failed = 0;
    this.startMs = nowMs;
    return window;
  }
}
