import type { Scenario } from '../../model';
import { compileScenario, updateCompiledModel } from '../compile/compileScenario';
import type { CompiledModel } from '../compile/compiledModel';
import { evaluateStations, maxSustainableRequestsPerSecond } from '../capacity/stations';
import { unitLoadOf } from '../performanceStructure';
import { sweepLoad } from './sweepLoad';
import { linearSpace, type SweepPoint } from './sweepPoint';
import { sweepRegions } from './sweepRegions';
import { sweepHitRatio, sweepReplicas } from './sweepScenario';

/** The curves of SPEC §2.7: load 0 → saturation, number of regions, database copies, cache hit ratio. */
export type SweepKind = 'load' | 'regions' | 'replicas' | 'hitRatio';

/** A sweep of one scenario, ready to run in chunks: the swept values and how to evaluate some of them. */
export interface SweepPlan {
  kind: SweepKind;
  /** What is swept, in words ("requests/s", "copies of Orders DB"…). */
  xLabel: string;
  values: number[];
  run: (values: readonly number[]) => SweepPoint[];
}

/** Most copies of a database a replicas sweep goes up to. */
const maxCopies = 5;
/** Most regions a regions sweep goes up to. */
const maxRegions = 4;

/**
 * How many values `planSweep` sweeps for `kind` when `points` are asked for (a curve's points, when
 * its scenario has something to sweep): load and hit ratio in `points` steps; copies and regions
 * counted one by one from 1 to their maximum.
 */
export function sweepValueCount(kind: SweepKind, points: number): number {
  return kind === 'replicas' ? maxCopies : kind === 'regions' ? maxRegions : points;
}

/**
 * Plans a sweep of `scenario`, or returns null when the scenario has nothing to sweep (no database for
 * replicas, no cache or CDN for the hit ratio, no region for regions). Load goes from 0 to
 * `loadUpToRps` when given (so that several designs share one axis), else to the load at which the
 * design saturates (`capacity.maxRequestsPerSecond`; 10 × the workload if it never does), in `points`
 * steps, so the last point is saturated; the hit ratio from 0 to 1; copies from 1 to 5 (each
 * extra copy in the next zone or region of the scenario, cycling); regions from 1 to 4 (`sweepRegions`).
 * A load sweep's model comes from `compile`.
 */
export function planSweep(scenario: Scenario, kind: SweepKind, points: number, loadUpToRps?: number, compile: (scenario: Scenario) => CompiledModel = compileScenario): SweepPlan | null {
  switch (kind) {
    case 'load': {
      const model = compile(scenario);
      const max = loadUpToRps ?? maxSustainableRequestsPerSecond(evaluateStations(model, unitLoadOf(model), model.parameters.requestsPerSecond));
      const top = Number.isFinite(max) && max > 0 ? max : 10 * Math.max(scenario.workload.requestsPerSecond, 1);
      return { kind, xLabel: 'requests/s', values: linearSpace(0, top, points), run: (values) => sweepLoad(model, values) };
    }
    case 'hitRatio': {
      const cache = scenario.components.find((c) => c.kind === 'cache') ?? scenario.components.find((c) => c.kind === 'cdn');
      if (!cache) return null;
      return { kind, xLabel: `hit ratio of ${cache.name}`, values: linearSpace(0, 1, points), run: (values) => sweepHitRatio(scenario, cache.id, values) };
    }
    case 'replicas': {
      const database = scenario.components.find((c) => c.kind === 'database');
      if (!database || database.kind !== 'database') return null;
      const zones = scenario.groups.filter((g) => g.kind === 'zone' && g.id !== database.groupId).map((g) => g.id);
      const candidates = zones.length > 0 ? zones : scenario.groups.filter((g) => g.kind === 'region').map((g) => g.id);
      if (candidates.length === 0) return null;
      return { kind, xLabel: `copies of ${database.name}`, values: linearSpace(1, maxCopies, sweepValueCount(kind, points)), run: (values) => sweepReplicas(scenario, database.id, candidates, values) };
    }
    case 'regions': {
      if (!scenario.groups.some((g) => g.kind === 'region')) return null;
      return { kind, xLabel: 'regions', values: linearSpace(1, maxRegions, sweepValueCount(kind, points)), run: (values) => sweepRegions(scenario, values) };
    }
  }
}

/** Plans sweeps one after another: `planSweep`, with what the planner kept of the sweeps before. */
export type SweepPlanner = (scenario: Scenario, kind: SweepKind, points: number, loadUpToRps?: number) => SweepPlan | null;

/**
 * A planner that keeps the model of its last load sweep and updates it for the next one
 * (`updateCompiledModel`, as an engine session does after an edit): a scenario of the same structure
 * (the same design swept again, or after a parameter edit) reuses the topology, and with it the
 * latency program, the traffic per request and the runner's results, so its sweep starts without
 * compiling. A reused model gives the points a fresh compile gives.
 */
export function createSweepPlanner(): SweepPlanner {
  let model: CompiledModel | null = null;
  const compile = (scenario: Scenario) => (model = model ? updateCompiledModel(model, scenario) : compileScenario(scenario));
  return (scenario, kind, points, loadUpToRps) => planSweep(scenario, kind, points, loadUpToRps, compile);
}
