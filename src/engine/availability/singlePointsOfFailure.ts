import type { CompactBdd } from './compileBdd';
import { isFailureVariable, type FailureVariable } from './faultTree';

/**
 * Variables whose failure alone fails each root: with every other failure variable up and every
 * request-level event at its worst (cache miss, call made — when it can happen at all), the root
 * succeeds, but fails once that variable is down. Only `atomic` variables count (one machine or one
 * domain): a fleet that survives an instance loss is no single point of failure.
 * Method: the "base" value of each node follows lo for failure variables and hi for possible
 * request events; a variable v is a single point of failure of a root iff some node n on the root's
 * base path tests v and base(hi(n)) fails. O(nodes + roots × depth).
 *
 * @returns per root, the variable indexes (ascending)
 */
export function bddSinglePointsOfFailure(bdd: CompactBdd, variables: readonly FailureVariable[], unavailability: Float64Array): number[][] {
  const count = bdd.level.length;
  const { level, lo, hi, variableAtLevel } = bdd;
  const followsHi = (n: number): boolean => {
    const variable = variableAtLevel[level[n] as number] as number;
    return !isFailureVariable(variables[variable] as FailureVariable) && (unavailability[variable] as number) > 0;
  };
  const base = new Uint8Array(count);
  base[1] = 1;
  for (let n = 2; n < count; n += 1) base[n] = base[followsHi(n) ? (hi[n] as number) : (lo[n] as number)] as number;
  return Array.from(bdd.roots, (root) => {
    const found: number[] = [];
    if (base[root] === 1) return found;
    for (let n = root; n >= 2; n = followsHi(n) ? (hi[n] as number) : (lo[n] as number)) {
      const variable = variableAtLevel[level[n] as number] as number;
      const meta = variables[variable] as FailureVariable;
      if (isFailureVariable(meta) && meta.atomic && base[hi[n] as number] === 1) found.push(variable);
    }
    return found.sort((a, b) => a - b);
  });
}
