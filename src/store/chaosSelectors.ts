import type { ComponentSimulationState } from '../engine';
import type { MeridianState } from './index';

/**
 * What the chaos run shows on an element's canvas node while the chaos tab is open: a component's state
 * in the last simulated window; a zone, region or provider is `down` while a planned failure of it lasts.
 * Null when there is nothing to show.
 */
export function selectChaosState(state: MeridianState, id: string): ComponentSimulationState | null {
  const run = state.chaosRun;
  if (state.resultsTab !== 'chaos' || !run) return null;
  const now = run.simulatedSeconds;
  if (run.failures.some((f) => f.target === id && f.atSeconds <= now && (f.repairAtSeconds === null || now < f.repairAtSeconds) && state.scenario.groups.some((g) => g.id === id))) return 'down';
  const last = run.windows[run.windows.length - 1];
  return last?.states[id] ?? null;
}
