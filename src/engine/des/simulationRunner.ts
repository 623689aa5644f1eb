import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { stationLayout } from '../capacity/stations';
import type { Site } from '../network/site';
import { sampleServiceTime, type Xoshiro128StarStar } from '../random';
import { ParameterValues } from '../walk/parameterValues';
import { RequestWalk } from '../walk/requestWalk';
import type { NetworkStep, WalkRunner } from '../walk/walkRunner';
import type { CircuitBreakers } from './circuitBreakers';
import type { DatabaseCalls } from './databaseCalls';
import type { HealthState } from './healthState';
import type { QueueBacklogs } from './queueBacklogs';
import type { Router } from './routing';
import type { Scheduler } from './scheduler';
import type { Done, UnitStations } from './unitStations';

/** What a simulated request does: started with its continuation, which it calls once, with whether it succeeded. */
type Process = (done: Done) => void;

/** Where a fire-and-forget message's walk ends: nobody waits for it. */
const ignore: Done = () => {};
const nothing: Process = (done) => done(true);
/** Nested synchronous steps before the next one is run as an event at the same time (keeps the JS stack short on long call chains). */
const maxSyncDepth = 200;

/** What a simulated request walks through. */
export interface WalkContext {
  model: CompiledModel;
  plans: CallPlans;
  scheduler: Scheduler;
  rng: Xoshiro128StarStar;
  router: Router;
  health: HealthState;
  stations: UnitStations;
  breakers: CircuitBreakers;
  databases: DatabaseCalls;
  /** Per unit: 1 while the callers of its fleet believe it up (they stop sending after their detection time). */
  unitBelievedUp: Uint8Array;
  /** Messages queues hold while none of their consumers is up. */
  backlogs: QueueBacklogs;
}

/**
 * Runs the request walk (`RequestWalk`, the rules the latency figures are built on) as the simulator:
 * every operation becomes a process run request by request, event by event. Where the analytic runners
 * have distributions, this has samples and failures: a visit of a component that is down fails; a fleet
 * visit queues at one of the instances its callers believe up; a call with `timeoutMs` fails at its
 * timeout; a failed attempt is retried `retries` times after exponential backoff with equal jitter
 * (backoff·2ⁱ·(½ + ½U)); an open circuit breaker fails the call at once; routers choose among targets
 * their health checks believe up (`Router`); databases follow their copies' health (`DatabaseCalls`);
 * a visit sends its async messages, walked on their own (fire-and-forget).
 */
export class SimulationRunner extends ParameterValues implements WalkRunner<Process> {
  private readonly walk: RequestWalk<Process>;
  private readonly memoized = new Map<number, Process>();
  private readonly messages = new Map<number, Process>();
  private readonly populations: Array<Process | undefined> = [];
  /** The component each analytic station belongs to (the walk names a fleet by its station). */
  private readonly stationOwner: Int32Array;
  private depth = 0;

  constructor(private readonly w: WalkContext) {
    super(w.model);
    const start = stationLayout(w.model.topology);
    this.stationOwner = new Int32Array(start[start.length - 1] ?? 0);
    for (let c = 0; c + 1 < start.length; c += 1) this.stationOwner.fill(c, start[c] ?? 0, start[c + 1] ?? 0);
    this.walk = new RequestWalk(w.model, w.plans, start, this, true);
  }

  /** A request of population `population` in class `classIndex` (0 read, 1 write). */
  population(population: number, classIndex: number, done: Done): void {
    const slot = population * 2 + classIndex;
    const process = (this.populations[slot] ??= this.walk.population(population, classIndex));
    process(done);
  }

  /** Runs `step` now or, deep in nested synchronous steps, as an event at the same time. */
  private soon(step: () => void): void {
    if (this.depth >= maxSyncDepth) return this.w.scheduler.after(0, step);
    this.depth += 1;
    try {
      step();
    } finally {
      this.depth -= 1;
    }
  }

