import { wrap, type Remote } from 'comlink';
import type { WorkerHandle } from './restartingRemote';

/**
 * A started worker behind comlink, with every call failing once the worker has died (comlink alone
 * would wait for ever for the answer), and `crashed` told why: an uncaught error in it, or a script
 * that could not load.
 */
export function watchWorker<Api>(worker: Worker, crashed: (reason: string) => void): WorkerHandle<Remote<Api>> {
  const api = wrap<Api>(worker);
  const died = new Promise<never>((_resolve, reject) => {
    worker.addEventListener(
      'error',
      (event) => {
        const reason = event.message || 'it could not start';
        reject(new Error(reason));
        crashed(reason);
      },
      { once: true },
    );
  });
  died.catch(() => {});
  // Every method, not a list of them: comlink's remote is itself a proxy whose members are its methods.
  const remote = new Proxy(api, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key);
      return typeof member === 'function' ? (...args: unknown[]) => Promise.race([Reflect.apply(member, target, args), died]) : member;
    },
  });
  return { remote, terminate: () => worker.terminate() };
}
