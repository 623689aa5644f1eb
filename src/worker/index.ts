export { createEngineClient, type EngineClient, type EngineClientListener, type EngineRemote } from './engineClient';
export { sameEngineInput } from './engineInput';
export { simulateOnPool } from './pooledSimulation';
export { createRestartingRemote } from './restartingRemote';
export { watchWorker } from './watchedWorker';
export { watchdogBudgetMs, type WatchdogOptions } from './workerWatchdog';
export { createWorkerPool, poolSizeFor, type WorkerPool } from './workerPool';
export type { ComparedOutcome, EngineWorkerApi, EvaluatedRevision, SimulationChunkListener, SimulationOutcome, SimulationRequest, SweepOutcome, SweepRequest } from './protocol';
