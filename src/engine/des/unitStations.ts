import type { CompiledModel } from '../compile/compiledModel';
import { sampleServiceTime, type Xoshiro128StarStar } from '../random';
import type { Scheduler } from './scheduler';
import { Station } from './station';

/** Continuation of a simulated operation: called once, with whether it succeeded. */
export type Done = (ok: boolean) => void;

/**
 * Most jobs a simulation keeps waiting at once, over all its stations. A waiting job is a few kB of
 * pending continuations, so this bounds a run's memory (≈ 150 MB): a design far below its load queues
 * without end (a fuzzed 10⁶ requests/s onto two instances ran out of memory in seconds). Past the bound
 * a busy station refuses the job, which fails at once (counted in `refused`), as an overloaded server
 * sheds load; a design that keeps up holds far fewer.
 */
export const maxWaitingJobs = 20_000;

/**
 * The queueing stations of a simulation, one per unit that queues: each fleet instance (servers =
 * concurrency; a serverless function is one station of `maxConcurrency` servers: no wait below it), each
 * cache node (one server), each database copy (servers = its concurrency) — the station table of the
 * analytic engine (`capacity/stations.ts`), unit by unit. Other units (routers, managed services) have none.
 */
export class UnitStations {
  readonly stations: Array<Station | null>;
  private readonly jobs: Array<{ done: Done; epoch: number } | undefined> = [];
  private readonly freeJobs: number[] = [];
  private waiting = 0;
  /** Jobs refused so far because `maxWaitingJobs` were waiting. */
  refused = 0;

  constructor(
    private readonly model: CompiledModel,
    unitComponent: Int32Array,
    private readonly scheduler: Scheduler,
    private readonly rng: Xoshiro128StarStar,
  ) {
    const { topology: t, parameters: p } = model;
    this.stations = Array.from(unitComponent, (c) => {
      const kind = t.kinds[c];
      if (kind === 'cache') return new Station(1);
      if (kind === 'database') return new Station(p.concurrency[c] as number);
      if (kind !== 'compute' && kind !== 'monolith') return null;
      return new Station(p.serverless[c] === 1 ? (p.serverlessMaxConcurrency[c] as number) : (p.concurrency[c] as number));
    });
  }

  /** Queues a job of component c's service time at `unit`; `done(false)` if the unit fails while it waits or is served. */
  visit(unit: number, component: number, done: Done): void {
    const station = this.stations[unit] as Station;
    if (this.waiting >= maxWaitingJobs && station.busy >= station.servers) {
      this.refused += 1;
      return done(false);
    }
    const slot = this.freeJobs.pop() ?? this.jobs.length;
    this.jobs[slot] = { done, epoch: station.epoch };
    if (station.arrive(this.scheduler.nowMs, slot)) this.serve(unit, component, slot);
    else this.waiting += 1;
  }

  private serve(unit: number, component: number, slot: number): void {
    const p = this.model.parameters;
    const serviceMs = sampleServiceTime(this.rng, p.serviceMs[component] as number, p.serviceCv[component] as number);
    this.scheduler.after(serviceMs, () => {
      const station = this.stations[unit] as Station;
      const job = this.jobs[slot] as { done: Done; epoch: number };
      this.release(slot);
      if (job.epoch !== station.epoch) return job.done(false);
      const next = station.depart(this.scheduler.nowMs);
      if (next >= 0) {
        this.waiting -= 1;
        this.serve(unit, component, next);
      }
      job.done(true);
    });
  }

  /** The unit died: its queued jobs fail now, those in service when their service would have ended. */
  fail(unit: number): void {
    const station = this.stations[unit];
    if (!station) return;
    for (const slot of station.fail(this.scheduler.nowMs)) {
      this.waiting -= 1;
      const job = this.jobs[slot] as { done: Done; epoch: number };
      this.release(slot);
      job.done(false);
    }
  }

  private release(slot: number): void {
    this.jobs[slot] = undefined;
    this.freeJobs.push(slot);
  }
}
