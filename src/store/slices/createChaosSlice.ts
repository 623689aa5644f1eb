import type { StateCreator } from 'zustand';
import type { FailureInjection, SimulationTotals, SimulationWindow } from '../../engine';
import type { SimulationOutcome } from '../../worker';
import type { MeridianState } from '../index';

/** A failure planned in the chaos view: `target` (an element id, `<id>/<n>` or `<db>/primary`) fails at `atSeconds` for `durationSeconds` (null: to the end). */
export interface ChaosFailure {
  key: number;
  target: string;
  atSeconds: number;
  durationSeconds: number | null;
}

/** A simulation run, growing window by window as the pool worker running it delivers them. */
export interface ChaosRun {
  id: number;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  seconds: number;
  failures: FailureInjection[];
  windows: SimulationWindow[];
  totals: SimulationTotals | null;
  simulatedSeconds: number;
  message: string | null;
  /** Pace asked of the worker: simulated seconds per second, null as fast as it can. */
  simulatedSecondsPerSecond: number | null;
}

/** What the results side panel shows: the live figures or the chaos view. */
export type ResultsTab = 'results' | 'chaos';

export interface ChaosSlice {
  resultsTab: ResultsTab;
  setResultsTab: (tab: ResultsTab) => void;
  chaosFailures: ChaosFailure[];
  chaosSeconds: number;
  chaosPace: number | null;
  /** Adds a failure of `target` (ignored when it is already planned), by default at 10 s for 60 s. */
  addChaosFailure: (target: string) => void;
  updateChaosFailure: (key: number, patch: Partial<Omit<ChaosFailure, 'key'>>) => void;
  removeChaosFailure: (key: number) => void;
  setChaosSeconds: (seconds: number) => void;
  setChaosPace: (pace: number | null) => void;
  chaosRun: ChaosRun | null;
  /** Starts a run of the planned failures; a worker of the heavy-work pool picks it up. */
  startChaosRun: () => void;
  cancelChaosRun: () => void;
  chaosChunk: (id: number, windows: SimulationWindow[], simulatedSeconds: number, totals: SimulationTotals) => void;
  chaosFinished: (id: number, outcome: SimulationOutcome) => void;
}

/** The planned failures as the simulator takes them. */
export function chaosInjections(failures: readonly ChaosFailure[]): FailureInjection[] {
  return failures.map(({ target, atSeconds, durationSeconds }) => ({ target, atSeconds, repairAtSeconds: durationSeconds === null ? null : atSeconds + durationSeconds }));
}

export const createChaosSlice: StateCreator<MeridianState, [], [], ChaosSlice> = (set) => {
  const onRun = (id: number, change: (run: ChaosRun) => Partial<ChaosRun>) => set((state) => (state.chaosRun?.id === id ? { chaosRun: { ...state.chaosRun, ...change(state.chaosRun) } } : {}));
  return {
    resultsTab: 'results',
    setResultsTab: (tab) => set({ resultsTab: tab }),
    chaosFailures: [],
    chaosSeconds: 180,
    chaosPace: 30,
    addChaosFailure: (target) =>
      set((state) => {
        if (state.chaosFailures.some((f) => f.target === target)) return {};
        const key = Math.max(0, ...state.chaosFailures.map((f) => f.key)) + 1;
        return { chaosFailures: [...state.chaosFailures, { key, target, atSeconds: 10, durationSeconds: 60 }] };
      }),
    updateChaosFailure: (key, patch) => set((state) => ({ chaosFailures: state.chaosFailures.map((f) => (f.key === key ? { ...f, ...patch } : f)) })),
    removeChaosFailure: (key) => set((state) => ({ chaosFailures: state.chaosFailures.filter((f) => f.key !== key) })),
    setChaosSeconds: (seconds) => set({ chaosSeconds: seconds }),
    setChaosPace: (pace) => set({ chaosPace: pace }),
    chaosRun: null,
    startChaosRun: () =>
      set((state) => ({
        chaosRun: {
          id: (state.chaosRun?.id ?? 0) + 1,
          status: 'running',
          seconds: state.chaosSeconds,
          failures: chaosInjections(state.chaosFailures),
          windows: [],
          totals: null,
          simulatedSeconds: 0,
          message: null,
          simulatedSecondsPerSecond: state.chaosPace,
        },
      })),
    cancelChaosRun: () => set((state) => (state.chaosRun?.status === 'running' ? { chaosRun: { ...state.chaosRun, status: 'cancelled' } } : {})),
    chaosChunk: (id, windows, simulatedSeconds, totals) => onRun(id, (run) => ({ windows: windows.length > 0 ? [...run.windows, ...windows] : run.windows, simulatedSeconds, totals })),
    chaosFinished: (id, outcome) =>
      onRun(id, (run) =>
        outcome.kind === 'failed' ? { status: 'failed', message: outcome.message } : { status: run.status === 'cancelled' ? 'cancelled' : outcome.kind, totals: outcome.totals },
      ),
  };
};
