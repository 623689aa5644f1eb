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

/** A sweep of one scenario, planned once per worker and computed in chunks, on any of the pool's workers. */
export interface SweepRequest {
  /** Names this curve: a worker plans it once, then computes its chunks by id (the scenario crosses once). Another curve needs another id. */
  id: number;
  scenario: Scenario;
  kind: SweepKind;
  /** Points of the curve (load and hit ratio; replicas and regions have their own counts). */
  points: number;
  /** Where a load sweep ends, requests/s, so that compared curves share an axis; absent: at this design's saturation. */
  upToRequestsPerSecond?: number;
}

/**
 * The design of a curve as it crosses to one worker: whole, or as a patch on the design of the curve
 * `baseId` that worker planned last (after a parameter edit, the few elements edited instead of a
 * clone of the whole document, which costs tens of milliseconds at 1 000 components).
 */
export type SweepDocument = { kind: 'full'; scenario: Scenario } | { kind: 'patch'; baseId: number; patch: ScenarioPatch };

/** A curve as one worker is asked to plan it. */
export interface SweepPlanRequest extends Omit<SweepRequest, 'scenario'> {
  document: SweepDocument;
}

/** What a sweep will go over: the swept values, and what they are in words. */
export interface SweepOutline {
  xLabel: string;
  values: number[];
}

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

export type SimulationOutcome =
  | { kind: 'done'; totals: SimulationTotals }
  /** `totals` is null when the run was cancelled before it started (while it waited for a worker). */
  | { kind: 'cancelled'; totals: SimulationTotals | null }
  | { kind: 'failed'; message: string };

/** What the worker exposes through comlink. */
export interface EngineWorkerApi {
  /** Answers at once: the watchdog's probe that the worker's event loop is free. */
  ping(): true;
  evaluate(input: EngineInput): EvaluationOutcome;
  /** Evaluates a whole document afresh, keeping nothing (the compare view). */
  evaluateWhole(scenario: Scenario): ComparedOutcome;
  /**
   * Plans a sweep (unless the worker holds the plan of its id already): its values, or null when the
   * scenario has nothing to sweep, or 'needsFull' when its document patches a curve other than the
   * one the worker planned last (send the whole document). Throws on an engine error.
   */
  sweepOutline(request: SweepPlanRequest): SweepOutline | null | 'needsFull';
  /**
   * Evaluates some values (any of them, in any order) of the curve `id` the worker planned last, or
   * returns null when it holds another curve's plan (send `sweepOutline` first). Throws on an engine error.
   */
  sweepPoints(id: number, values: number[]): SweepPoint[] | null;
  simulate(request: SimulationRequest, onChunk: SimulationChunkListener): Promise<SimulationOutcome>;
  /** Stops a running simulation after its current chunk. */
  cancelSimulation(id: number): void;
}
