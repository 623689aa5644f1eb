/** Below this many points a curve is a sparse preview (a sweep's first points): mark each point. */
const maxPointsWithDots = 12;

/** Props of a curve's point markers, as recharts' `<Line dot>` takes them; `false` for no markers. */
export type SeriesDot = false | { r: number; fill: string; stroke: string; strokeWidth: number; strokeDasharray: string };

/**
 * The markers of a curve with `pointCount` points drawn in `colour`. recharts gives each dot the
 * line's own stroke props, so on a dashed curve an outlined dot came out as a broken "C": the dot
 * is filled, ringed thinly in the surface colour and explicitly undashed, so it reads as a whole point.
 */
export function seriesDot(pointCount: number, colour: string): SeriesDot {
  if (pointCount >= maxPointsWithDots) return false;
  return { r: 3.5, fill: colour, stroke: 'var(--surface)', strokeWidth: 1, strokeDasharray: 'none' };
}
