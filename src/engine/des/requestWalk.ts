import type { ComponentKind } from '../../model';
import { callGate, type CallPlan, type CallPlans } from '../compile/callPlans';
import { edgeKindAsync, type CompiledModel } from '../compile/compiledModel';
import { calleeIsClientSide, contextOfComponent, contextSite } from '../compile/requestContext';
import { networkDefaults } from '../catalog/networkDefaults';
import { sampleServiceTime, type Xoshiro128StarStar } from '../random';
import type { CircuitBreakers } from './circuitBreakers';
import type { DatabaseCalls } from './databaseCalls';
import type { HealthState } from './healthState';
import type { NetworkDelays } from './networkDelays';
import type { QueueBacklogs } from './queueBacklogs';
import type { Router } from './routing';
import type { Scheduler } from './scheduler';
import type { Done, UnitStations } from './unitStations';

const handshakeRtts = networkDefaults.tcpHandshakeRtts.value + networkDefaults.tls13HandshakeRtts.value;

/** Where a fire-and-forget message's walk ends: nobody waits for it. */
const ignore: Done = () => {};

/** What a simulated request walks through. */
export interface WalkContext {
  model: CompiledModel;
  plans: CallPlans;
  scheduler: Scheduler;
  rng: Xoshiro128StarStar;
  router: Router;
  health: HealthState;
  stations: UnitStations;
  network: NetworkDelays;
  breakers: CircuitBreakers;
  databases: DatabaseCalls;
  /** Per unit: 1 while the callers of its fleet believe it up (they stop sending after their detection time). */
  unitBelievedUp: Uint8Array;
  /** Messages queues hold while none of their consumers is up. */
  backlogs: QueueBacklogs;
}

/**
 * One request's walk through the compiled model, event by event, on the rules the analytic latency walk
 * (`walk/requestWalk.ts`) turns into distributions: the same call plans, routing shares, network
 * RTTs (last mile and handshakes on the client's connection), service-time shapes, cache and CDN hit
 * ratios, cache-aside gates, `callsPerRequest` (in a row, or at once in a parallel group) and parallel
 * fan-out (the caller waits for every branch). Where the analytic walk has distributions, this has
 * failures: a call to a unit that is down fails after the network delay; a call with `timeoutMs` fails
 * at its timeout; a failed attempt is retried `retries` times after exponential backoff with equal jitter
 * (backoff·2ⁱ·(½ + ½U)); an open circuit breaker fails the call at once.
 */
export class RequestWalker {
  /** The asynchronous edges out of each component that the walk follows (call cycles cut). */
  private readonly asyncOut: number[][];

  constructor(private readonly w: WalkContext) {
    const t = w.model.topology;
    this.asyncOut = t.componentIds.map((_, c) => {
      const edges: number[] = [];
      for (let i = t.flowOutStart[c] as number; i < (t.flowOutStart[c + 1] as number); i += 1) {
        const e = t.flowOutEdges[i] as number;
        if (t.edgeKind[e] === edgeKindAsync && t.cyclic[e] !== 1) edges.push(e);
      }
      return edges;
    });
  }

  /** A request of population `population` in class `classIndex` (0 read, 1 write). */
  population(population: number, classIndex: number, done: Done): void {
    const plan = this.w.plans.populations[population * 2 + classIndex];
    if (!plan) return done(true);
    this.runPlan(plan, -(population + 1), classIndex, population, true, done);
  }

  private runPlan(plan: CallPlan, caller: number, classIndex: number, context: number, clientSide: boolean, done: Done): void {
    if (plan.router) {
      const e = this.w.router.choose(caller, classIndex, plan.routeEdges, context, this.w.rng);
      if (e < 0) return done(false);
      return this.call(e, classIndex, caller, context, clientSide, false, done);
    }
    let step = 0;
    const next: Done = (ok) => {
      if (!ok) return done(false);
      const current = plan.steps[step++];
      if (!current) return done(true);
      const edges = current.edges.filter((_, i) => this.w.rng.nextOpenUnit() <= callGate(plan, current, i, this.w.model.parameters.hitRatio));
      if (current.parallel) this.all(edges.length, (i, d) => this.call(edges[i] as number, classIndex, caller, context, clientSide, true, d), next);
      else this.inRow(edges.length, (i, d) => this.call(edges[i] as number, classIndex, caller, context, clientSide, false, d), next);
    };
    next(true);
  }

  /** Runs `count` operations one after another, stopping at the first failure. */
  private inRow(count: number, run: (i: number, done: Done) => void, done: Done): void {
    let i = 0;
    const next: Done = (ok) => (!ok ? done(false) : i === count ? done(true) : run(i++, next));
    next(true);
  }

