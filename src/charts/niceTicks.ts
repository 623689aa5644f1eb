/** Steps an axis may take, per power of ten: round numbers a reader adds up at a glance. */
const niceSteps = [1, 2, 2.5, 5, 10];

/**
 * Ticks from 0 up to the first round value at or above `max`, about `count` of them, spaced by 1, 2,
 * 2.5 or 5 times a power of ten (the axis then ends on a labelled value). A `max` that is not a
 * positive number gives the ticks of [0, 1].
 */
export function niceTicks(max: number, count = 5): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = top / Math.max(count - 1, 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (niceSteps.find((multiple) => multiple * power >= rough * (1 - 1e-9)) ?? 10) * power;
  const intervals = Math.ceil(top / step - 1e-9);
  // Multiplying (not adding) keeps each tick as round as its step: 0.1 + 0.2 would print 0.30000000000000004.
  return Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
