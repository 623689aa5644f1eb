import { wrap, type Remote } from 'comlink';
import type { WorkerHandle } from './restartingRemote';
import { createWatchdog, type WatchdogOptions } from './workerWatchdog';

/** A worker the watchdog can probe: it answers `ping` as soon as its event loop is free. */
export interface Pingable {
  ping(): unknown;
}

/**
 * A started worker behind comlink, with every call failing once the worker has died (comlink alone
 * would wait for ever for the answer), and `crashed` told why: an uncaught error in it, a script that
 * could not load, or — with a `watchdog` — a worker that stopped answering (stuck in a loop, or closed).
 */
export function watchWorker<Api extends Pingable>(worker: Worker, crashed: (reason: string) => void, watchdog?: WatchdogOptions): WorkerHandle<Remote<Api>> {
  const api = wrap<Api>(worker);
  let rejectCalls: (error: Error) => void = () => {};
  const died = new Promise<never>((_resolve, reject) => {
    rejectCalls = reject;
  });
  died.catch(() => {});
  let dead = false;
  const fail = (reason: string) => {
    if (dead) return;
    dead = true;
    guard?.stop();
    rejectCalls(new Error(reason));
    crashed(reason);
  };
  const guard = watchdog ? createWatchdog(() => Promise.resolve(api.ping()), watchdog, fail) : undefined;
  worker.addEventListener('error', (event) => fail(event.message || 'it could not start'), { once: true });
  const watched = (call: Promise<unknown>) => {
    guard?.callStarted();
    void call.then(guard?.callEnded, guard?.callEnded);
    return Promise.race([call, died]);
  };
  // Every method, not a list of them: comlink's remote is itself a proxy whose members are its methods.
  const remote = new Proxy(api, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key);
      return typeof member === 'function' ? (...args: unknown[]) => watched(Reflect.apply(member, target, args) as Promise<unknown>) : member;
    },
  });
  return {
    remote,
    terminate: () => {
      guard?.stop();
      worker.terminate();
    },
  };
}
