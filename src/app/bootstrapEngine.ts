import { useMeridianStore } from '../store';
import { engineWatchdog } from './engineWatchdog';
import { createEngineClient, createRestartingRemote, sameEngineInput, watchWorker, type EngineClient, type EngineWorkerApi } from '../worker';

/** The editor's engine worker: every call fails once it has died or stopped answering, and `crashed` is told why. */
const startEngineWorker = (crashed: (reason: string) => void) =>
  watchWorker<EngineWorkerApi>(new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-engine' }), crashed, engineWatchdog);

/**
 * Connects the document to the engine, once, outside React: every edit that changes what the engine
 * reads is sent to the worker, and its figures land in the store's results. Moves and resizes change
 * only the layout and are not evaluated at all. A worker that crashes, hangs or closes itself is
 * replaced, with a notice, and the document is evaluated again by the new one.
 */
export function bootstrapEngine(): void {
  const { resultsRequested, resultsEvaluated, resultsFailed, engineRestarted } = useMeridianStore.getState();
  const engine = createRestartingRemote(
    startEngineWorker,
    (reason) => {
      engineRestarted(`The engine stopped (${reason}) and was restarted; the results are being computed again.`);
      client.submit(useMeridianStore.getState().scenario);
    },
    (reason) => engineRestarted(`The engine stopped (${reason}) again and again, so it was not restarted. Undo the last edit, then reload the page.`),
  );
  const client = createEngineClient({ evaluate: (input) => engine().evaluate(input) }, { requested: resultsRequested, evaluated: resultsEvaluated, failed: resultsFailed });
  feedEngine(client);
}

/** Submits the document to `client` now and after every edit that changes what the engine reads; returns the unsubscribe. */
export function feedEngine(client: EngineClient): () => void {
  client.submit(useMeridianStore.getState().scenario);
  return useMeridianStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario && !sameEngineInput(previous.scenario, state.scenario)) client.submit(state.scenario);
  });
}
