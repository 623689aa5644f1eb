/** A point of a series: [x, y]. */
export type SeriesPoint = readonly [number, number];

/** At most this many points per series reach a chart (SPEC §6). */
export const maxChartPoints = 2000;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual Representation",
 * 2013): keeps the first and last points and, from each of `threshold − 2` equal buckets between them,
 * the point that makes the largest triangle with the point kept before it and the mean of the next
 * bucket — so peaks, steps and the tail of a CDF survive. Points must be in ascending x.
 */
export function downsampleLttb(points: readonly SeriesPoint[], threshold: number = maxChartPoints): SeriesPoint[] {
  const count = points.length;
  if (threshold >= count || threshold < 3) return points.slice();
  const kept: SeriesPoint[] = [points[0] as SeriesPoint];
  const bucketSize = (count - 2) / (threshold - 2);
  let anchor = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, count);
    let meanX = 0;
    let meanY = 0;
    for (let i = end; i < nextEnd; i += 1) {
      const [x, y] = points[i] as SeriesPoint;
      meanX += x;
      meanY += y;
    }
    const span = Math.max(nextEnd - end, 1);
    meanX /= span;
    meanY /= span;
    const [ax, ay] = points[anchor] as SeriesPoint;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i += 1) {
      const [x, y] = points[i] as SeriesPoint;
      const area = Math.abs((ax - meanX) * (y - ay) - (ax - x) * (meanY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    kept.push(points[best] as SeriesPoint);
    anchor = best;
  }
  kept.push(points[count - 1] as SeriesPoint);
  return kept;
}
