export { createEngineClient, type EngineClient, type EngineClientListener, type EngineRemote } from './engineClient';
export { sameEngineInput } from './engineInput';
export type { EngineWorkerApi, EvaluatedRevision } from './protocol';
