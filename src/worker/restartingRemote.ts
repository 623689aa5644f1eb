/** A running worker: its remote, and a way to stop it. */
export interface WorkerHandle<Remote> {
  remote: Remote;
  terminate(): void;
}

/** Starts a worker and calls `crashed` with a reason if it dies (an uncaught error in it). */
export type StartWorker<Remote> = (crashed: (reason: string) => void) => WorkerHandle<Remote>;

export interface RestartPolicy {
  /** Most restarts within `windowMs`; past that the worker stays down (a design that crashes it every time would loop). */
  maxRestarts: number;
  windowMs: number;
  now: () => number;
}

const defaultPolicy: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, now: () => Date.now() };

/**
 * A worker that outlives its crashes: the returned function gives the remote of the worker alive now.
 * When the worker crashes it is terminated and a new one started, then `restarted` is told (the new
 * worker holds nothing, so the caller may have to send it what it needs). Calls in flight on the dead
 * worker fail as before; calls made after go to the new one. More than `maxRestarts` crashes within
 * `windowMs` leave the last worker dead and report `gaveUp`.
 */
export function createRestartingRemote<Remote>(start: StartWorker<Remote>, restarted: (reason: string) => void, gaveUp: (reason: string) => void, policy: RestartPolicy = defaultPolicy): () => Remote {
  const restarts: number[] = [];
  let current: WorkerHandle<Remote>;
  const launch = (): WorkerHandle<Remote> => {
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
  return () => current.remote;
}
