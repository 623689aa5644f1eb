import { wrap } from 'comlink';
import { useMeridianStore } from '../store';
import { createEngineClient, createRestartingRemote, sameEngineInput, type EngineWorkerApi, type EngineWorkerHandle } from '../worker';

/** A worker, with every call failing once it has died (comlink alone would wait for ever), and `crashed` told why. */
function startEngineWorker(crashed: (reason: string) => void): EngineWorkerHandle {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-engine' });
  const api = wrap<EngineWorkerApi>(worker);
  const died = new Promise<never>((_resolve, reject) => {
    worker.addEventListener(
      'error',
      (event) => {
        const reason = event.message || 'it could not start';
        reject(new Error(reason));
        crashed(reason);
      },
      { once: true },
    );
  });
  died.catch(() => {});
  return { remote: { evaluate: (input) => Promise.race([api.evaluate(input), died]) }, terminate: () => worker.terminate() };
}

/**
 * Connects the document to the engine, once, outside React: every edit that changes what the engine
 * reads is sent to the worker, and its figures land in the store's results. Moves and resizes change
 * only the layout and are not evaluated at all. A worker that crashes is replaced, with a notice, and
 * the document is evaluated again by the new one.
 */
export function bootstrapEngine(): void {
  const { resultsRequested, resultsEvaluated, resultsFailed, engineRestarted } = useMeridianStore.getState();
  const remote = createRestartingRemote(
    startEngineWorker,
    (reason) => {
      engineRestarted(`The engine stopped (${reason}) and was restarted; results are up to date again.`);
      client.submit(useMeridianStore.getState().scenario);
    },
    (reason) => engineRestarted(`The engine stopped (${reason}) again and again, so it was not restarted. Undo the last edit, then reload the page.`),
  );
  const client = createEngineClient(remote, { requested: resultsRequested, evaluated: resultsEvaluated, failed: resultsFailed });
  client.submit(useMeridianStore.getState().scenario);
  useMeridianStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario && !sameEngineInput(previous.scenario, state.scenario)) client.submit(state.scenario);
  });
}
