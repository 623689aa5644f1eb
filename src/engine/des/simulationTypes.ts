import type { CircuitBreakerSettings } from './circuitBreakers';
import type { FailureInjection } from './failureTimeline';

/** What a component looks like in a window: the chaos view colours canvas nodes by it. */
export type ComponentSimulationState = 'ok' | 'degraded' | 'failingOver' | 'saturated' | 'down';

/** One window of a simulation's time series. Latencies are of successful requests completed in the window. */
export interface SimulationWindow {
  startSeconds: number;
  endSeconds: number;
  /** Requests completed (succeeded or failed) in the window. */
  requests: number;
  failed: number;
  /** Successful requests per simulated second. */
  throughputPerSecond: number;
  /** Succeeded / completed; 1 when nothing completed. */
  successRate: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Jobs waiting at each queueing component at the window's end (summed over its units), by component id. */
  queueLength: Record<string, number>;
  /** Busy fraction of each queueing component's active servers over the window, by component id. */
  utilization: Record<string, number>;
  /** Components not `ok` at the window's end, by id. */
  states: Record<string, ComponentSimulationState>;
}

/** Totals of a simulation so far. */
export interface SimulationTotals {
  simulatedSeconds: number;
  requests: number;
  failedRequests: number;
  /** Visits a busy unit refused (failing them at once) because `maxWaitingJobs` jobs were already waiting: the design is far below its load. */
  refusedVisits: number;
  /** Acknowledged writes lost with a primary that died before replicating them (asynchronous replication). */
  writesLost: number;
  /** Seconds from the first injected failure to the last failed request; null without failures or while still failing. */
  timeToRecoverSeconds: number | null;
  firstFailureSeconds: number | null;
  events: number;
}

/** How to run a simulation. */
export interface SimulationOptions {
  /** Simulated seconds to run. */
  seconds: number;
  /** Width of a time-series window, simulated seconds (default 1). */
  windowSeconds?: number;
  /** Seed of every random stream: the same seed gives the same run (default 1). */
  seed?: number;
  failures?: readonly FailureInjection[];
  /** Optional circuit breakers, by call edge id. */
  circuitBreakers?: Readonly<Record<string, CircuitBreakerSettings>>;
  /** Keep every successful request's latency for requests arriving after `warmUpSeconds` (validation). */
  keepLatencies?: boolean;
  warmUpSeconds?: number;
}
