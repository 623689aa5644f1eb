import { afterEach, describe, expect, it, vi } from 'vitest';
import { portWorker, type PortWorkerApi } from './test/portWorker';
import { watchWorker } from './watchedWorker';

describe('watched worker', () => {
  const workers: Array<ReturnType<typeof portWorker>> = [];
  const startWorker = () => {
    const started = portWorker();
    workers.push(started);
    return started;
  };
  afterEach(() => workers.splice(0).forEach((started) => started.dispose()));

  it('answers through comlink, and fails every call, in flight or later, once the worker has died', async () => {
    const started = startWorker();
    const crashes: string[] = [];
    const handle = watchWorker<PortWorkerApi>(started.worker, (reason) => crashes.push(reason));
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
    const started = startWorker();
    const crashes: string[] = [];
    const handle = watchWorker<PortWorkerApi>(started.worker, (reason) => crashes.push(reason));
    started.fail('');
    await expect(handle.remote.double(1)).rejects.toThrow('it could not start');
    expect(crashes).toEqual(['it could not start']);
  });

  it('with a watchdog, fails the calls of a worker that closed itself and says it stopped answering', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const started = startWorker();
      const crashes: string[] = [];
      const handle = watchWorker<PortWorkerApi>(started.worker, (reason) => crashes.push(reason), { budgetMs: () => 2000, startupMs: 0, probeIntervalMs: 100 });
      expect(await handle.remote.double(21)).toBe(42);
      started.closeItself();
      const call = handle.remote.double(1);
      const failed = expect(call).rejects.toThrow('it did not answer for 2 s');
      // The probe sent with the first call may have been answered: the next one goes out after the interval.
      await vi.advanceTimersByTimeAsync(2100);
      await failed;
      expect(crashes).toEqual(['it did not answer for 2 s']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with a watchdog, lets a long call run as long as the worker keeps answering probes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const started = startWorker();
      const crashes: string[] = [];
      const handle = watchWorker<PortWorkerApi>(started.worker, (reason) => crashes.push(reason), { budgetMs: () => 2000, startupMs: 0, probeIntervalMs: 100 });
      void Promise.resolve(handle.remote.hang()).catch(() => {});
      await vi.advanceTimersByTimeAsync(20_000);
      expect(crashes).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
