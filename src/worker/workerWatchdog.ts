/** What a watchdog needs to know of the worker it watches. */
export interface WatchdogOptions {
  /**
   * How long the worker may go without reaching its event loop, read afresh at each probe: long
   * enough for the longest synchronous step it takes on the design open now (see `watchdogBudgetMs`).
   */
  budgetMs: () => number;
  /** Extra time for the first answer: a worker's script (and, in development, its modules) loads first. */
  startupMs?: number;
  /** Wait between an answered probe and the next, while calls are still in flight. */
  probeIntervalMs?: number;
}

/** The budget for a design of this many elements (components, edges, populations, groups). */
export function watchdogBudgetMs(elements: number): number {
  // Generous on purpose: an evaluation of 1 000 components takes tens of milliseconds (SPEC §6), a
  // simulation chunk or a sweep chunk of 8 points a few hundred; a busy shared machine can be 100×
  // slower, and a false alarm costs a restart and a recomputation, never the person's work.
  return 10_000 + 10 * Math.max(0, elements);
}

export interface Watchdog {
  /** A call went to the worker; while any is in flight the worker is probed. */
  callStarted(): void;
  callEnded(): void;
  stop(): void;
}

const defaultStartupMs = 20_000;
const defaultProbeIntervalMs = 1_000;

/**
 * Probes a worker while it has calls in flight: `ping` is a call the worker answers as soon as its
 * event loop is free (comlink answers messages in order, so it waits behind a synchronous
 * evaluation, or until a streaming run yields). A probe unanswered within the budget means the worker
 * is stuck in a loop or has closed itself (which fires no event at all): `stalled` is told, once.
 * Idle workers are not probed; a worker that closed while idle is found at its next call.
 */
export function createWatchdog(ping: () => Promise<unknown>, options: WatchdogOptions, stalled: (reason: string) => void): Watchdog {
  const { startupMs = defaultStartupMs, probeIntervalMs = defaultProbeIntervalMs } = options;
  let inFlight = 0;
  let probing = false;
  let answeredOnce = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const probe = () => {
    probing = true;
    const budgetMs = options.budgetMs() + (answeredOnce ? 0 : startupMs);
    const answered = () => {
      if (stopped) return;
      clearTimeout(timer);
      answeredOnce = true;
      if (inFlight > 0) timer = setTimeout(probe, probeIntervalMs);
      else probing = false;
    };
    timer = setTimeout(() => {
      stopped = true;
      stalled(`it did not answer for ${Math.round(budgetMs / 1000)} s`);
    }, budgetMs);
    // A refused ping is still an answer: the worker's event loop ran. Death has its own event.
    ping().then(answered, answered);
  };

  return {
    callStarted() {
      inFlight += 1;
      if (!probing && !stopped) probe();
    },
    callEnded() {
      inFlight = Math.max(0, inFlight - 1);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
