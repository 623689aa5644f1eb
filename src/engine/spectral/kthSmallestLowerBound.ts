/**
 * The k-th smallest lower bound `loMs` of `parts` (1-based; k ≤ parts.length; 0 when there is none),
 * the lower bound of their k-th fastest: by counting, without a sorted copy (this runs for every order
 * statistic of every evaluation, and parts are a fan-out or a quorum: a handful).
 */
export function kthSmallestLowerBound(parts: ReadonlyArray<{ loMs: number }>, k: number): number {
  for (const candidate of parts) {
    let below = 0;
    let equal = 0;
    for (const part of parts) {
      if (part.loMs < candidate.loMs) below += 1;
      else if (part.loMs === candidate.loMs) equal += 1;
    }
    if (below < k && k <= below + equal) return candidate.loMs;
  }
  return 0;
}
