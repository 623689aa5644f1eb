import { expose } from 'comlink';

/** What a port worker serves: a probe, a quick answer and a call that never returns. */
export interface PortWorkerApi {
  ping(): true;
  double(n: number): number;
  hang(): Promise<never>;
}

/**
 * A message port dressed as a worker, serving `PortWorkerApi` from the other end of its channel, in
 * this thread. `fail` fires the error event a crashed worker fires; `closeItself` is what a worker
 * calling `self.close()` looks like from outside: no event, no answer ever again.
 */
export function portWorker() {
  const channel = new MessageChannel();
  expose({ ping: () => true, double: (n: number) => 2 * n, hang: () => new Promise<never>(() => {}) } satisfies PortWorkerApi, channel.port1);
  const worker = Object.assign(channel.port2, { terminated: false, terminate: () => void (worker.terminated = true) });
  const fail = (message: string) => worker.dispatchEvent(Object.assign(new Event('error'), { message }));
  const closeItself = () => channel.port1.close();
  const dispose = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return { worker: worker as typeof worker & Worker, fail, closeItself, dispose };
}
