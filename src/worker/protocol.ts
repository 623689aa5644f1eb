import type { Report } from '../engine';
import type { Scenario } from '../model';
import type { ScenarioPatch } from './scenarioPatch';

/**
 * What the UI sends the engine worker: the scenario document without its layout (the engine ignores
 * it), whole the first time and after any doubt, otherwise as a patch on the revision the worker holds.
 */
export type EngineInput =
  | { kind: 'full'; revision: number; scenario: Scenario }
  | { kind: 'patch'; revision: number; baseRevision: number; patch: ScenarioPatch };

/** The figures of one revision, and what they cost to compute. */
export interface EvaluatedRevision {
  revision: number;
  report: Report;
  /** Requests per second along each call or async edge, apportioned from the report's component loads. */
  edgeTrafficRps: Record<string, number>;
  /** Wall time of the evaluation inside the worker, milliseconds. */
  evaluationMs: number;
}

export type EvaluationOutcome =
  | ({ kind: 'report' } & EvaluatedRevision)
  | { kind: 'failed'; revision: number; message: string }
  /** The patch was for a revision the worker does not hold: send the whole document. */
  | { kind: 'needsFull'; revision: number };

/** The worker's one method, called through comlink. */
export interface EngineWorkerApi {
  evaluate(input: EngineInput): EvaluationOutcome;
}