  /** Runs `count` operations at once; done when all have finished, failed if any failed. */
  private all(count: number, run: (i: number, done: Done) => void, done: Done): void {
    if (count === 0) return done(true);
    let pending = count;
    let failed = false;
    for (let i = 0; i < count; i += 1) {
      run(i, (ok) => {
        failed ||= !ok;
        if (--pending === 0) done(!failed);
      });
    }
  }

  private call(e: number, classIndex: number, caller: number, context: number, clientSide: boolean, parallel: boolean, done: Done): void {
    const mean = this.w.model.parameters.edgeCallsPerRequest[e] as number;
    const times = Math.floor(mean) + (this.w.rng.nextOpenUnit() <= mean - Math.floor(mean) ? 1 : 0);
    const attempt = (_: number, d: Done) => this.withRetries(e, d, (settle) => this.hop(e, classIndex, caller, context, clientSide, settle));
    if (parallel) this.all(times, attempt, done);
    else this.inRow(times, attempt, done);
  }

  private withRetries(e: number, done: Done, hop: (settle: Done) => void): void {
    const { model, scheduler, rng, breakers } = this.w;
    const p = model.parameters;
    const timeoutMs = p.edgeTimeoutMs[e] as number;
    const retries = p.edgeRetries[e] as number;
    let attempt = 0;
    const tryOnce = () => {
      if (!breakers.allows(e, scheduler.nowMs)) return done(false);
      let settled = false;
      const settle: Done = (ok) => {
        if (settled) return;
        settled = true;
        breakers.record(e, ok, scheduler.nowMs);
        if (ok || attempt >= retries) return done(ok);
        const backoffMs = (p.edgeRetryBackoffMs[e] as number) * 2 ** attempt * (0.5 + 0.5 * rng.nextOpenUnit());
        attempt += 1;
        scheduler.after(backoffMs, tryOnce);
      };
      if (Number.isFinite(timeoutMs)) scheduler.after(timeoutMs, () => settle(false));
      hop(settle);
    };
    tryOnce();
  }

  private hop(e: number, classIndex: number, caller: number, callerContext: number, callerClientSide: boolean, done: Done): void {
    const { model, network, scheduler, rng } = this.w;
    const { topology: t, parameters: p } = model;
    const callee = t.edgeTo[e] as number;
    const calleeKind: ComponentKind = t.kinds[callee] ?? 'compute';
    if (calleeKind === 'database') return this.w.databases.call(callee, classIndex, contextSite(t, callerContext), done);
    const callerIsPopulation = caller < 0;
    const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
    const calleeContext = contextOfComponent(t, callee, callerContext);
    const calleeClientSide = calleeIsClientSide(callerIsPopulation, callerKind, callerClientSide, calleeKind);
    const respond = () => this.respond(callee, classIndex, calleeContext, calleeClientSide, done);
    if (calleeKind === 'external' || calleeKind === 'dns') return respond();
    let rttMs = calleeContext === callerContext ? 0 : network.rttMs(contextSite(t, callerContext), contextSite(t, calleeContext));
    if (callerIsPopulation || (callerClientSide && callerKind === 'dns')) {
      const lastMileMs = p.populationLastMileMs[callerContext] as number;
      rttMs = calleeKind === 'cdn' ? (p.fixedDelayMs[callee] as number) : calleeKind === 'globalLb' ? lastMileMs : lastMileMs + rttMs;
      if (rng.nextOpenUnit() <= (p.populationNewConnectionFraction[callerContext] as number)) rttMs += handshakeRtts * rttMs;
    }
    scheduler.after(rttMs, respond);
  }

  private respond(c: number, classIndex: number, context: number, clientSide: boolean, done: Done): void {
    const { model, rng } = this.w;
    const { topology: t, parameters: p } = model;
    const plan = this.w.plans.components[c * 2 + classIndex];
    const kind = t.kinds[c];
    const onward: Done = (ok) => {
      if (ok) this.sendMessages(c, classIndex, context);
      if (!ok || !plan || (plan.routeEdges.length === 0 && plan.steps.length === 0)) return done(ok);
      if ((kind === 'cdn' || kind === 'cache') && rng.nextOpenUnit() <= (p.hitRatio[c] as number)) return done(true);
      this.runPlan(plan, c, classIndex, context, clientSide, done);
    };
    switch (kind) {
      case 'compute':
      case 'monolith':
      case 'cache':
        return this.visitFleet(c, onward);
      case 'dns': {
        const newConnection = clientSide && context < t.populationIds.length && rng.nextOpenUnit() <= (p.populationNewConnectionFraction[context] as number);
        return this.afterIfUp(c, newConnection ? (p.fixedDelayMs[c] as number) : 0, onward);
      }
      case 'queue':
        return this.afterIfUp(c, p.fixedDelayMs[c] as number, onward);
      case 'cdn':
        // Its fixed delay is the round trip to the edge, already the hop's RTT: a hit adds nothing more.
        return this.afterIfUp(c, 0, onward);
      default:
        return this.afterIfUp(c, sampleServiceTime(rng, p.serviceMs[c] as number, p.serviceCv[c] as number), onward);
    }
  }

