/** Narrowest span an axis of scenario figures shows, as a fraction of the largest figure's size. */
export const minimumRelativeSpan = 0.1;

/**
 * An axis domain for a handful of figures: recharts' own ('auto') unless the figures lie within
 * `minimumRelativeSpan` of each other (or within `minimumSpan`, in the figures' unit), in which case a
 * window of at least that span centred on them (kept at or above 0 for figures that are), its ends
 * rounded out to a round step. Zooming in on designs
 * that cost $266.5k and $267.5k would make a 0.4 % difference look large and label every tick "$267k".
 */
export function minimumSpanDomain(values: readonly number[], minimumSpan = 0): [number, number] | ['auto', 'auto'] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return ['auto', 'auto'];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const span = Math.max(minimumRelativeSpan * Math.max(Math.abs(low), Math.abs(high)), minimumSpan) || 1;
  if (high - low >= span) return ['auto', 'auto'];
  const start = (low + high) / 2 - span / 2;
  const from = low >= 0 ? Math.max(0, start) : start;
  // Ends on multiples of a round step (1, 2 or 5 × 10ᵏ, about a quarter of the span), so the ticks are round too.
  const quarter = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  const step = magnitude * ([1, 2, 5, 10].find((m) => m * magnitude >= quarter) ?? 10);
  return [Math.floor(from / step) * step, Math.ceil((from + span) / step) * step];
}
