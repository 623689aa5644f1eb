/**
 * A queueing station of the simulator: `servers` identical servers and one FIFO queue (a growable
 * ring buffer of job ids with their arrival times; its capacity stays a power of two, so wrapping
 * around is a mask, not a division). It keeps the busy-server time integral, so a window's
 * utilization is busy server-ms / (servers × window ms). Service times are drawn by the caller, which
 * schedules the departure: the station only says who is served when.
 */
export class Station {
  private jobs = new Uint32Array(64);
  private arrivedMs = new Float64Array(64);
  private head = 0;
  private length = 0;
  /** Servers serving now. */
  busy = 0;
  /** Wait of the job last started from the queue by `depart` or `setServers`, ms. */
  startedWaitMs = 0;
  /** Bumped when the station is emptied by a failure: jobs from before it are lost. */
  epoch = 0;
  private busyIntegralMs = 0;
  private lastChangeMs = 0;

  constructor(readonly servers: number) {}

  /** Jobs waiting (not in service). */
  get queueLength(): number {
    return this.length;
  }

  private account(nowMs: number): void {
    this.busyIntegralMs += this.busy * (nowMs - this.lastChangeMs);
    this.lastChangeMs = nowMs;
  }

  /** A job arrives: true when a server takes it at once (the caller schedules its departure), false when it queues. */
  arrive(nowMs: number, job: number): boolean {
    if (this.busy < this.servers) {
      this.account(nowMs);
      this.busy += 1;
      return true;
    }
    if (this.length === this.jobs.length) this.grow();
    const tail = (this.head + this.length) & (this.jobs.length - 1);
    this.jobs[tail] = job;
    this.arrivedMs[tail] = nowMs;
    this.length += 1;
    return false;
  }

  /** A job leaves its server: returns the next queued job now in service (its wait in `startedWaitMs`), or −1. */
  depart(nowMs: number): number {
    this.account(nowMs);
    if (this.length > 0) return this.startNext(nowMs);
    this.busy -= 1;
    return -1;
  }

  private startNext(nowMs: number): number {
    const job = this.jobs[this.head] as number;
    this.startedWaitMs = nowMs - (this.arrivedMs[this.head] as number);
    this.head = (this.head + 1) & (this.jobs.length - 1);
    this.length -= 1;
    return job;
  }

  /** Empties the station (its unit failed): returns the queued jobs; jobs in service are lost through `epoch`. */
  fail(nowMs: number): number[] {
    this.account(nowMs);
    const lost: number[] = [];
    while (this.length > 0) lost.push(this.startNext(nowMs));
    this.busy = 0;
    this.epoch += 1;
    return lost;
  }

  /** Busy server-milliseconds since the last call (for windowed utilization). */
  takeBusyMs(nowMs: number): number {
    this.account(nowMs);
    const busyMs = this.busyIntegralMs;
    this.busyIntegralMs = 0;
    return busyMs;
  }

  private grow(): void {
    const capacity = this.jobs.length * 2;
    const jobs = new Uint32Array(capacity);
    const arrivedMs = new Float64Array(capacity);
    for (let i = 0; i < this.length; i += 1) {
      const at = (this.head + i) % this.jobs.length;
      jobs[i] = this.jobs[at] as number;
      arrivedMs[i] = this.arrivedMs[at] as number;
    }
    this.jobs = jobs;
    this.arrivedMs = arrivedMs;
    this.head = 0;
  }
}
