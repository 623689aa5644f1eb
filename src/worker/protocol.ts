import type { FailureInjection, Report, SimulationTotals, SimulationWindow, SweepKind, SweepPoint } from '../engine';
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

/** The report of one of several scenarios evaluated together (compare view), or why there is none. */
export type ComparedOutcome = { kind: 'report'; report: Report } | { kind: 'failed'; message: string };

/** A sweep of one scenario, delivered progressively; `id` lets the caller cancel it. */
export interface SweepRequest {
  id: number;
  scenario: Scenario;
  kind: SweepKind;
  /** Points of the curve (load and hit ratio; replicas and regions have their own counts). */
  points: number;
  /** Where a load sweep ends, requests/s, so that compared curves share an axis; absent: at this design's saturation. */
  upToRequestsPerSecond?: number;
}

/** Receives each chunk of a sweep as it is computed; the sweep waits for it before the next chunk. */
export type SweepChunkListener = (xLabel: string, points: SweepPoint[]) => void | Promise<void>;

export type SweepOutcome = { kind: 'done' | 'cancelled' | 'nothingToSweep' } | { kind: 'failed'; message: string };

/** A chaos run of one scenario (SPEC §2.6), delivered window by window; `id` lets the caller cancel it. */
export interface SimulationRequest {
  id: number;
  scenario: Scenario;
  seconds: number;
  seed: number;
  failures: FailureInjection[];
  /** Pace: simulated seconds per wall-clock second, or null to run as fast as the worker can. */
  simulatedSecondsPerSecond: number | null;
}

/** Receives each chunk's closed windows and the totals so far; the run waits for it before the next chunk. */
export type SimulationChunkListener = (windows: SimulationWindow[], progress: { simulatedSeconds: number; totals: SimulationTotals }) => void | Promise<void>;

export type SimulationOutcome = { kind: 'done' | 'cancelled'; totals: SimulationTotals } | { kind: 'failed'; message: string };

/** What the worker exposes through comlink. */
export interface EngineWorkerApi {
  evaluate(input: EngineInput): EvaluationOutcome;
  /** Evaluates several whole documents, each afresh (the compare view). */
  evaluateMany(scenarios: Scenario[]): ComparedOutcome[];
  sweep(request: SweepRequest, onChunk: SweepChunkListener): Promise<SweepOutcome>;
  /** Stops a running sweep after its current chunk. */
  cancelSweep(id: number): void;
  simulate(request: SimulationRequest, onChunk: SimulationChunkListener): Promise<SimulationOutcome>;
  /** Stops a running simulation after its current chunk. */
  cancelSimulation(id: number): void;
}