  private chance(probability: number): boolean {
    return this.w.rng.nextOpenUnit() <= probability;
  }

  zero(): Process {
    return nothing;
  }

  constant(ms: number): Process {
    return ms > 0 ? (done) => this.w.scheduler.after(ms, () => done(true)) : nothing;
  }

  sometimes(probability: number, d: Process): Process {
    if (probability >= 1) return d;
    return probability <= 0 || d === nothing ? nothing : (done) => (this.chance(probability) ? d(done) : done(true));
  }

  sequence(first: Process, second: Process): Process {
    if (first === nothing) return second;
    if (second === nothing) return first;
    return (done) => first((ok) => (ok ? this.soon(() => second(done)) : done(false)));
  }

  mixture(weights: readonly number[], parts: readonly Process[]): Process {
    const kept = parts.filter((_, i) => (weights[i] ?? 0) > 0);
    const cumulative: number[] = [];
    let total = 0;
    weights.forEach((w) => w > 0 && cumulative.push((total += w)));
    if (kept.length <= 1) return kept[0] ?? nothing;
    return (done) => {
      const u = this.w.rng.nextOpenUnit() * total;
      const i = cumulative.findIndex((c) => u <= c);
      (kept[i < 0 ? kept.length - 1 : i] as Process)(done);
    };
  }

  /** Runs the parts at once and succeeds at the k-th success; fails once that is out of reach. */
  kth(parts: readonly Process[], k: number): Process {
    if (k <= 0) return nothing;
    if (parts.length === 1 && k === 1) return parts[0] as Process;
    return (done) => {
      if (parts.length < k) return done(false);
      let succeeded = 0;
      let failed = 0;
      let settled = false;
      for (const part of parts) {
        part((ok) => {
          if (ok) succeeded += 1;
          else failed += 1;
          if (settled || (succeeded < k && parts.length - failed >= k)) return;
          settled = true;
          done(succeeded >= k);
        });
      }
    };
  }

  station(s: number): Process {
    const c = this.stationOwner[s] ?? 0;
    return (done) => this.visitFleet(c, done);
  }

  service(meanMs: number, cv: number): Process {
    return (done) => this.w.scheduler.after(sampleServiceTime(this.w.rng, meanMs, cv), () => done(true));
  }

  coldStart(own: Process, rate: number, ms: number): Process {
    if (rate <= 0 || ms <= 0) return own;
    return (done) => (this.chance(rate) ? this.w.scheduler.after(ms, () => own(done)) : own(done));
  }

  call(e: number, hop: Process, parallel: boolean): Process {
    const mean = this.w.model.parameters.edgeCallsPerRequest[e] ?? 1;
    const attempt = (done: Done) => this.withRetries(e, hop, done);
    return (done) => {
      const times = Math.floor(mean) + (this.chance(mean - Math.floor(mean)) ? 1 : 0);
      if (parallel) this.kth(Array.from({ length: times }, () => attempt), times)(done);
      else this.inRow(times, attempt, done);
    };
  }

  /** Runs `process` `count` times one after another, stopping at the first failure. */
  private inRow(count: number, process: Process, done: Done): void {
    let i = 0;
    const next: Done = (ok) => (!ok ? done(false) : i++ === count ? done(true) : this.soon(() => process(next)));
    next(true);
  }

