import { engineWatchdog } from './engineWatchdog';
import { createWorkerPool, poolSizeFor, watchWorker, type EngineWorkerApi } from '../worker';

/**
 * The workers that sweeps, the compare view's evaluations and chaos runs share (SPEC §6), one per
 * core: none starts before the first of those jobs. The editor's own engine worker is not among
 * them, so heavy work never holds up the live results.
 */
export const heavyWorkPool = createWorkerPool(poolSizeFor(navigator.hardwareConcurrency), (crashed) =>
  watchWorker<EngineWorkerApi>(new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'meridian-pool' }), crashed, engineWatchdog),
);
