import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { watchWorker } from './watchedWorker';

interface TestApi {
  double(n: number): number;
  hang(): Promise<never>;
}

/** A message port dressed as a worker, serving `TestApi` from the other end of its channel. */
function portWorker() {
  const channel = new MessageChannel();
  expose({ double: (n: number) => 2 * n, hang: () => new Promise<never>(() => {}) } satisfies TestApi, channel.port1);
  const worker = Object.assign(channel.port2, { terminated: false, terminate: () => void (worker.terminated = true) });
  const fail = (message: string) => worker.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { channel, worker, fail };
}

describe('watched worker', () => {
  let channel: MessageChannel | null = null;
  afterEach(() => {
    channel?.port1.close();
    channel?.port2.close();
  });

  it('answers through comlink, and fails every call, in flight or later, once the worker has died', async () => {
    const started = portWorker();
    channel = started.channel;
    const crashes: string[] = [];
    const handle = watchWorker<TestApi>(started.worker as unknown as Worker, (reason) => crashes.push(reason));
    expect(await handle.remote.double(21)).toBe(42);
    const inFlight = handle.remote.hang();
    started.fail('Uncaught Error: boom');
    await expect(inFlight).rejects.toThrow('Uncaught Error: boom');
    await expect(handle.remote.double(1)).rejects.toThrow('Uncaught Error: boom');
    expect(crashes).toEqual(['Uncaught Error: boom']);
    handle.terminate();
    expect(started.worker.terminated).toBe(true);
  });

  it('gives a reason when a worker that could not start says nothing', async () => {
    const started = portWorker();
    channel = started.channel;
    const crashes: string[] = [];
    const handle = watchWorker<TestApi>(started.worker as unknown as Worker, (reason) => crashes.push(reason));
    started.fail('');
    await expect(handle.remote.double(1)).rejects.toThrow('it could not start');
    expect(crashes).toEqual(['it could not start']);
  });
});
