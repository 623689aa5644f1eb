import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWatchdog, watchdogBudgetMs } from './workerWatchdog';
import { deferred } from './test/fakePoolWorkers';

const options = { budgetMs: () => 1000, startupMs: 500, probeIntervalMs: 100 };

describe('worker watchdog', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('gives larger designs a larger budget', () => {
    expect(watchdogBudgetMs(3000)).toBeGreaterThan(watchdogBudgetMs(30));
    expect(watchdogBudgetMs(30)).toBeGreaterThanOrEqual(10_000);
  });

  it('reports a worker that never answers once its budget (and the startup allowance) has passed', async () => {
    const stalls: string[] = [];
    const watchdog = createWatchdog(() => new Promise(() => {}), options, (reason) => stalls.push(reason));
    watchdog.callStarted();
    await vi.advanceTimersByTimeAsync(1499);
    expect(stalls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stalls).toEqual(['it did not answer for 2 s']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stalls).toHaveLength(1);
  });

  it('keeps probing a worker that answers while a long call runs, and catches it when it stops', async () => {
    const stalls: string[] = [];
    let answering = true;
    const pings: number[] = [];
    const watchdog = createWatchdog(
      () => {
        pings.push(Date.now());
        return answering ? Promise.resolve(true) : new Promise(() => {});
      },
      options,
      (reason) => stalls.push(reason),
    );
    watchdog.callStarted();
    await vi.advanceTimersByTimeAsync(5000);
    expect(stalls).toEqual([]);
    expect(pings.length).toBeGreaterThan(10);
    answering = false; // the worker closed itself: no event, just silence
    await vi.advanceTimersByTimeAsync(1100);
    expect(stalls).toEqual(['it did not answer for 1 s']);
  });

  it('leaves an idle worker alone, and probes again at its next call', async () => {
    const stalls: string[] = [];
    let pings = 0;
    const answer = deferred<boolean>();
    const watchdog = createWatchdog(
      () => {
        pings += 1;
        return pings === 1 ? Promise.resolve(true) : answer.promise;
      },
      options,
      (reason) => stalls.push(reason),
    );
    watchdog.callStarted();
    watchdog.callEnded();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pings).toBe(1);
    watchdog.callStarted();
    expect(pings).toBe(2);
    await vi.advanceTimersByTimeAsync(999);
    answer.resolve(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(stalls).toEqual([]);
  });

  it('says nothing once stopped (the worker was terminated)', async () => {
    const stalls: string[] = [];
    const watchdog = createWatchdog(() => new Promise(() => {}), options, (reason) => stalls.push(reason));
    watchdog.callStarted();
    watchdog.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stalls).toEqual([]);
  });
});
