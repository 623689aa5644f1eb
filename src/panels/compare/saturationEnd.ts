import type { SweepPoint } from '../../engine';

/** Where a curve stops because its design saturated: the last finite point before the first saturated one. */
export interface SaturationEnd {
  x: number;
  p99Ms: number;
  /** The first swept value at which the design is saturated. */
  saturatedAtX: number;
}

/**
 * The end of a p99 curve that stops at saturation, or null when the design never saturates in the
 * sweep or is saturated from its first point (then there is no curve to end).
 */
export function saturationEnd(points: readonly SweepPoint[]): SaturationEnd | null {
  const first = points.findIndex((point) => point.saturated || !Number.isFinite(point.p99Ms));
  if (first <= 0) return null;
  const last = points[first - 1];
  const saturated = points[first];
  return last && saturated ? { x: last.x, p99Ms: last.p99Ms, saturatedAtX: saturated.x } : null;
}
