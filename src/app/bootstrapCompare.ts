import { proxy, wrap, type Remote } from 'comlink';
import type { Scenario } from '../model';
import { useMeridianStore, type MeridianState } from '../store';
import type { ComparedOutcome, EngineWorkerApi } from '../worker';

/** Points of a load or hit-ratio curve. */
const sweepPoints = 40;

/** The compared tabs' documents, or null when the compare view is not shown. */
function comparedDocuments(state: MeridianState): Record<string, Scenario> | null {
  if (state.mainView !== 'compare') return null;
  return Object.fromEntries(state.comparedTabIds.flatMap((tabId) => {
    const document = state.documentOf(tabId);
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
 * Connects the compare view to a second engine worker, started the first time it is needed so that
 * sweeps never hold up the editor's live results: whenever the compared documents change it evaluates
 * them all (one request at a time, the latest winning), and it runs each requested sweep over every
 * compared scenario, one after the other, writing each chunk into the store as it arrives.
 */
export function bootstrapCompare(): void {
  let api: Remote<EngineWorkerApi> | null = null;
  const worker = () => (api ??= wrap<EngineWorkerApi>(new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-compare' })));
  let evaluating = false;
  let pending: Record<string, Scenario> | null = null;

  async function evaluatePending() {
    evaluating = true;
    while (pending) {
      const documents: Record<string, Scenario> = pending;
      pending = null;
      useMeridianStore.getState().comparisonRequested();
      const tabIds = Object.keys(documents);
      const outcomes: ComparedOutcome[] = await worker()
        .evaluateMany(tabIds.map((tabId) => documents[tabId] as Scenario))
        .catch((error: unknown) => tabIds.map(() => ({ kind: 'failed', message: `The compare worker stopped answering: ${String(error)}` }) as const));
      if (!pending) useMeridianStore.getState().comparisonEvaluated(documents, Object.fromEntries(tabIds.map((tabId, i) => [tabId, outcomes[i] as ComparedOutcome])));
    }
    evaluating = false;
  }

  async function runSweep(id: number, kind: NonNullable<MeridianState['sweepRun']>['kind']) {
    const store = useMeridianStore.getState;
    const upToRequestsPerSecond = kind === 'load' ? sharedLoadAxis(store()) : undefined;
    for (const tabId of store().comparedTabIds) {
      const scenario = store().documentOf(tabId);
      if (!scenario || store().sweepRun?.id !== id || store().sweepRun?.status !== 'running') break;
      const outcome = await worker()
        .sweep({ id, scenario, kind, points: sweepPoints, upToRequestsPerSecond }, proxy((xLabel: string, points) => store().sweepChunk(id, tabId, xLabel, points)))
        .catch((error: unknown) => ({ kind: 'failed' as const, message: String(error) }));
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
    if (run && run !== previous.sweepRun && run.id !== previous.sweepRun?.id && run.status === 'running') void runSweep(run.id, run.kind);
    if (run?.status === 'cancelled' && previous.sweepRun?.status === 'running' && run.id === previous.sweepRun.id) void worker().cancelSweep(run.id);
  });
}
