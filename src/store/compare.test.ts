import { beforeEach, describe, expect, it } from 'vitest';
import type { SweepPoint } from '../engine';
import { useMeridianStore } from './index';

const store = useMeridianStore;
const point = (x: number): SweepPoint => ({ x, p50Ms: 10, p95Ms: 20, p99Ms: 30, meanMs: 12, saturated: false, maxUtilization: x / 100, monthlyUsd: 100 + x });

beforeEach(() => store.setState(store.getInitialState(), true));

describe('sweep runs in the store', () => {
  it('grows each scenario’s curve chunk by chunk, in x order whatever the chunks’ order, then finishes', () => {
    store.getState().startSweep('load');
    const id = store.getState().sweepRun?.id ?? 0;
    store.getState().sweepChunk(id, 'tab-1', 'requests/s', [point(0), point(20)]);
    store.getState().sweepChunk(id, 'tab-1', 'requests/s', [point(10)]);
    store.getState().sweepCurveFinished(id, 'tab-1', { kind: 'done' });
    store.getState().sweepFinished(id);
    const run = store.getState().sweepRun;
    expect(run?.status).toBe('done');
    expect(run?.curves['tab-1']?.points.map((p) => p.x)).toEqual([0, 10, 20]);
    expect(run?.curves['tab-1']?.outcome).toEqual({ kind: 'done' });
  });

  it('a cancelled run stays cancelled, and chunks of a replaced run are dropped', () => {
    store.getState().startSweep('load');
    const first = store.getState().sweepRun?.id ?? 0;
    store.getState().cancelSweep();
    store.getState().sweepFinished(first);
    expect(store.getState().sweepRun?.status).toBe('cancelled');
    store.getState().startSweep('replicas');
    store.getState().sweepChunk(first, 'tab-1', 'requests/s', [point(0)]);
    expect(store.getState().sweepRun).toMatchObject({ id: first + 1, kind: 'replicas', status: 'running', curves: {} });
  });
});
