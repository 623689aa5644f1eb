import type { StateCreator } from 'zustand';
import type { Report } from '../../engine';
import type { EvaluatedRevision } from '../../worker';
import type { MeridianState } from '../index';
import type { ExplainTarget } from '../explainTarget';
import { keptRecord } from '../keptRecord';
import { elementBadges, type ElementBadge } from '../resultBadges';
import { edgeTransferUsd, elementIssues } from '../resultMarks';

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
  /** Data transfer each edge causes, USD/month. */
  edgeTransferUsd: Record<string, number>;
  badges: Record<string, ElementBadge>;
  /** The engine's problems with each element, as text (cycles, unreachable components…). */
  issues: Record<string, string>;
  /** Set when the engine worker died and was started again (or could not be); null once dismissed. */
  restartNotice: string | null;
}

export interface ResultsSlice {
  results: Results;
  resultsRequested: (revision: number) => void;
  /** `settled` is false when a newer revision is already on its way. */
  resultsEvaluated: (result: EvaluatedRevision, settled: boolean) => void;
  resultsFailed: (revision: number, message: string, settled: boolean) => void;
  /** The engine worker crashed and a new one was started (`message` says so); null dismisses the notice. */
  engineRestarted: (message: string | null) => void;
  /** The figure the explain dialog shows, if open. */
  explaining: ExplainTarget | null;
  explain: (target: ExplainTarget | null) => void;
}

export const initialResults: Results = {
  status: 'idle',
  report: null,
  reportRevision: null,
  requestedRevision: 0,
  error: null,
  evaluationMs: null,
  edgeTrafficRps: {},
  edgeTransferUsd: {},
  badges: {},
  issues: {},
  restartNotice: null,
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
        edgeTrafficRps: keptRecord(results.edgeTrafficRps, edgeTrafficRps),
        edgeTransferUsd: keptRecord(results.edgeTransferUsd, edgeTransferUsd(report)),
        badges: keptRecord(results.badges, elementBadges(report, results.badges)),
        issues: keptRecord(results.issues, elementIssues(report)),
      },
    })),
  resultsFailed: (_revision, message, settled) => set(({ results }) => ({ results: { ...results, status: settled ? 'error' : 'computing', error: message } })),
  engineRestarted: (message) => set(({ results }) => ({ results: { ...results, restartNotice: message } })),
  explaining: null,
  explain: (target) => set({ explaining: target }),
});
