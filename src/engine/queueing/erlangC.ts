/**
 * Erlang C: probability that an arriving customer waits in an M/M/c queue with `servers` = c and
 * offered load a = λ/μ (Erlangs), ρ = a/c < 1. Computed through the Erlang B recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), then C = B(c) / (1 − ρ·(1 − B(c)))
 * (Kleinrock, Queueing Systems I, §3.5; numerically stable for thousands of servers).
 * Returns 1 when ρ ≥ 1 (every customer waits; the queue is unstable) and 0 when a = 0.
 */
export function erlangCWaitProbability(servers: number, offeredLoadErlangs: number): number {
  if (offeredLoadErlangs <= 0) return 0;
  const utilization = offeredLoadErlangs / servers;
  if (utilization >= 1) return 1;
  let blocking = 1;
  for (let k = 1; k <= servers; k += 1) blocking = (offeredLoadErlangs * blocking) / (k + offeredLoadErlangs * blocking);
  return blocking / (1 - utilization * (1 - blocking));
}
