/**
 * Operations that build the distribution of a request's delay (SPEC §2.1), over any representation D.
 * All operands are independent random delays in milliseconds. Two implementations exist:
 * `MomentAlgebra` (bounds and moments, to size the grid) and `SpectralAlgebra` (the full distribution).
 */
export interface DelayAlgebra<D> {
  /** A fixed delay of `ms` (0 for none). */
  constant(ms: number): D;
  /** An exponential delay of mean `meanMs`. */
  exponential(meanMs: number): D;
  /** a then b: the sum (convolution). */
  sequence(a: D, b: D): D;
  /** With probability weights[i], parts[i] (weights sum to 1; zero weights are skipped). */
  mixture(weights: readonly number[], parts: readonly D[]): D;
  /** `times` independent copies of a in a row (integer ≥ 0). */
  repeat(a: D, times: number): D;
  /** The k-th smallest of independent delays: k = n is the maximum (fan-out), k = W a write quorum. */
  kthFastest(parts: readonly D[], k: number): D;
  /**
   * Attempts of `a` cut off at `timeoutMs`: up to `retries` more after a wait of
   * `backoffMs · 2^j` before retry j + 1; when all time out the caller stops at the last timeout.
   */
  withTimeout(a: D, timeoutMs: number, retries: number, backoffMs: number): D;
  /**
   * Optional: what `build` gives, kept by the algebra for `meanMs` and `cv` (`serviceTimeDelay`'s
   * inputs, all it depends on): a station's service time does not change with load, so sweep points
   * and waits that change share it.
   */
  keptServiceTime?(meanMs: number, cv: number, build: () => D): D;
}