  private withRetries(e: number, hop: Process, done: Done): void {
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
        if (ok || attempt >= retries) return this.soon(() => done(ok));
        const backoffMs = (p.edgeRetryBackoffMs[e] as number) * 2 ** attempt * (0.5 + 0.5 * rng.nextOpenUnit());
        attempt += 1;
        scheduler.after(backoffMs, tryOnce);
      };
      if (Number.isFinite(timeoutMs)) scheduler.after(timeoutMs, () => settle(false));
      this.soon(() => hop(settle));
    };
    tryOnce();
  }

  route(router: number, classIndex: number, edges: readonly number[], context: number, branch: (i: number) => Process): Process {
    const branches: Array<Process | undefined> = [];
    return (done) => {
      const e = this.w.router.choose(router, classIndex, edges, context, this.w.rng);
      if (e < 0) return done(false);
      const i = edges.indexOf(e);
      (branches[i] ??= branch(i))(done);
    };
  }

  visit(c: number, classIndex: number, context: number, own: Process): Process {
    const sends = this.walk.messageEdges(c).length > 0;
    return (done) => {
      if (!this.w.health.componentUp(c)) return done(false);
      own((ok) => {
        if (ok && sends) this.sendMessages(c, classIndex, context);
        done(ok);
      });
    };
  }

  database(db: number, classIndex: number, callerSite: Site): Process {
    return (done) => this.w.databases.call(db, classIndex, callerSite, done);
  }

  network(_step: NetworkStep, d: Process): Process {
    return d;
  }

  memo(key: number, build: () => Process): Process {
    let process = this.memoized.get(key);
    if (process === undefined) {
      process = build();
      this.memoized.set(key, process);
    }
    return process;
  }

  private message(e: number, classIndex: number, sender: number, context: number): Process {
    const t = this.w.model.topology;
    const key = (e * 2 + classIndex) * (t.populationIds.length + t.componentIds.length) + context;
    let process = this.messages.get(key);
    if (process === undefined) {
      process = this.walk.message(e, classIndex, sender, context);
      this.messages.set(key, process);
    }
    return process;
  }

  /**
   * The asynchronous messages a visit of component c sends, each walked on its own (fire-and-forget:
   * the request neither waits for nor fails with them), as the analytic load has them: a sender
   * publishes `messagesPerRequest` per visit (⌊m⌋, one more with probability frac(m)) on each async
   * edge; a queue hands each message it accepts to one of its consumers that is up (they compete for
   * messages, SQS semantics), or holds it until one is (`redeliver`).
   */
  private sendMessages(c: number, classIndex: number, context: number): void {
    const { model } = this.w;
    const { topology: t, parameters: p } = model;
    const sent = this.walk.messageEdges(c);
    if (t.kinds[c] === 'queue') return this.consume(c, sent, classIndex, context);
    for (const e of sent) {
      const mean = p.edgeMessagesPerRequest[e] as number;
      const count = Math.floor(mean) + (this.chance(mean - Math.floor(mean)) ? 1 : 0);
      for (let k = 0; k < count; k += 1) this.w.scheduler.after(0, () => this.message(e, classIndex, c, context)(ignore));
    }
  }

  /** Queue `queue` hands a message to one of its consumers (over `edges`) that is up, else holds it. */
  private consume(queue: number, edges: readonly number[], classIndex: number, context: number): void {
    const t = this.w.model.topology;
    const up = edges.filter((e) => this.w.health.componentUp(t.edgeTo[e] as number));
    if (up.length === 0) return this.w.backlogs.hold(queue, classIndex, context);
    const e = up[Math.floor(this.w.rng.nextOpenUnit() * up.length - 1e-12)] as number;
    this.w.scheduler.after(0, () => this.message(e, classIndex, queue, context)(ignore));
  }

  /** After a change of health: every queue holding messages hands them, oldest first, to its consumers that are up again. */
  redeliver(): void {
    const { backlogs, health, model } = this.w;
    for (const queue of backlogs.queues()) {
      const edges = this.walk.messageEdges(queue);
      if (!edges.some((e) => health.componentUp(model.topology.edgeTo[e] as number))) continue;
      for (const message of backlogs.take(queue)) this.consume(queue, edges, message.classIndex, message.context);
    }
  }

  /**
   * A fleet instance or cache node picked at random among those its callers believe up (round robin at
   * steady state); the whole fleet fails below `minHealthy` instances up, as the analytic model has it.
   */
  private visitFleet(c: number, done: Done): void {
    const { health, rng } = this.w;
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
    this.w.stations.visit(unit, c, done);
  }
}
