import { proxy, wrap, type Remote } from 'comlink';
import type { SimulationTotals, SimulationWindow } from '../engine';
import { useMeridianStore, type MeridianState } from '../store';
import type { EngineWorkerApi } from '../worker';

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
 * Connects the chaos view to its own engine worker, started the first time a run is asked for so that a
 * simulation never holds up the editor's live results: each run streams its windows into the store as
 * the worker produces them (gathered into at most four store updates a second, so the charts redraw at
 * that rate however fast the run goes), and a cancel stops it after the current chunk. While the chaos tab is open,
 * clicking a component, zone or region on the canvas plans a failure of it.
 */
export function bootstrapChaos(): void {
  let api: Remote<EngineWorkerApi> | null = null;
  const worker = () => (api ??= wrap<EngineWorkerApi>(new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-chaos' })));

  async function run(id: number) {
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
    const outcome = await worker()
      .simulate({ id, scenario: store().scenario, seconds, seed: id, failures, simulatedSecondsPerSecond }, proxy(onChunk))
      .catch((error: unknown) => ({ kind: 'failed' as const, message: `The chaos worker stopped answering: ${String(error)}` }));
    if (timer !== null) clearTimeout(timer);
    flush();
    store().chaosFinished(id, outcome);
  }

  useMeridianStore.subscribe((state, previous) => {
    const target = pickedTarget(state, previous);
    if (target !== null) state.addChaosFailure(target);
    const chaos = state.chaosRun;
    if (chaos && chaos.id !== previous.chaosRun?.id && chaos.status === 'running') void run(chaos.id);
    if (chaos?.status === 'cancelled' && previous.chaosRun?.status === 'running' && chaos.id === previous.chaosRun.id) void worker().cancelSimulation(chaos.id);
  });
}
