import { wrap } from 'comlink';
import { useMeridianStore } from '../store';
import { createEngineClient, sameEngineInput, type EngineRemote, type EngineWorkerApi } from '../worker';

/** The worker, with every call failing once it has died (comlink alone would wait for ever). */
function startEngineWorker(): EngineRemote {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-engine' });
  const api = wrap<EngineWorkerApi>(worker);
  const died = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'it could not start')), { once: true });
  });
  died.catch(() => {});
  return { evaluate: (input) => Promise.race([api.evaluate(input), died]) };
}

/**
 * Connects the document to the engine, once, outside React: every edit that changes what the engine
 * reads is sent to the worker, and its figures land in the store's results. Moves and resizes change
 * only the layout and are not evaluated at all.
 */
export function bootstrapEngine(): void {
  const { resultsRequested, resultsEvaluated, resultsFailed } = useMeridianStore.getState();
  const client = createEngineClient(startEngineWorker(), { requested: resultsRequested, evaluated: resultsEvaluated, failed: resultsFailed });
  client.submit(useMeridianStore.getState().scenario);
  useMeridianStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario && !sameEngineInput(previous.scenario, state.scenario)) client.submit(state.scenario);
  });
}
