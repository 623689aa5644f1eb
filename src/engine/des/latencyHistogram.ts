const smallestMs = 0.001;
const ratio = 1.005;
const logRatio = Math.log(ratio);
const buckets = Math.ceil(Math.log(1e7 / smallestMs) / logRatio) + 1;

/**
 * A streaming latency histogram with logarithmic buckets (each 0.5 % wide, 1 µs … 10⁷ ms, like
 * HdrHistogram's log buckets): a quantile read from it is within ±0.25 % of the sample quantile, in
 * O(buckets) memory whatever the sample count. One per simulation window.
 */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(buckets);
  count = 0;

  record(latencyMs: number): void {
    const i = latencyMs <= smallestMs ? 0 : Math.min(buckets - 1, Math.floor(Math.log(latencyMs / smallestMs) / logRatio));
    this.counts[i]! += 1;
    this.count += 1;
  }

  /** The q-quantile (0 < q ≤ 1), ms: the geometric middle of the bucket holding the ⌈q·n⌉-th sample; NaN when empty. */
  quantileMs(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < buckets; i += 1) {
      seen += this.counts[i] as number;
      if (seen >= rank) return smallestMs * ratio ** (i + 0.5);
    }
    return Number.NaN;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
  }
}
