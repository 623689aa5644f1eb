import type { AvailabilityParameters } from '../availability/availabilityParameters';
import type { CompiledAvailability } from '../availability/compileAvailability';
import { buildCallPlans, type CallPlan } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import type { Scenario } from '../../model';
import { createRandomStream, sampleExponential } from '../random';
import type { ResolvedFailureTarget } from './failureTimeline';
import { HealthState } from './healthState';
import { Scheduler } from './scheduler';

/** One independent up/down process: a failure domain, a managed component, a fleet instance or a database copy. */
export interface FailureProcess {
  target: Exclude<ResolvedFailureTarget, { kind: 'databasePrimary' }>;
  /** Steady-state probability of being down. */
  unavailability: number;
  mttrHours: number;
}

/** A long-run estimate of the structural unavailability with its batch-means uncertainty. */
export interface AvailabilityRunEstimate {
  unavailability: number;
  standardError: number;
  confidenceInterval95: [number, number];
  failures: number;
}

/**
 * The failure processes of a design, read from the availability engine's parameters (the same unit
 * reliabilities `evaluate` uses): each zone, region and provider; each managed component; each instance of
 * a fleet (its per-instance reliability); each database copy.
 */
export function failureProcessesOf(scenario: Scenario, compiled: CompiledAvailability, parameters: AvailabilityParameters): FailureProcess[] {
  const processes: FailureProcess[] = [];
  compiled.structure.tree.variables.forEach((variable, v) => {
    const reliability = parameters.reliability[v];
    const element = compiled.variableElement[v] as number;
    if (!reliability || reliability.unavailability <= 0) return;
    const process = { unavailability: reliability.unavailability, mttrHours: reliability.mttrHours };
    if (variable.kind === 'provider' || variable.kind === 'region' || variable.kind === 'zone') processes.push({ ...process, target: { kind: 'group', groupIndex: element } });
    else if (variable.kind === 'component') processes.push({ ...process, target: { kind: 'component', component: element } });
    else if (variable.kind === 'databaseCopy') processes.push({ ...process, target: { kind: 'unit', component: element, unitIndex: variable.copyIndex ?? 0 } });
    else if (variable.kind === 'fleet') {
      const component = scenario.components[element];
      const instances = component?.kind === 'compute' || component?.kind === 'monolith' ? component.instances : 1;
      for (let i = 0; i < instances; i += 1) processes.push({ ...process, target: { kind: 'unit', component: element, unitIndex: i } });
    }
  });
  return processes;
}

/**
 * Long-run availability by simulation (SPEC §2.3's cross-check, on the simulator's health state): every
 * process alternates exponential up times (mean MTTR·(1 − q)/q) and repairs (mean MTTR), so each is down
 * a fraction q of the time, independently; after every change each population's reads and writes are
 * walked through the call plans — a router succeeds if any target does, anything else needs itself up
 * (fleets: `minHealthy` instances) and every callee; a database needs a copy up (its primary for a
 * single database). The time each root spends failed, weighted as `evaluate` weights roots (share ×
 * class fraction), estimates the structural unavailability; the interval is from `batches` batch means.
 * Gated calls (cache-aside, CDN misses) are walked as always made: exact for designs without caches.
 */
export function simulateAvailability(model: CompiledModel, processes: readonly FailureProcess[], run: { hours: number; batches: number; seed: number }): AvailabilityRunEstimate {
  const { topology: t, parameters: p } = model;
  const plans = buildCallPlans(model);
  const health = new HealthState(model, (c) => (t.kinds[c] === 'database' ? (t.copyCount[c] as number) : Math.max(1, p.units[c] as number)), (c) => Math.max(1, p.units[c] as number));
  const rng = createRandomStream(run.seed);
  const scheduler = new Scheduler();
  const shareTotal = p.populationShare.reduce((sum, s) => sum + s, 0);
  const rootWeights = Array.from(p.populationShare).flatMap((share) => [p.readFraction, 1 - p.readFraction].map((f) => (share / shareTotal) * f));
  const state = new Int8Array(t.componentIds.length * 2);
  const succeeds = (c: number, k: number): boolean => {
    const slot = c * 2 + k;
    if (state[slot] === 0) state[slot] = (t.kinds[c] === 'database' ? health.upUnits(c) >= 1 : health.componentUp(c) && planSucceeds(plans.components[slot], k)) ? 1 : -1;
    return state[slot] === 1;
  };
  const planSucceeds = (plan: CallPlan | undefined, k: number): boolean => {
    if (!plan) return true;
    if (plan.router) return plan.routeEdges.some((e) => succeeds(t.edgeTo[e] as number, k));
    return plan.steps.every((step) => step.edges.every((e) => succeeds(t.edgeTo[e] as number, k)));
  };
  const failedWeight = () => {
    state.fill(0);
    return rootWeights.reduce((sum, w, root) => sum + (w > 0 && !planSucceeds(plans.populations[root], root % 2) ? w : 0), 0);
  };

  const hourMs = 3_600_000;
  const batchMs = (run.hours * hourMs) / run.batches;
  const batchMeans: number[] = [];
  let weight = 0;
  let lastMs = 0;
  let downMs = 0;
  const integrate = () => {
    downMs += weight * (scheduler.nowMs - lastMs);
    lastMs = scheduler.nowMs;
  };
  const change = (target: FailureProcess['target'], delta: 1 | -1) => {
    integrate();
    health.change(target, delta);
    weight = failedWeight();
  };
  let failures = 0;
  for (const process of processes) {
    const upMeanMs = (process.mttrHours * hourMs * (1 - process.unavailability)) / process.unavailability;
    const fail = () => {
      failures += 1;
      change(process.target, 1);
      scheduler.after(sampleExponential(rng, process.mttrHours * hourMs), repair);
    };
    const repair = () => {
      change(process.target, -1);
      scheduler.after(sampleExponential(rng, upMeanMs), fail);
    };
    scheduler.after(sampleExponential(rng, upMeanMs), fail);
  }
  for (let b = 1; b <= run.batches; b += 1) {
    scheduler.at(b * batchMs, () => {
      integrate();
      batchMeans.push(downMs / batchMs);
      downMs = 0;
    });
  }
  weight = failedWeight();
  scheduler.runUntil(run.hours * hourMs);
  const mean = batchMeans.reduce((sum, x) => sum + x, 0) / batchMeans.length;
  const variance = batchMeans.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (batchMeans.length - 1);
  const standardError = Math.sqrt(variance / batchMeans.length);
  return { unavailability: mean, standardError, confidenceInterval95: [Math.max(0, mean - 1.96 * standardError), mean + 1.96 * standardError], failures };
}
