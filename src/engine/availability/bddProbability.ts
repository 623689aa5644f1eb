import type { CompactBdd } from './compactBdd';

/**
 * Probability that each BDD node's function fails, given each variable's probability of being down.
 * One bottom-up pass (children precede parents): Q(0) = 0, Q(1) = 1,
 * Q(n) = q_v · Q(hi) + (1 − q_v) · Q(lo) (Shannon expansion on n's variable v).
 * Every term is a product of non-negative factors and the sums never subtract, so Q keeps full
 * relative precision however small it is (U = 1e-20 stays 1e-20; never 1 − A). 1 − q_v is near 1
 * and harmless. O(nodes).
 *
 * @param unavailability per variable index, probability of being down (or of a request-level event)
 */
export function bddFailureProbabilities(bdd: CompactBdd, unavailability: Float64Array): Float64Array {
  const failure = new Float64Array(bdd.level.length);
  failure[1] = 1;
  bddFailureProbabilitiesAbove(bdd, unavailability, failure, bdd.variableAtLevel.length);
  return failure;
}

/**
 * {@link bddFailureProbabilities} redone in `failure` for the nodes at levels ≤ `deepestLevel` (nearer
 * the roots) only. A node's Q reads only the variables at its level and deeper (its own and its
 * descendants'), so when `failure` holds the pass of other probabilities that differ only at levels
 * ≤ `deepestLevel`, the deeper nodes' values hold and this leaves in `failure` the full pass's array,
 * bit for bit: each recomputed node by the same formula from the same children's values.
 * O(nodes), with the arithmetic only for the recomputed nodes.
 */
export function bddFailureProbabilitiesAbove(bdd: CompactBdd, unavailability: Float64Array, failure: Float64Array, deepestLevel: number): void {
  const count = bdd.level.length;
  const { level, lo, hi, variableAtLevel } = bdd;
  for (let n = 2; n < count; n += 1) {
    const l = level[n] as number;
    if (l > deepestLevel) continue;
    const q = unavailability[variableAtLevel[l] as number] as number;
    failure[n] = q * (failure[hi[n] as number] as number) + (1 - q) * (failure[lo[n] as number] as number);
  }
}

/**
 * ∂(Σ_r w_r · U_r)/∂q_v for every variable v: the Birnbaum importance of v for the weighted roots.
 * Reverse pass: the path mass π(root) = w_r; π flows to hi with q_v and to lo with 1 − q_v; node n
 * contributes π(n) · (Q(hi) − Q(lo)) to v's derivative. Because U is linear in each q_v,
 * q_v · ∂U/∂q_v = U − U|_{q_v = 0}: how much U falls if v were perfect. The difference Q(hi) − Q(lo)
 * is ≥ 0 for monotone structures; its absolute rounding error is ~1e-16 · U, negligible beside U.
 * An engine session runs the same sums in the same order over arrays it keeps (`BddProbabilityPasses`).
 */
export function bddImportanceGradient(bdd: CompactBdd, unavailability: Float64Array, failure: Float64Array, rootWeights: Float64Array): Float64Array {
  const count = bdd.level.length;
  const mass = new Float64Array(count);
  bdd.roots.forEach((root, r) => {
    mass[root] = (mass[root] as number) + (rootWeights[r] as number);
  });
  const gradient = new Float64Array(bdd.variableAtLevel.length);
  const { level, lo, hi, variableAtLevel } = bdd;
  for (let n = count - 1; n >= 2; n -= 1) {
    const m = mass[n] as number;
    if (m === 0) continue;
    const v = variableAtLevel[level[n] as number] as number;
    const q = unavailability[v] as number;
    const h = hi[n] as number;
    const l = lo[n] as number;
    mass[h] = (mass[h] as number) + m * q;
    mass[l] = (mass[l] as number) + m * (1 - q);
    gradient[v] = (gradient[v] as number) + m * Math.max(0, (failure[h] as number) - (failure[l] as number));
  }
  return gradient;
}
