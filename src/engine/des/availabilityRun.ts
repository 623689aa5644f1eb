import type { AvailabilityParameters } from '../availability/availabilityParameters';
import type { CompiledAvailability } from '../availability/compileAvailability';
import { databaseFailureThreshold } from '../availability/scenarioFaultTree';
import { buildCallPlans, routerKindSet, type CallPlan, type CallPlans } from '../compile/callPlans';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { DatabaseComponent, Scenario } from '../../model';
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

/** Most per-request random choices a run enumerates (2^this assignments after every change). */
const maxRequestChoices = 12;

/**
 * What a request's success depends on besides what is up, each with its probability: a CDN, or a cache
 * with callees, missing on a read (1 − hit ratio); a call made on only some requests (callsPerRequest
 * in (0, 1)), from anything but a router.
 */
function requestChoices(model: CompiledModel, plans: CallPlans): { missChoice: Int32Array; callChoice: Int32Array; probabilities: number[] } {
  const { topology: t, parameters: p } = model;
  const probabilities: number[] = [];
  const missChoice = new Int32Array(t.componentIds.length).fill(-1);
  const callChoice = new Int32Array(t.edgeIds.length).fill(-1);
  t.kinds.forEach((kind, c) => {
    const hasCallees = [0, 1].some((k) => (plans.components[c * 2 + k]?.routeEdges.length ?? 0) + (plans.components[c * 2 + k]?.steps.length ?? 0) > 0);
    if (kind === 'cdn' || (kind === 'cache' && hasCallees)) missChoice[c] = probabilities.push(1 - (p.hitRatio[c] as number)) - 1;
  });
  p.edgeCallsPerRequest.forEach((calls, e) => {
    if (t.edgeKind[e] === edgeKindCall && calls > 0 && calls < 1 && !routerKindSet.has(t.kinds[t.edgeFrom[e] as number] ?? 'compute')) callChoice[e] = probabilities.push(calls) - 1;
  });
  return { missChoice, callChoice, probabilities };
}

/**
 * Long-run availability by simulation (SPEC §2.3's cross-check, on the simulator's health state): every
 * process alternates exponential up times (mean MTTR·(1 − q)/q) and repairs (mean MTTR), so each is down
 * a fraction q of the time, independently; after every change each population's reads and writes are
 * walked through the call plans — a router succeeds if any target does, a CDN (or a cache with callees)
 * on a read hit needs only itself, anything else needs itself up (fleets: `minHealthy` instances) and
 * every callee it calls; a database needs as many copies up as its model's quorum for the class. Hits
 * and calls made on only some requests are per-request choices (`requestChoices`): the walk is averaged
 * over every assignment of them, weighted by its probability. The time each root spends failed,
 * weighted as `evaluate` weights roots (share × class fraction), estimates the structural
 * unavailability; the interval is from `batches` batch means. Cache-aside lookups are walked as always
 * made, as the fault tree has them.
 */
export function simulateAvailability(model: CompiledModel, processes: readonly FailureProcess[], run: { hours: number; batches: number; seed: number }): AvailabilityRunEstimate {
  const { topology: t, parameters: p } = model;
  const plans = buildCallPlans(model);
  const health = new HealthState(model, (c) => (t.kinds[c] === 'database' ? (t.copyCount[c] as number) : Math.max(1, p.units[c] as number)), (c) => Math.max(1, p.units[c] as number));
  const rng = createRandomStream(run.seed);
  const scheduler = new Scheduler();
  const shareTotal = p.populationShare.reduce((sum, s) => sum + s, 0);
  const rootWeights = Array.from(p.populationShare).flatMap((share) => [p.readFraction, 1 - p.readFraction].map((f) => (share / shareTotal) * f));
  const { missChoice, callChoice, probabilities } = requestChoices(model, plans);
  if (probabilities.length > maxRequestChoices) throw new RangeError(`simulateAvailability: ${probabilities.length} cache misses and partial calls are more than the ${maxRequestChoices} it can average over`);
  // Copies that must be down for a request of class k to fail at database c: `[c * 2 + k]`.
  const failingCopies = new Int32Array(t.componentIds.length * 2);
  model.scenario.components.forEach((component, c) => {
    if (component.kind === 'database') [0, 1].forEach((k) => (failingCopies[c * 2 + k] = databaseFailureThreshold(component as DatabaseComponent, k === 0 ? 'read' : 'write')));
  });
  let assignment = 0;
  const chosen = (choice: number) => choice >= 0 && ((assignment >> choice) & 1) === 1;
  const state = new Int8Array(t.componentIds.length * 2);
  const succeeds = (c: number, k: number): boolean => {
    const slot = c * 2 + k;
    if (state[slot] === 0) {
      const copiesDown = (t.copyCount[c] as number) - health.upUnits(c);
      const hit = k === 0 && missChoice[c]! >= 0 && !chosen(missChoice[c]!);
      state[slot] = (t.kinds[c] === 'database' ? copiesDown < failingCopies[slot]! : health.componentUp(c) && (hit || planSucceeds(plans.components[slot], k))) ? 1 : -1;
    }
    return state[slot] === 1;
  };
  const planSucceeds = (plan: CallPlan | undefined, k: number): boolean => {
    if (!plan) return true;
    if (plan.router) return plan.routeEdges.some((e) => succeeds(t.edgeTo[e] as number, k));
    return plan.steps.every((step) => step.edges.every((e) => (callChoice[e]! >= 0 && !chosen(callChoice[e]!)) || succeeds(t.edgeTo[e] as number, k)));
  };
  const failedWeight = () => {
    let failed = 0;
    for (assignment = 0; assignment < 2 ** probabilities.length; assignment += 1) {
      let probability = 1;
      probabilities.forEach((q, j) => (probability *= ((assignment >> j) & 1) === 1 ? q : 1 - q));
      if (probability === 0) continue;
      state.fill(0);
      failed += probability * rootWeights.reduce((sum, w, root) => sum + (w > 0 && !planSucceeds(plans.populations[root], root % 2) ? w : 0), 0);
    }
    return failed;
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
