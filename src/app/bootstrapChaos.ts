import type { SimulationTotals, SimulationWindow } from '../engine';
import { useMeridianStore, type MeridianState } from '../store';
import { simulateOnPool } from '../worker';
import { heavyWorkPool } from './bootstrapWorkerPool';

/** Most store updates per second from a run: each redraws the charts, so chunks are gathered in between. */
const flushIntervalMs = 250;

/** The element a click picked as a failure target: one component or group selected while the chaos tab is open. */
function pickedTarget(state: MeridianState, previous: MeridianState): string | null {
  if (state.selection === previous.selection || state.resultsTab !== 'chaos' || state.selection.length !== 1) return null;
  const [id] = state.selection;
  const { components, groups } = state.scenario;
  return components.some((c) => c.id === id) || groups.some((g) => g.id === id) ? (id ?? null) : null;
}

/**
 * Connects the chaos view to a worker of the heavy-work pool (none is started before a run is asked
 * for, and the editor's worker is not one of them, so a simulation never holds up the live results):
 * each run streams its windows into the store as the worker produces them (gathered into at most
 * four store updates a second, so the charts redraw at that rate however fast the run goes), and a
 * cancel, or a new run, stops it after the current chunk. While the chaos tab is open, clicking a
 * component, zone or region on the canvas plans a failure of it.
 */
export function bootstrapChaos(): void {
  let running: { id: number; controller: AbortController } | null = null;

  async function run(id: number, signal: AbortSignal) {
    const store = useMeridianStore.getState;
    const current = store().chaosRun;
    if (!current) return;
    const { seconds, failures, simulatedSecondsPerSecond } = current;
    let gathered: { windows: SimulationWindow[]; simulatedSeconds: number; totals: SimulationTotals } | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (gathered) store().chaosChunk(id, gathered.windows, gathered.simulatedSeconds, gathered.totals);
      gathered = null;
    };
    const onChunk = (windows: SimulationWindow[], progress: { simulatedSeconds: number; totals: SimulationTotals }) => {
      gathered = { windows: [...(gathered?.windows ?? []), ...windows], ...progress };
      timer ??= setTimeout(flush, flushIntervalMs);
    };
    const outcome = await simulateOnPool(heavyWorkPool, { id, scenario: store().scenario, seconds, seed: id, failures, simulatedSecondsPerSecond }, onChunk, signal);
    if (timer !== null) clearTimeout(timer);
    flush();
    store().chaosFinished(id, outcome);
  }

  useMeridianStore.subscribe((state, previous) => {
    const target = pickedTarget(state, previous);
    if (target !== null) state.addChaosFailure(target);
    const chaos = state.chaosRun;
    if (chaos && chaos.id !== previous.chaosRun?.id && chaos.status === 'running') {
      running?.controller.abort();
      running = { id: chaos.id, controller: new AbortController() };
      void run(chaos.id, running.controller.signal);
    }
    if (chaos?.status === 'cancelled' && previous.chaosRun?.status === 'running' && running?.id === chaos.id) running.controller.abort();
  });
}