  /**
   * The asynchronous messages a visit of component c sends, each walked on its own (fire-and-forget:
   * the request neither waits for nor fails with them), as the analytic load has them: a sender
   * publishes `messagesPerRequest` per visit (⌊m⌋, one more with probability frac(m)) on each async
   * edge; a queue hands each message it accepts to one of its consumers that is up (they compete for
   * messages, SQS semantics), or holds it until one is (`redeliver`).
   */
  private sendMessages(c: number, classIndex: number, context: number): void {
    const { model, rng } = this.w;
    const { topology: t, parameters: p } = model;
    const sent = this.asyncOut[c] ?? [];
    if (sent.length === 0) return;
    if (t.kinds[c] === 'queue') {
      this.consume(c, sent, classIndex, context);
      return;
    }
    for (const e of sent) {
      const mean = p.edgeMessagesPerRequest[e] as number;
      const count = Math.floor(mean) + (rng.nextOpenUnit() <= mean - Math.floor(mean) ? 1 : 0);
      for (let k = 0; k < count; k += 1) this.hop(e, classIndex, c, context, false, ignore);
    }
  }

  /** Queue `queue` hands a message to one of its consumers (over `edges`) that is up, else holds it. */
  private consume(queue: number, edges: readonly number[], classIndex: number, context: number): void {
    const t = this.w.model.topology;
    const up = edges.filter((e) => this.w.health.componentUp(t.edgeTo[e] as number));
    if (up.length === 0) return this.w.backlogs.hold(queue, classIndex, context);
    this.hop(up[Math.floor(this.w.rng.nextOpenUnit() * up.length - 1e-12)] as number, classIndex, queue, context, false, ignore);
  }

  /** After a change of health: every queue holding messages hands them, oldest first, to its consumers that are up again. */
  redeliver(): void {
    const { backlogs, health, model } = this.w;
    for (const queue of backlogs.queues()) {
      const edges = this.asyncOut[queue] ?? [];
      if (!edges.some((e) => health.componentUp(model.topology.edgeTo[e] as number))) continue;
      for (const message of backlogs.take(queue)) this.consume(queue, edges, message.classIndex, message.context);
    }
  }

  /** A unit without a queue (router, managed service): answers after `delayMs` if it is up. */
  private afterIfUp(c: number, delayMs: number, done: Done): void {
    if (!this.w.health.componentUp(c)) return done(false);
    if (delayMs <= 0) return done(true);
    this.w.scheduler.after(delayMs, () => done(true));
  }

  /**
   * A fleet instance or cache node picked at random among those its callers believe up (round robin at
   * steady state); the whole fleet fails below `minHealthy` instances up, as the analytic model has it.
   */
  private visitFleet(c: number, done: Done): void {
    const { health, rng, model, scheduler } = this.w;
    if (!health.componentUp(c)) return done(false);
    const start = health.unitStart[c] as number;
    const active = health.activeUnits[c] as number;
    if (active === 0) return done(false);
    let believed = 0;
    for (let u = start; u < start + active; u += 1) believed += this.w.unitBelievedUp[u] as number;
    // With every instance believed down the balancer fails open and spreads over all of them (see `Router`).
    const failOpen = believed === 0;
    let pick = Math.floor(rng.nextOpenUnit() * (failOpen ? active : believed) - 1e-12);
    let unit = start;
    for (; unit < start + active; unit += 1) if ((failOpen || this.w.unitBelievedUp[unit] === 1) && pick-- === 0) break;
    if (health.unitUp[unit] !== 1) return done(false);
    const p = model.parameters;
    const coldStartMs = p.serverless[c] === 1 && rng.nextOpenUnit() <= (p.serverlessColdStartRate[c] as number) ? (p.serverlessColdStartMs[c] as number) : 0;
    if (coldStartMs > 0) scheduler.after(coldStartMs, () => this.w.stations.visit(unit, c, done));
    else this.w.stations.visit(unit, c, done);
  }
}
