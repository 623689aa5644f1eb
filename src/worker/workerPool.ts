import { createRestartingRemote, type StartWorker } from './restartingRemote';

/** Workers that share out heavy jobs, one task per worker at a time. */
export interface WorkerPool<Api> {
  /** Most workers it runs at once. */
  readonly size: number;
  /** Tasks waiting for a free worker. */
  readonly waiting: number;
  /**
   * Runs `task` on a free worker, first come first served, starting a new one while fewer than the
   * pool's size are running. A `signal` aborted before the task starts takes it off the queue, and the
   * returned promise rejects with the signal's reason; once started, stopping the task is its own affair.
   */
  run<T>(task: (worker: Api) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** Pool workers, however many cores: at least two, so that a long chaos run never holds up a sweep; at most eight, as each holds its own engine and documents in memory and a sweep has only a handful of chunks to share out. */
export function poolSizeFor(hardwareConcurrency: number | undefined): number {
  return Math.min(8, Math.max(2, Math.floor(hardwareConcurrency ?? 2)));
}

// A crash fails the task that was running (its caller reports it) and the next task gets a new worker;
// a worker that gave up fails each task sent to it at once, with the reason, which the caller reports too.
const reportedByTheTask = () => {};

/**
 * A pool of at most `size` workers, started only when a task finds none free (so nothing runs before
 * the first heavy job) and reused after. Each is restarted after a crash, as the editor's engine is.
 */
export function createWorkerPool<Api>(size: number, start: StartWorker<Api>): WorkerPool<Api> {
  const idle: Array<() => Api> = [];
  const waiting: Array<(worker: () => Api) => void> = [];
  let started = 0;

  function acquire(signal: AbortSignal | undefined): Promise<() => Api> {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (started < size) {
      started += 1;
      return Promise.resolve(createRestartingRemote(start, reportedByTheTask, reportedByTheTask));
    }
    return new Promise((resolve, reject) => {
      const abandon = () => {
        waiting.splice(waiting.indexOf(take), 1);
        reject(signal?.reason);
      };
      const take = (worker: () => Api) => {
        signal?.removeEventListener('abort', abandon);
        resolve(worker);
      };
      waiting.push(take);
      signal?.addEventListener('abort', abandon, { once: true });
    });
  }

  function release(worker: () => Api) {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  }

  return {
    size,
    get waiting() {
      return waiting.length;
    },
    async run(task, signal) {
      signal?.throwIfAborted();
      const worker = await acquire(signal);
      try {
        signal?.throwIfAborted();
        return await task(worker());
      } finally {
        release(worker);
      }
    },
  };
}
