/** A circuit breaker on one call edge (Nygard, Release It!, ch. 5): open after consecutive failures. */
export interface CircuitBreakerSettings {
  /** Consecutive failed calls that open the breaker. */
  failureThreshold: number;
  /** How long it stays open (calls fail at once) before letting one trial call through (half-open). */
  openSeconds: number;
}

/**
 * Circuit breakers of the edges that have one (optional, per edge id). Closed: calls pass and
 * consecutive failures are counted; at `failureThreshold` it opens. Open: calls fail at once, sparing
 * the failed callee and the caller's time; after `openSeconds` one call passes (half-open): success
 * closes it, failure opens it again.
 */
export class CircuitBreakers {
  private readonly threshold: Float64Array;
  private readonly openMs: Float64Array;
  private readonly failures: Float64Array;
  private readonly openUntilMs: Float64Array;
  private readonly trial: Uint8Array;

  constructor(edgeIds: readonly string[], settings: Readonly<Record<string, CircuitBreakerSettings>>) {
    this.threshold = Float64Array.from(edgeIds, (id) => settings[id]?.failureThreshold ?? Number.POSITIVE_INFINITY);
    this.openMs = Float64Array.from(edgeIds, (id) => (settings[id]?.openSeconds ?? 0) * 1000);
    this.failures = new Float64Array(edgeIds.length);
    this.openUntilMs = new Float64Array(edgeIds.length).fill(Number.NEGATIVE_INFINITY);
    this.trial = new Uint8Array(edgeIds.length);
  }

  /** Whether a call on edge e may go out at `nowMs`. */
  allows(e: number, nowMs: number): boolean {
    if (nowMs >= (this.openUntilMs[e] as number)) {
      if (this.openUntilMs[e] === Number.NEGATIVE_INFINITY) return true;
      if (this.trial[e] === 1) return false;
      this.trial[e] = 1;
      return true;
    }
    return false;
  }

  record(e: number, ok: boolean, nowMs: number): void {
    if (ok) {
      this.failures[e] = 0;
      this.openUntilMs[e] = Number.NEGATIVE_INFINITY;
      this.trial[e] = 0;
      return;
    }
    this.failures[e]! += 1;
    if (this.trial[e] === 1 || (this.failures[e] as number) >= (this.threshold[e] as number)) {
      this.openUntilMs[e] = nowMs + (this.openMs[e] as number);
      this.trial[e] = 0;
    }
  }
}
