// Where a pooled sweep's wall time goes, per worker: planning, computing points, messages (sending the
// scenario and the values, cloning the points back) and idle. The worker thread logs when each call
// ran; the main thread logs when it sent the call and when the answer arrived, on the same clock
// (`performance.timeOrigin + performance.now()` is the epoch in every thread).
import type { EngineWorkerApi, SweepWorker } from '../src/worker';
import { threadCpuMs } from './threadCpu';

/** When a worker ran one sweep call, ms on the shared clock. */
export interface ComputeSpan {
  startMs: number;
  endMs: number;
}

/** What a worker thread logged since the last take. */
export interface SweepLog {
  /** The spans of its sweep calls, in the order they ran. */
  spans: ComputeSpan[];
  /** CPU ms its thread ran (the calls, and receiving and answering their messages), NaN off Linux. */
  threadCpuMs: number;
}

/** A pool worker of the benchmark: the app's engine host, and the log of its sweep calls. */
export interface LoggedSweepHost extends EngineWorkerApi {
  takeSweepLog(): SweepLog;
}

/** ms on a clock every thread shares. */
export const sharedClockMs = (): number => performance.timeOrigin + performance.now();

/** `host` with its sweep calls logged (in the worker thread). */
export function loggedSweepHost(host: EngineWorkerApi): LoggedSweepHost {
  let log: ComputeSpan[] = [];
  // Since the thread started: its first sweep also pays for loading the engine's code.
  let cpuTakenMs = 0;
  const logged = <T>(run: () => T): T => {
    const startMs = sharedClockMs();
    try {
      return run();
    } finally {
      log.push({ startMs, endMs: sharedClockMs() });
    }
  };
  return {
    ...host,
    sweepOutline: (request) => logged(() => host.sweepOutline(request)),
    sweepPoints: (id, values) => logged(() => host.sweepPoints(id, values)),
    takeSweepLog() {
      const spans = log;
      const cpuMs = threadCpuMs();
      log = [];
      const taken = { spans, threadCpuMs: cpuMs - cpuTakenMs };
      cpuTakenMs = cpuMs;
      return taken;
    },
  };
}

/** One sweep call as the main thread saw it: when it was sent and answered, and how many points it asked for (null: planning). */
interface CallSpan {
  sentMs: number;
  answeredMs: number;
  points: number | null;
}

/** A pool worker whose sweep calls the main thread logs, and a way to take its worker-side log. */
export interface TimedSweepWorker extends SweepWorker {
  calls: CallSpan[];
  takeSweepLog(): Promise<SweepLog>;
}

/** `remote` with the main thread's side of each sweep call logged. */
export function timedSweepWorker(remote: { sweepOutline: SweepWorker['sweepOutline']; sweepPoints: SweepWorker['sweepPoints']; takeSweepLog(): Promise<SweepLog> }): TimedSweepWorker {
  const calls: CallSpan[] = [];
  const timed = async <T>(points: number | null, call: () => Promise<T>): Promise<T> => {
    const sentMs = sharedClockMs();
    try {
      return await call();
    } finally {
      calls.push({ sentMs, answeredMs: sharedClockMs(), points });
    }
  };
  return {
    calls,
    takeSweepLog: () => remote.takeSweepLog(),
    sweepOutline: (request) => timed(null, () => remote.sweepOutline(request)),
    sweepPoints: (id, values) => timed(values.length, () => remote.sweepPoints(id, values)),
  };
}

/** Where one worker's part of a sweep went, ms. */
export interface WorkerTimeline {
  planMs: number;
  points: number;
  chunks: number;
  pointsMs: number;
  /** While a call was outstanding but the worker computed none: cloning, posting, waiting for the thread to be scheduled. */
  messagesMs: number;
  /** No call outstanding: from the sweep's start to its first call, between calls, and after its last answer until the sweep ended. */
  idleMs: number;
  /** Of the idle time, after its last answer. */
  idleAtEndMs: number;
  /** CPU ms the worker's thread ran: beside its wall time, what it computed and what waiting for a core took (NaN off Linux). */
  threadCpuMs: number;
}

/** ms covered by at least one of `spans` (calls a worker holds at once overlap: the next waits in its queue). */
function coveredMs(spans: ReadonlyArray<{ from: number; to: number }>): number {
  let covered = 0;
  let reached = Number.NEGATIVE_INFINITY;
  for (const { from, to } of [...spans].sort((a, b) => a.from - b.from)) {
    covered += Math.max(0, to - Math.max(from, reached));
    reached = Math.max(reached, to);
  }
  return covered;
}

/** The timeline of `worker`'s calls (main-side `calls`, worker-side `log`, in the same order) within the sweep from `startMs` to `endMs`. */
export function workerTimeline(calls: readonly CallSpan[], { spans: computed, threadCpuMs }: SweepLog, startMs: number, endMs: number): WorkerTimeline {
  if (calls.length !== computed.length) throw new Error(`the main thread logged ${calls.length} sweep calls but the worker ${computed.length}`);
  const outstandingMs = coveredMs(calls.map((call) => ({ from: call.sentMs, to: call.answeredMs })));
  const timeline: WorkerTimeline = { planMs: 0, points: 0, chunks: 0, pointsMs: 0, messagesMs: outstandingMs, idleMs: endMs - startMs - outstandingMs, idleAtEndMs: endMs - Math.max(startMs, ...calls.map((call) => call.answeredMs)), threadCpuMs };
  calls.forEach((call, i) => {
    const span = computed[i] as ComputeSpan;
    const computeMs = span.endMs - span.startMs;
    if (call.points === null) timeline.planMs += computeMs;
    else {
      timeline.points += call.points;
      timeline.chunks += 1;
      timeline.pointsMs += computeMs;
    }
    timeline.messagesMs -= computeMs;
  });
  return timeline;
}
