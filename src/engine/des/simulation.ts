import { propagateLoad } from '../capacity/propagateLoad';
import { evaluateStations } from '../capacity/stations';
import { buildCallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { createRandomStream } from '../random';
import { Autoscaler } from './autoscaler';
import { CircuitBreakers } from './circuitBreakers';
import { DatabaseCalls } from './databaseCalls';
import { resolveFailureTarget, type ResolvedFailureTarget } from './failureTimeline';
import { FailureResponse } from './failureResponse';
import { HealthState } from './healthState';
import { NetworkDelays } from './networkDelays';
import { QueueBacklogs } from './queueBacklogs';
import { SimulationRunner } from './simulationRunner';
import { Router } from './routing';
import { Scheduler } from './scheduler';
import type { SimulationOptions, SimulationTotals, SimulationWindow } from './simulationTypes';
import { UnitStations } from './unitStations';
import { WindowRecorder } from './windowRecorder';

/** Seconds between two autoscaling decisions: a named assumption (a one-minute metric period, common to cloud autoscalers). */
const autoscaleCheckSeconds = 60;

/** A running simulation, advanced in chunks so a caller can report progress, stream windows and cancel between chunks. */
export interface Simulation {
  /** Runs until `untilSimSeconds` (capped at the run's length) or `maxEvents`; returns the windows closed meanwhile. */
  step(untilSimSeconds: number, maxEvents?: number): SimulationWindow[];
  /** Simulated seconds reached. */
  readonly nowSeconds: number;
  readonly done: boolean;
  totals(): SimulationTotals;
  /** Latencies (ms) of successful requests that arrived after `warmUpSeconds`, when `keepLatencies` is set. */
  latenciesMs(): Float64Array;
}

/**
 * Creates a request-level discrete-event simulation of a compiled model (SPEC §2.6): Poisson arrivals at
 * the workload's requests/s, split by population share and read fraction; each request walks the model
 * (`SimulationRunner`, the request walk run by the simulator) through stations, network delays, routing, timeouts, retries and circuit breakers;
 * fleets autoscale; the failure timeline fails and repairs units, zones, regions and database primaries
 * and the design reacts (`FailureResponse`). Throws with a message naming an unknown failure target.
 */
export function createSimulation(model: CompiledModel, options: SimulationOptions): Simulation {
  const { topology: t, parameters: p } = model;
  const seed = options.seed ?? 1;
  const windowMs = (options.windowSeconds ?? 1) * 1000;
  const endMs = options.seconds * 1000;
  const failures = (options.failures ?? []).map((failure) => {
    const target = resolveFailureTarget(model.scenario, failure.target);
    if (typeof target === 'string') throw new Error(target);
    return { ...failure, resolved: target };
  });
  const plans = buildCallPlans(model);
  const table = evaluateStations(model, propagateLoad(model, plans), p.requestsPerSecond);
  const isFleet = (c: number) => (t.kinds[c] === 'compute' || t.kinds[c] === 'monolith') && p.serverless[c] !== 1;
  const unitsOf = (c: number) => (t.kinds[c] === 'database' ? (t.copyCount[c] as number) : isFleet(c) || t.kinds[c] === 'cache' ? Math.max(p.units[c] as number, p.autoscaling[c] === 1 ? (p.autoscalingMax[c] as number) : 0) : 1);
  const initialActive = (c: number) => (isFleet(c) && p.autoscaling[c] === 1 ? (table.units[table.start[c] as number] as number) : unitsOf(c));

  const scheduler = new Scheduler();
  const rng = createRandomStream(seed);
  const arrivals = createRandomStream(seed ^ 0x9e3779b9);
  const health = new HealthState(model, unitsOf, initialActive);
  const router = new Router(model);
  const stations = new UnitStations(model, health.unitComponent, scheduler, rng);
  const network = new NetworkDelays();
  const databases = new DatabaseCalls(model, health, stations, network, scheduler, rng);
  const unitBelievedUp = new Uint8Array(health.unitUp.length).fill(1);
  const breakers = new CircuitBreakers(t.edgeIds, options.circuitBreakers ?? {});
  const backlogs = new QueueBacklogs();
  const walker = new SimulationRunner({ model, plans, scheduler, rng, router, health, stations, breakers, databases, unitBelievedUp, backlogs });
  const response = new FailureResponse(model, health, router, unitBelievedUp, stations, databases, scheduler);
  const recorder = new WindowRecorder(model, health, stations, backlogs);
  const autoscaler = new Autoscaler(model, health, scheduler);

  const totals = { requests: 0, failed: 0, lastFailureMs: Number.NEGATIVE_INFINITY };
  const firstFailureMs = failures.length > 0 ? Math.min(...failures.map((f) => f.atSeconds * 1000)) : null;
  const latencies: number[] = [];
  const warmUpMs = (options.warmUpSeconds ?? 0) * 1000;
  let windows: SimulationWindow[] = [];
  let windowsSinceScaling = 0;

  const shares = Array.from(p.populationShare);
  const shareTotal = shares.reduce((sum, s) => sum + s, 0);
  const cumulativeShare = shares.map(((sum) => (s: number) => (sum += shareTotal > 0 ? s / shareTotal : 1 / shares.length))(0));
  const meanGapMs = 1000 / p.requestsPerSecond;
  const arrive = () => {
    const arrivedMs = scheduler.nowMs;
    const u = arrivals.nextOpenUnit();
    let population = cumulativeShare.findIndex((c) => u <= c);
    if (population < 0) population = shares.length - 1;
    const classIndex = arrivals.nextOpenUnit() <= p.readFraction ? 0 : 1;
    walker.population(population, classIndex, (ok) => {
      const latencyMs = scheduler.nowMs - arrivedMs;
      totals.requests += 1;
      if (!ok) {
        totals.failed += 1;
        totals.lastFailureMs = scheduler.nowMs;
      } else if (options.keepLatencies === true && arrivedMs >= warmUpMs) latencies.push(latencyMs);
      recorder.record(ok, latencyMs);
    });
    scheduler.after(-meanGapMs * Math.log(arrivals.nextOpenUnit()), arrive);
  };
  if (p.requestsPerSecond > 0 && shares.length > 0) scheduler.after(-meanGapMs * Math.log(arrivals.nextOpenUnit()), arrive);

  const apply = (target: ResolvedFailureTarget, delta: 1 | -1) => {
    health.change(health.concreteTarget(target), delta);
    response.changed();
    walker.redeliver();
  };
  for (const failure of failures) {
    scheduler.at(failure.atSeconds * 1000, () => {
      const concrete = health.concreteTarget(failure.resolved);
      apply(concrete, 1);
      if (failure.repairAtSeconds !== null) scheduler.at(failure.repairAtSeconds * 1000, () => apply(concrete, -1));
    });
  }

  const closeWindow = () => {
    windows.push(recorder.close(scheduler.nowMs, (c) => response.stateOf(c)));
    databases.trim();
    windowsSinceScaling += 1;
    if (autoscaler.enabled && windowsSinceScaling * windowMs >= autoscaleCheckSeconds * 1000) {
      autoscaler.check((c) => (recorder.utilizationSum[c] as number) / windowsSinceScaling);
      recorder.utilizationSum.fill(0);
      windowsSinceScaling = 0;
    }
    if (scheduler.nowMs + windowMs <= endMs + 1e-6) scheduler.after(windowMs, closeWindow);
  };
  scheduler.at(Math.min(windowMs, endMs), closeWindow);

  return {
    step(untilSimSeconds, maxEvents) {
      scheduler.runUntil(Math.min(untilSimSeconds * 1000, endMs), maxEvents);
      const closed = windows;
      windows = [];
      return closed;
    },
    get nowSeconds() {
      return scheduler.nowMs / 1000;
    },
    get done() {
      return scheduler.nowMs >= endMs;
    },
    totals() {
      return {
        simulatedSeconds: scheduler.nowMs / 1000,
        requests: totals.requests,
        failedRequests: totals.failed,
        refusedVisits: stations.refused,
        writesLost: response.writesLost,
        timeToRecoverSeconds: timeToRecoverSeconds(firstFailureMs, totals.lastFailureMs, scheduler.nowMs - windowMs),
        firstFailureSeconds: firstFailureMs === null ? null : firstFailureMs / 1000,
        events: scheduler.events,
      };
    },
    latenciesMs: () => Float64Array.from(latencies),
  };
}

/** First injected failure → last failed request, s: 0 when nothing failed after it, null while requests still fail in the last window. */
function timeToRecoverSeconds(firstFailureMs: number | null, lastFailureMs: number, lastWindowStartMs: number): number | null {
  if (firstFailureMs === null) return null;
  if (lastFailureMs < firstFailureMs) return 0;
  return lastFailureMs >= lastWindowStartMs ? null : (lastFailureMs - firstFailureMs) / 1000;
}
