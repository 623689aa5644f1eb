import type { EngineRemote } from './engineClient';

/** A running engine worker: its remote, and a way to stop it. */
export interface EngineWorkerHandle {
  remote: EngineRemote;
  terminate(): void;
}

/** Starts a worker and calls `crashed` with a reason if it dies (an uncaught error in it). */
export type StartEngineWorker = (crashed: (reason: string) => void) => EngineWorkerHandle;

export interface RestartPolicy {
  /** Most restarts within `windowMs`; past that the worker stays down (a design that crashes it every time would loop). */
  maxRestarts: number;
  windowMs: number;
  now: () => number;
}

const defaultPolicy: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, now: () => Date.now() };

/**
 * An engine remote that outlives its worker: when the worker crashes it is terminated and a new one
 * started, then `restarted` is told (to show a notice and resubmit the document — the new worker
 * holds nothing, so the client sends it whole). Calls in flight on the dead worker fail as before;
 * calls made after go to the new one. More than `maxRestarts` crashes within `windowMs` leave the
 * last worker dead and report `gaveUp`.
 */
export function createRestartingRemote(start: StartEngineWorker, restarted: (reason: string) => void, gaveUp: (reason: string) => void, policy: RestartPolicy = defaultPolicy): EngineRemote {
  const restarts: number[] = [];
  let current: EngineWorkerHandle;
  const launch = (): EngineWorkerHandle => {
    let handled = false;
    const handle = start((reason) => {
      if (handled || handle !== current) return;
      handled = true;
      handle.terminate();
      const now = policy.now();
      while (restarts.length > 0 && now - (restarts[0] ?? now) > policy.windowMs) restarts.shift();
      if (restarts.length >= policy.maxRestarts) {
        gaveUp(reason);
        return;
      }
      restarts.push(now);
      current = launch();
      restarted(reason);
    });
    return handle;
  };
  current = launch();
  return { evaluate: (input) => current.remote.evaluate(input) };
}
