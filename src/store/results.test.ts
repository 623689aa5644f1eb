import { beforeEach, describe, expect, it } from 'vitest';
import { createEngineSession, type Report } from '../engine';
import { createExampleScenario } from '../model';
import { useMeridianStore } from './index';
import { selectEdgeTrafficRps, selectElementBadge, selectPopulationP99Ms } from './resultSelectors';
import { initialResults } from './slices/createResultsSlice';

const scenario = createExampleScenario();
const report = createEngineSession().evaluate(scenario);
const withLoad = (requestsPerSecond: number): Report =>
  createEngineSession().evaluate({ ...scenario, workload: { ...scenario.workload, requestsPerSecond } });
const evaluated = (revision: number, figures: Report) => ({ revision, report: figures, edgeTrafficRps: { 'e-lb-a': 200 }, evaluationMs: 1 });

describe('results slice', () => {
  beforeEach(() => useMeridianStore.setState({ results: initialResults }));

  it('keeps the last report while a newer revision is computed', () => {
    const { resultsRequested, resultsEvaluated } = useMeridianStore.getState();
    resultsRequested(1);
    expect(useMeridianStore.getState().results).toMatchObject({ status: 'computing', report: null });
    resultsEvaluated(evaluated(1, report), true);
    resultsRequested(2);
    expect(useMeridianStore.getState().results).toMatchObject({ status: 'computing', report, reportRevision: 1, requestedRevision: 2 });
    resultsEvaluated(evaluated(2, report), true);
    expect(useMeridianStore.getState().results.status).toBe('ready');
  });

  it('stays computing when a result arrives with a newer revision already on its way', () => {
    const { resultsRequested, resultsEvaluated } = useMeridianStore.getState();
    resultsRequested(1);
    resultsRequested(2);
    resultsEvaluated(evaluated(1, report), false);
    expect(useMeridianStore.getState().results).toMatchObject({ status: 'computing', reportRevision: 1 });
  });

  it('shows an error, and hides stale badges, until a later evaluation succeeds', () => {
    const { resultsRequested, resultsEvaluated, resultsFailed } = useMeridianStore.getState();
    resultsEvaluated(evaluated(1, report), true);
    expect(selectElementBadge(useMeridianStore.getState(), 'app-a')).toMatchObject({ spof: null });
    resultsRequested(2);
    resultsFailed(2, 'The engine could not evaluate this design: boom', true);
    expect(useMeridianStore.getState().results).toMatchObject({ status: 'error', error: 'The engine could not evaluate this design: boom' });
    expect(selectElementBadge(useMeridianStore.getState(), 'app-a')).toBeUndefined();
    expect(selectEdgeTrafficRps(useMeridianStore.getState(), 'e-lb-a')).toBeUndefined();
    resultsEvaluated(evaluated(3, report), true);
    expect(useMeridianStore.getState().results).toMatchObject({ status: 'ready', error: null });
  });

  it('keeps a node’s badge object while its figures do not change', () => {
    const { resultsEvaluated } = useMeridianStore.getState();
    resultsEvaluated(evaluated(1, report), true);
    const before = useMeridianStore.getState();
    resultsEvaluated(evaluated(2, createEngineSession().evaluate(scenario)), true);
    const after = useMeridianStore.getState();
    expect(selectElementBadge(after, 'app-a')).toBe(selectElementBadge(before, 'app-a'));
    expect(selectElementBadge(after, 'cache')?.spof).toMatchObject({ kind: 'managedService' });

    resultsEvaluated(evaluated(3, withLoad(800)), true);
    expect(selectElementBadge(useMeridianStore.getState(), 'app-a')).not.toBe(selectElementBadge(after, 'app-a'));
    expect(selectElementBadge(useMeridianStore.getState(), 'app-a')?.utilization).toBeCloseTo(1 / 3, 9);
  });

  it('keeps each per-element record while an evaluation leaves it as it was, and replaces it when a figure changes', () => {
    const { resultsEvaluated } = useMeridianStore.getState();
    const records = () => {
      const { edgeTrafficRps, edgeTransferUsd, badges, issues } = useMeridianStore.getState().results;
      return { edgeTrafficRps, edgeTransferUsd, badges, issues };
    };
    resultsEvaluated(evaluated(1, report), true);
    const before = records();
    resultsEvaluated(evaluated(2, createEngineSession().evaluate(scenario)), true);
    const after = records();
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key], key).toBe(before[key]);

    resultsEvaluated({ ...evaluated(3, withLoad(800)), edgeTrafficRps: { 'e-lb-a': 400 } }, true);
    const loaded = records();
    for (const key of ['edgeTrafficRps', 'edgeTransferUsd', 'badges'] as const) expect(loaded[key], key).not.toBe(after[key]);
    expect(loaded.edgeTrafficRps).toEqual({ 'e-lb-a': 400 });
  });

  it('gives each population its p99, Infinity when saturated', () => {
    const { resultsEvaluated } = useMeridianStore.getState();
    resultsEvaluated(evaluated(1, report), true);
    expect(selectPopulationP99Ms(useMeridianStore.getState(), 'users-eu')).toBeCloseTo(report.latency.byPopulation['users-eu']?.p99Ms ?? NaN, 9);
    resultsEvaluated(evaluated(2, withLoad(5000)), true);
    expect(selectPopulationP99Ms(useMeridianStore.getState(), 'users-eu')).toBe(Infinity);
  });
});
