import { beforeEach, describe, expect, it } from 'vitest';
import type { SimulationTotals, SimulationWindow } from '../engine';
import { createExampleScenario } from '../model';
import { selectChaosState } from './chaosSelectors';
import { useMeridianStore } from './index';

const totals = (simulatedSeconds: number): SimulationTotals => ({ simulatedSeconds, requests: 10, failedRequests: 2, refusedVisits: 0, writesLost: 0, timeToRecoverSeconds: null, firstFailureSeconds: 10, events: 100 });
const window = (startSeconds: number, states: SimulationWindow['states'] = {}): SimulationWindow => ({
  startSeconds,
  endSeconds: startSeconds + 1,
  requests: 400,
  failed: 0,
  throughputPerSecond: 400,
  successRate: 1,
  p50Ms: 90,
  p99Ms: 360,
  queueLength: {},
  utilization: {},
  states,
});

describe('chaos slice', () => {
  beforeEach(() => useMeridianStore.setState({ scenario: createExampleScenario(), chaosFailures: [], chaosRun: null, resultsTab: 'chaos', chaosSeconds: 120, chaosPace: 30 }));

  it('plans each target once, at 10 s for 60 s by default, and edits and removes failures', () => {
    const { addChaosFailure, updateChaosFailure, removeChaosFailure } = useMeridianStore.getState();
    addChaosFailure('zone-b');
    addChaosFailure('zone-b');
    addChaosFailure('db/primary');
    const [zone, db] = useMeridianStore.getState().chaosFailures;
    expect(useMeridianStore.getState().chaosFailures).toHaveLength(2);
    expect(zone).toMatchObject({ target: 'zone-b', atSeconds: 10, durationSeconds: 60 });
    updateChaosFailure(db?.key ?? -1, { atSeconds: 30, durationSeconds: null });
    removeChaosFailure(zone?.key ?? -1);
    expect(useMeridianStore.getState().chaosFailures).toEqual([{ key: db?.key, target: 'db/primary', atSeconds: 30, durationSeconds: null }]);
  });

  it('starts a run with the planned failures as injections, grows it chunk by chunk and drops chunks of an older run', () => {
    const state = useMeridianStore.getState;
    state().addChaosFailure('zone-b');
    state().startChaosRun();
    const run = state().chaosRun;
    expect(run).toMatchObject({ id: 1, status: 'running', seconds: 120, simulatedSecondsPerSecond: 30, failures: [{ target: 'zone-b', atSeconds: 10, repairAtSeconds: 70 }] });
    state().chaosChunk(1, [window(0), window(1)], 2, totals(2));
    state().chaosChunk(0, [window(5)], 6, totals(6));
    expect(state().chaosRun).toMatchObject({ simulatedSeconds: 2, totals: totals(2) });
    expect(state().chaosRun?.windows.map((w) => w.startSeconds)).toEqual([0, 1]);
    state().chaosFinished(1, { kind: 'done', totals: totals(120) });
    expect(state().chaosRun).toMatchObject({ status: 'done', totals: totals(120) });
  });

  it('stays cancelled when the worker reports the cancelled run, and shows a failed run its message', () => {
    const state = useMeridianStore.getState;
    state().startChaosRun();
    state().cancelChaosRun();
    state().chaosFinished(1, { kind: 'done', totals: totals(3) });
    expect(state().chaosRun?.status).toBe('cancelled');
    state().startChaosRun();
    state().chaosFinished(2, { kind: 'failed', message: 'The simulation stopped: boom' });
    expect(state().chaosRun).toMatchObject({ status: 'failed', message: 'The simulation stopped: boom' });
  });

  it('shows on the canvas the last window’s component states and the failed zone while its failure lasts, only on the chaos tab', () => {
    const state = useMeridianStore.getState;
    state().addChaosFailure('zone-b');
    state().startChaosRun();
    state().chaosChunk(1, [window(11, { lb: 'failingOver', 'app-b': 'down' })], 12, totals(12));
    expect(selectChaosState(state(), 'lb')).toBe('failingOver');
    expect(selectChaosState(state(), 'zone-b')).toBe('down');
    expect(selectChaosState(state(), 'app-a')).toBeNull();
    state().chaosChunk(1, [window(70)], 71, totals(71));
    expect(selectChaosState(state(), 'zone-b')).toBeNull();
    state().setResultsTab('results');
    expect(selectChaosState(state(), 'lb')).toBeNull();
  });
});
