import type { StartWorker } from '../restartingRemote';

/** A started fake worker: its number (1, 2… in start order), whether it was terminated, and a way to crash it. */
export interface FakeWorker {
  number: number;
  terminated: boolean;
  crash(reason: string): void;
}

/**
 * Workers for a pool under test, each serving the remote `serve` makes for it — in this thread, so
 * tests can hold its answers back or make them fail — and recorded in `started`.
 */
export function fakePoolWorkers<Api>(serve: (worker: FakeWorker) => Api): { started: FakeWorker[]; start: StartWorker<Api> } {
  const started: FakeWorker[] = [];
  const start: StartWorker<Api> = (crashed) => {
    const worker: FakeWorker = { number: started.length + 1, terminated: false, crash: crashed };
    started.push(worker);
    return {
      remote: serve(worker),
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  return { started, start };
}

/** A promise and the functions that settle it, so a test decides when a fake worker answers. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
