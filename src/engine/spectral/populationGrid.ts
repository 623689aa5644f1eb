import { chooseLatencyGrid } from './latencyGrid';
import { supportWidthMs, type DelayMoments, type MomentAlgebra } from './momentAlgebra';

/** Saturated populations and the spectral grid for the others (`populationGrid`). */
export interface PopulationGrid {
  /** Per population: a class it sends (weight > 0) crosses a saturated station. */
  saturated: boolean[];
  /** Grid size (points) and step (ms), from `chooseLatencyGrid`. */
  size: number;
  stepMs: number;
}

/**
 * After the moment pass: which populations are saturated (a class of weight > 0 whose delay is null),
 * and the grid (`chooseLatencyGrid`) for the widest support the pass built (`moments.maxWidthMs`, ms)
 * and the narrowest unsaturated population, whose width (ms) is `supportWidthMs` of its classes'
 * mixture by `classWeights` (read, write fractions); 1 ms when every population is saturated.
 * `classParts[p]` holds population p's read and write delays in moments.
 */
export function populationGrid(moments: MomentAlgebra, classParts: ReadonlyArray<ReadonlyArray<DelayMoments | null>>, classWeights: readonly number[]): PopulationGrid {
  const saturated: boolean[] = [];
  let narrowest = Number.POSITIVE_INFINITY;
  for (const parts of classParts) {
    const isSaturated = parts.some((part, k) => part === null && (classWeights[k] ?? 0) > 0);
    saturated.push(isSaturated);
    if (isSaturated) continue;
    const kept = parts.flatMap((part, k) => (part !== null && (classWeights[k] ?? 0) > 0 ? [{ part, weight: classWeights[k] ?? 0 }] : []));
    const mixed = moments.mixture(kept.map((x) => x.weight), kept.map((x) => x.part));
    narrowest = Math.min(narrowest, supportWidthMs(mixed));
  }
  return { saturated, ...chooseLatencyGrid(moments.maxWidthMs, Number.isFinite(narrowest) ? narrowest : 1) };
}
