import { asUnavailability, type Unavailability } from './probability';

/**
 * P(X ≥ m) for X ~ Binomial(n, q): the probability that at least `m` of `n` independent identical
 * units are down when each is down with probability `q`.
 *
 * Formula: Σ_{j=m..n} C(n, j) · q^j · (1 − q)^(n − j), summed as positive terms only (no `1 − …`),
 * so the result keeps full relative precision down to the float64 underflow limit (≈ 1e-308).
 * The first term is built in log space (Σ log((n − i)/(i + 1)) + m·log q + (n − m)·log1p(−q)),
 * the rest by the ratio term_{j+1} = term_j · (n − j)/(j + 1) · q/(1 − q).
 * Reference: the k-out-of-n availability closed form (Barlow & Heidtmann 1984; performance-anchors §2.1).
 *
 * @param n units, integer ≥ 0
 * @param m failures that fail the group, integer (m ≤ 0 gives 1, m > n gives 0)
 * @param q per-unit unavailability
 */
export function binomialUpperTail(n: number, m: number, q: Unavailability): Unavailability {
  if (m <= 0) return asUnavailability(1);
  if (m > n || q === 0) return asUnavailability(0);
  if (q === 1) return asUnavailability(1);
  const logP = Math.log1p(-q);
  let logFirst = m * Math.log(q) + (n - m) * logP;
  for (let i = 0; i < m; i += 1) logFirst += Math.log((n - i) / (i + 1));
  let term = Math.exp(logFirst);
  let sum = term;
  const ratio = q / (1 - q);
  for (let j = m; j < n; j += 1) {
    term *= ((n - j) / (j + 1)) * ratio;
    sum += term;
    if (term <= sum * 1e-18 && (n - j - 1) * ratio < 0.5) break;
  }
  return asUnavailability(Math.min(1, sum));
}
