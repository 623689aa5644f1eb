export { createEngineClient, type EngineClient, type EngineClientListener, type EngineRemote } from './engineClient';
export { sameEngineInput } from './engineInput';
export { createRestartingRemote, type EngineWorkerHandle, type StartEngineWorker } from './restartingRemote';
export type { ComparedOutcome, EngineWorkerApi, EvaluatedRevision, SimulationChunkListener, SimulationOutcome, SimulationRequest, SweepChunkListener, SweepOutcome, SweepRequest } from './protocol';
