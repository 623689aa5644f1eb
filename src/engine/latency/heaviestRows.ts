/**
 * The `count` rows of largest `weight`, ties going to the row met first: the first `count` of a stable
 * sort by weight, largest first, found in one pass that keeps only those `count` (O(rows × count) at
 * worst, about O(rows) when few rows displace a kept one, as in a waterfall of hundreds of small steps
 * and a few large ones), where a sort would order every row. Weights must not be NaN.
 */
export function heaviestRows<T>(rows: readonly T[], count: number, weight: (row: T) => number): Set<T> {
  // The kept rows, heaviest first; among equal weights, in the order they were met.
  const kept: T[] = [];
  const weights: number[] = [];
  for (const row of rows) {
    const w = weight(row);
    if (kept.length === count && !(w > (weights[count - 1] as number))) continue;
    // After the last kept row of at least this weight: an equal weight met later goes after it.
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && (weights[at - 1] as number) < w) at -= 1;
    kept.splice(at, 0, row);
    weights.splice(at, 0, w);
    if (kept.length > count) {
      kept.pop();
      weights.pop();
    }
  }
  return new Set(kept);
}
