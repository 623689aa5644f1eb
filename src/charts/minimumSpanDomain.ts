/** Narrowest span an axis of scenario figures shows, as a fraction of the largest figure's size. */
export const minimumRelativeSpan = 0.1;

/**
 * An axis domain for a handful of figures: recharts' own ('auto') unless the figures lie within
 * `minimumRelativeSpan` of each other, in which case a window of that span centred on them (kept at
 * or above 0 for figures that are). Zooming in on designs that cost $266.5k and $267.5k would make a
 * 0.4 % difference look large and label every tick "$267k".
 */
export function minimumSpanDomain(values: readonly number[]): [number, number] | ['auto', 'auto'] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return ['auto', 'auto'];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const span = minimumRelativeSpan * Math.max(Math.abs(low), Math.abs(high)) || 1;
  if (high - low >= span) return ['auto', 'auto'];
  const start = (low + high) / 2 - span / 2;
  const from = low >= 0 ? Math.max(0, start) : start;
  return [from, from + span];
}
