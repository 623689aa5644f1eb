import type { PerformanceEvaluation } from '../evaluatePerformance';

/** One point of a sweep curve: the swept value and what the design gives there. */
export interface SweepPoint {
  x: number;
  /** Overall latency, ms; Infinity when saturated. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  saturated: boolean;
  /** Utilization of the busiest station (0–1; ≥ 1 saturated). */
  maxUtilization: number;
  monthlyUsd: number;
}

/** The sweep point of an evaluation at swept value `x`. */
export function sweepPointOf(x: number, evaluation: PerformanceEvaluation): SweepPoint {
  const overall = evaluation.latency.overall;
  const utilizations = Object.values(evaluation.capacity.utilization);
  return {
    x,
    p50Ms: overall.p50Ms,
    p95Ms: overall.p95Ms,
    p99Ms: overall.p99Ms,
    meanMs: overall.meanMs,
    saturated: overall.saturated || evaluation.capacity.saturated,
    maxUtilization: utilizations.length === 0 ? 0 : Math.max(...utilizations),
    monthlyUsd: evaluation.cost.monthlyUsd,
  };
}

/** `count` evenly spaced values from `from` to `to` inclusive (count ≥ 2; count 1 gives `from`). */
export function linearSpace(from: number, to: number, count: number): number[] {
  if (count <= 1) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
