import type { Remote } from 'comlink';
import { describe, expect, it, vi } from 'vitest';
import { deferred, fakePoolWorkers, type FakeWorker } from './test/fakePoolWorkers';
import { portWorker, type PortWorkerApi } from './test/portWorker';
import { watchWorker } from './watchedWorker';
import { createWorkerPool, poolSizeFor } from './workerPool';

/** A worker whose every job waits until the test lets it answer, with the number of the worker that ran it. */
function heldWorkers() {
  const jobs: Array<{ label: string; worker: FakeWorker; answer: () => void; fail: (reason: string) => void }> = [];
  const workers = fakePoolWorkers((worker) => ({
    job(label: string): Promise<string> {
      const { promise, resolve, reject } = deferred<string>();
      jobs.push({ label, worker, answer: () => resolve(`${label} on ${worker.number}`), fail: (reason) => reject(new Error(reason)) });
      return promise;
    },
  }));
  const answer = (label: string) => jobs.find((job) => job.label === label)?.answer();
  return { ...workers, jobs, answer };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('worker pool', () => {
  it('is sized to the cores, two to eight', () => {
    expect([undefined, 1, 2, 4, 6, 64].map(poolSizeFor)).toEqual([2, 2, 2, 4, 6, 8]);
  });

  it('starts no worker before the first task, then at most its size, and reuses them', async () => {
    const { started, jobs, answer, start } = heldWorkers();
    const pool = createWorkerPool(2, start);
    expect(started).toHaveLength(0);
    const results = ['a', 'b', 'c'].map((label) => pool.run((worker) => worker.job(label)));
    await settle();
    expect(started).toHaveLength(2);
    expect(jobs.map((job) => job.label)).toEqual(['a', 'b']);
    answer('b');
    await settle();
    expect(jobs.map((job) => `${job.label}@${job.worker.number}`)).toEqual(['a@1', 'b@2', 'c@2']);
    answer('a');
    answer('c');
    expect(await Promise.all(results)).toEqual(['a on 1', 'b on 2', 'c on 2']);
    expect(started).toHaveLength(2);
  });

  it('hands workers out first come, first served', async () => {
    const { jobs, answer, start } = heldWorkers();
    const pool = createWorkerPool(1, start);
    const results = ['a', 'b', 'c', 'd'].map((label) => pool.run((worker) => worker.job(label)));
    await settle();
    expect(pool.waiting).toBe(3);
    for (const label of ['a', 'b', 'c', 'd']) {
      await settle();
      answer(label);
    }
    expect(await Promise.all(results)).toEqual(['a on 1', 'b on 1', 'c on 1', 'd on 1']);
    expect(jobs.map((job) => job.label)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('takes a task whose signal is aborted off the queue, and never starts it', async () => {
    const { jobs, answer, start } = heldWorkers();
    const pool = createWorkerPool(1, start);
    const controller = new AbortController();
    const first = pool.run((worker) => worker.job('a'));
    const dropped = pool.run((worker) => worker.job('b'), controller.signal);
    const last = pool.run((worker) => worker.job('c'));
    controller.abort(new Error('cancelled'));
    await expect(dropped).rejects.toThrow('cancelled');
    await settle();
    answer('a');
    await settle();
    answer('c');
    expect([await first, await last]).toEqual(['a on 1', 'c on 1']);
    expect(jobs.map((job) => job.label)).toEqual(['a', 'c']);
    await expect(pool.run((worker) => worker.job('d'), controller.signal)).rejects.toThrow('cancelled');
  });

  it('fails the task of a worker that crashed, and runs the next task on a new worker', async () => {
    const { started, jobs, answer, start } = heldWorkers();
    const pool = createWorkerPool(1, start);
    const crashed = pool.run((worker) => worker.job('a'));
    const next = pool.run((worker) => worker.job('b'));
    await settle();
    started[0]?.crash('Uncaught Error: boom');
    jobs[0]?.fail('Uncaught Error: boom');
    await expect(crashed).rejects.toThrow('boom');
    await settle();
    answer('b');
    expect(await next).toBe('b on 2');
    expect(started.map((worker) => worker.terminated)).toEqual([true, false]);
  });

  it('fails the task of a worker that stopped answering (the watchdog), and runs the next task on a new worker', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const workers: Array<ReturnType<typeof portWorker>> = [];
    try {
      const pool = createWorkerPool<Remote<PortWorkerApi>>(1, (crashed) => {
        const started = portWorker();
        workers.push(started);
        return watchWorker<PortWorkerApi>(started.worker, crashed, { budgetMs: () => 1000, startupMs: 0, probeIntervalMs: 100 });
      });
      expect(await pool.run((worker) => worker.double(1))).toBe(2);
      workers[0]?.closeItself();
      const stuck = pool.run((worker) => worker.double(2));
      const failed = expect(stuck).rejects.toThrow('it did not answer for 1 s');
      await vi.advanceTimersByTimeAsync(1100);
      await failed;
      expect(workers[0]?.worker.terminated).toBe(true);
      expect(await pool.run((worker) => worker.double(3))).toBe(6);
      expect(workers).toHaveLength(2);
    } finally {
      vi.useRealTimers();
      workers.forEach((started) => started.dispose());
    }
  });
});
