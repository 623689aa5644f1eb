import type { StateCreator } from 'zustand';
import type { Report } from '../../engine';
import type { EvaluatedRevision } from '../../worker';
import type { MeridianState } from '../index';
import { elementBadges, type ElementBadge } from '../resultBadges';

export type ResultsStatus = 'idle' | 'computing' | 'ready' | 'error';

/** The engine's latest figures for the document, as the worker delivered them. */
export interface Results {
  /** idle: nothing asked yet; computing: a revision is being evaluated (the last report stays shown). */
  status: ResultsStatus;
  report: Report | null;
  /** The document revision `report` belongs to. */
  reportRevision: number | null;
  /** The latest revision sent for evaluation. */
  requestedRevision: number;
  error: string | null;
  /** How long the worker took to evaluate `report`, milliseconds. */
  evaluationMs: number | null;
  edgeTrafficRps: Record<string, number>;
  badges: Record<string, ElementBadge>;
}

export interface ResultsSlice {
  results: Results;
  resultsRequested: (revision: number) => void;
  /** `settled` is false when a newer revision is already on its way. */
  resultsEvaluated: (result: EvaluatedRevision, settled: boolean) => void;
  resultsFailed: (revision: number, message: string, settled: boolean) => void;
}

export const initialResults: Results = {
  status: 'idle',
  report: null,
  reportRevision: null,
  requestedRevision: 0,
  error: null,
  evaluationMs: null,
  edgeTrafficRps: {},
  badges: {},
};

export const createResultsSlice: StateCreator<MeridianState, [], [], ResultsSlice> = (set) => ({
  results: initialResults,
  resultsRequested: (revision) => set(({ results }) => ({ results: { ...results, status: 'computing', requestedRevision: revision } })),
  resultsEvaluated: ({ revision, report, edgeTrafficRps, evaluationMs }, settled) =>
    set(({ results }) => ({
      results: {
        ...results,
        status: settled ? 'ready' : 'computing',
        report,
        reportRevision: revision,
        error: null,
        evaluationMs,
        edgeTrafficRps,
        badges: elementBadges(report, results.badges),
      },
    })),
  resultsFailed: (_revision, message, settled) => set(({ results }) => ({ results: { ...results, status: settled ? 'error' : 'computing', error: message } })),
});
