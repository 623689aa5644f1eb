import type { Scenario } from '../model';
import { evaluatedDocument, useMeridianStore, type MeridianState, type SweepRun } from '../store';
import { sweepOnPoolOnDemand, type ComparedOutcome } from '../worker';
import { heavyWorkPool } from './bootstrapWorkerPool';
import { evaluateOnPool } from './evaluateOnPool';

/** The compared tabs' documents as evaluated (`evaluatedDocument`: at the baseline's workload when asked), or null when the compare view is not shown. */
function comparedDocuments(state: MeridianState): Record<string, Scenario> | null {
  if (state.mainView !== 'compare') return null;
  return Object.fromEntries(state.comparedTabIds.flatMap((tabId) => {
    const document = evaluatedDocument(state, tabId);
    return document ? [[tabId, document]] : [];
  }));
}

/**
 * Where the compared load curves end: twice the lowest saturation load among them (so each design's
 * knee and the crossings near it are on screen), but no further than the highest.
 */
function sharedLoadAxis(state: MeridianState): number | undefined {
  const maxima = state.comparedTabIds.flatMap((tabId) => {
    const outcome = state.comparison.outcomes[tabId];
    const max = outcome?.kind === 'report' ? outcome.report.capacity.maxRequestsPerSecond : Number.NaN;
    return Number.isFinite(max) && max > 0 ? [max] : [];
  });
  return maxima.length === 0 ? undefined : Math.min(Math.max(...maxima), 2 * Math.min(...maxima));
}

const sameDocuments = (a: Record<string, Scenario> | null, b: Record<string, Scenario> | null) =>
  a !== null && b !== null && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([tabId, document]) => b[tabId] === document);

/**
 * Connects the compare view to the pool of heavy-work workers (started the first time it is needed,
 * apart from the editor's worker so that sweeps never hold up the live results): whenever the
 * compared documents change it evaluates them all, each on a worker of its own when there are enough
 * (one set at a time, the latest winning), and it runs each requested sweep over every compared
 * scenario, one after the other, each sweep's chunks shared out among the pool and written into the
 * store in x order as they arrive. A new sweep or a cancel stops the one before.
 */
export function bootstrapCompare(): void {
  let evaluating = false;
  let pending: Record<string, Scenario> | null = null;
  let sweeping: { id: number; controller: AbortController } | null = null;
  let curves = 0;

  async function evaluatePending() {
    evaluating = true;
    while (pending) {
      const documents: Record<string, Scenario> = pending;
      pending = null;
      useMeridianStore.getState().comparisonRequested();
      const tabIds = Object.keys(documents);
      const outcomes = await Promise.all(tabIds.map((tabId) => evaluateOnPool(documents[tabId] as Scenario)));
      if (!pending) useMeridianStore.getState().comparisonEvaluated(documents, Object.fromEntries(tabIds.map((tabId, i) => [tabId, outcomes[i] as ComparedOutcome])));
    }
    evaluating = false;
  }

  async function runSweep({ id, kind, pointsAsked }: SweepRun, signal: AbortSignal) {
    const store = useMeridianStore.getState;
    const upToRequestsPerSecond = kind === 'load' ? sharedLoadAxis(store()) : undefined;
    for (const tabId of store().comparedTabIds) {
      const scenario = evaluatedDocument(store(), tabId);
      if (!scenario || signal.aborted) break;
      curves += 1;
      const request = { id: curves, scenario, kind, points: pointsAsked, upToRequestsPerSecond };
      const outcome = await sweepOnPoolOnDemand(heavyWorkPool, request, (xLabel, points) => store().sweepChunk(id, tabId, xLabel, points), signal);
      store().sweepCurveFinished(id, tabId, outcome);
    }
    store().sweepFinished(id);
  }

  useMeridianStore.subscribe((state, previous) => {
    const documents = comparedDocuments(state);
    if (documents && Object.keys(documents).length > 0 && !sameDocuments(documents, comparedDocuments(previous)) && !sameDocuments(documents, state.comparison.documents)) {
      pending = documents;
      if (!evaluating) void evaluatePending();
    }
    const run = state.sweepRun;
    if (run && run !== previous.sweepRun && run.id !== previous.sweepRun?.id && run.status === 'running') {
      sweeping?.controller.abort();
      sweeping = { id: run.id, controller: new AbortController() };
      void runSweep(run, sweeping.controller.signal);
    }
    if (run?.status === 'cancelled' && previous.sweepRun?.status === 'running' && sweeping?.id === run.id) sweeping.controller.abort();
  });
}
