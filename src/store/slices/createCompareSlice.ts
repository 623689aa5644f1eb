import type { StateCreator } from 'zustand';
import type { SweepKind, SweepPoint } from '../../engine';
import type { Scenario } from '../../model';
import type { ComparedOutcome, SweepOutcome } from '../../worker';
import type { MeridianState } from '../index';

/** The compared scenarios' reports, as the heavy-work pool delivered them. */
export interface Comparison {
  /** computing: a newer set of documents is being evaluated (the last outcomes stay shown). */
  status: 'idle' | 'computing' | 'ready';
  /** By tab id. */
  outcomes: Record<string, ComparedOutcome>;
  /** The document each outcome was computed from, by tab id. */
  documents: Record<string, Scenario>;
}

/** One scenario's curve of a sweep, growing chunk by chunk. */
export interface SweepCurve {
  xLabel: string;
  points: SweepPoint[];
  /** Set when the worker is done with this scenario. */
  outcome: SweepOutcome | null;
}

/** Points asked of each curve of a load or hit-ratio sweep (`sweepValueCount` gives a curve's count of every kind). */
export const sweepPointsAsked = 40;

export interface SweepRun {
  id: number;
  kind: SweepKind;
  /** Points asked of each curve (`sweepPointsAsked`). */
  pointsAsked: number;
  status: 'running' | 'done' | 'cancelled';
  /** By tab id. */
  curves: Record<string, SweepCurve>;
}

export interface CompareSlice {
  comparison: Comparison;
  /** Evaluate the compared scenarios at the baseline's workload and recovery targets, rather than each at its own. */
  compareAtBaselineWorkload: boolean;
  setCompareAtBaselineWorkload: (on: boolean) => void;
  sweepRun: SweepRun | null;
  comparisonRequested: () => void;
  comparisonEvaluated: (documents: Record<string, Scenario>, outcomes: Record<string, ComparedOutcome>) => void;
  /** Asks for a sweep of every compared scenario; the heavy-work pool computes it. */
  startSweep: (kind: SweepKind) => void;
  cancelSweep: () => void;
  sweepChunk: (id: number, tabId: string, xLabel: string, points: SweepPoint[]) => void;
  sweepCurveFinished: (id: number, tabId: string, outcome: SweepOutcome) => void;
  sweepFinished: (id: number) => void;
}

const emptyCurve: SweepCurve = { xLabel: '', points: [], outcome: null };

export const createCompareSlice: StateCreator<MeridianState, [], [], CompareSlice> = (set) => {
  /** Applies `change` to the run only if it is still the run `id` (a cancelled or replaced run's late chunks are dropped). */
  const onRun = (id: number, change: (run: SweepRun) => Partial<SweepRun>) =>
    set((state) => (state.sweepRun?.id === id ? { sweepRun: { ...state.sweepRun, ...change(state.sweepRun) } } : {}));
  return {
    comparison: { status: 'idle', outcomes: {}, documents: {} },
    compareAtBaselineWorkload: false,
    setCompareAtBaselineWorkload: (on) => set({ compareAtBaselineWorkload: on }),
    sweepRun: null,
    comparisonRequested: () => set((state) => ({ comparison: { ...state.comparison, status: 'computing' } })),
    comparisonEvaluated: (documents, outcomes) => set({ comparison: { status: 'ready', outcomes, documents } }),
    startSweep: (kind) => set((state) => ({ sweepRun: { id: (state.sweepRun?.id ?? 0) + 1, kind, pointsAsked: sweepPointsAsked, status: 'running', curves: {} } })),
    cancelSweep: () => set((state) => (state.sweepRun?.status === 'running' ? { sweepRun: { ...state.sweepRun, status: 'cancelled' } } : {})),
    sweepChunk: (id, tabId, xLabel, points) =>
      onRun(id, (run) => {
        const curve = run.curves[tabId] ?? emptyCurve;
        // Chunks come a spread preview first (`sweepChunks`): the curve keeps its points in x order.
        return { curves: { ...run.curves, [tabId]: { ...curve, xLabel, points: [...curve.points, ...points].sort((a, b) => a.x - b.x) } } };
      }),
    sweepCurveFinished: (id, tabId, outcome) => onRun(id, (run) => ({ curves: { ...run.curves, [tabId]: { ...(run.curves[tabId] ?? emptyCurve), outcome } } })),
    sweepFinished: (id) => onRun(id, (run) => ({ status: run.status === 'running' ? 'done' : run.status })),
  };
};
