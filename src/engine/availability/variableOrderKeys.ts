/** Keys live strictly between 0 and the BDD terminals' level (2³¹ − 1). */
const keyCeiling = 0x7fffffff;

/**
 * Persistent BDD levels for variables that come and go across builds in one manager (see
 * `BddCompiler`). A BDD level is a position in the variable order, so adding one variable would
 * shift every later level and make every node above it new; instead each variable (by identity:
 * its kind and id) keeps a sparse key for the manager's lifetime, and a new variable takes a key
 * between its neighbours'. Only the relative order of keys matters to the diagram. A key is never
 * handed out twice, since old nodes may still test it.
 */
export class VariableOrderKeys {
  private readonly keyOf = new Map<string, number>();
  /** Every key handed out, ascending. */
  private readonly taken: number[] = [];

  /**
   * Keys for `identities` given in the wanted order (first = top level), ascending. Known identities
   * keep their keys, except those out of order with the rest (outside a longest increasing run of
   * kept keys: an edit that makes a domain come before a unit it used to follow moves one of them),
   * which get new keys like new identities: each run of them is spread over the widest free gap
   * between its neighbours' keys. Nodes testing a dropped key are simply never reached again.
   * Null when a gap is too narrow: the caller then starts a fresh manager with a fresh
   * `VariableOrderKeys`, where that cannot happen.
   */
  assign(identities: readonly string[]): Int32Array | null {
    const keys = new Int32Array(identities.length);
    identities.forEach((identity, i) => {
      keys[i] = this.keyOf.get(identity) ?? 0;
    });
    keepLongestIncreasing(keys);
    for (let start = 0; start < keys.length; start += 1) {
      if (keys[start] !== 0) continue;
      let end = start;
      while (end < keys.length && keys[end] === 0) end += 1;
      const lower = start > 0 ? (keys[start - 1] as number) : 0;
      const upper = end < keys.length ? (keys[end] as number) : keyCeiling;
      if (!this.spread(identities.slice(start, end), lower, upper, keys, start)) return null;
      start = end;
    }
    return keys;
  }

  /** Gives `run` keys in the widest free gap between `lower` and `upper`, written to `keys` from `at`; false when it is too narrow. */
  private spread(run: readonly string[], lower: number, upper: number, keys: Int32Array, at: number): boolean {
    let index = firstAbove(this.taken, lower);
    let gapStart = lower;
    let gapEnd = Math.min(upper, this.taken[index] ?? keyCeiling);
    for (let below = gapEnd; below < upper; ) {
      index += 1;
      const above = Math.min(upper, this.taken[index] ?? keyCeiling);
      if (above - below > gapEnd - gapStart) [gapStart, gapEnd] = [below, above];
      below = above;
    }
    const width = gapEnd - gapStart;
    if (width <= run.length) return false;
    run.forEach((identity, r) => {
      const key = gapStart + Math.floor(((r + 1) * width) / (run.length + 1));
      keys[at + r] = key;
      this.keyOf.set(identity, key);
    });
    this.taken.splice(firstAbove(this.taken, gapStart), 0, ...keys.subarray(at, at + run.length));
    return true;
  }
}

/** Zeroes the nonzero `keys` outside one longest strictly increasing subsequence of them (patience sorting, O(n log n)). */
function keepLongestIncreasing(keys: Int32Array): void {
  // tails[l]: index of the smallest last key of an increasing subsequence of length l + 1 so far.
  const tails: number[] = [];
  const previous = new Int32Array(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((keys[tails[middle] as number] as number) < key) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const kept = new Uint8Array(keys.length);
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] as number) kept[i] = 1;
  keys.forEach((_, i) => {
    if (kept[i] === 0) keys[i] = 0;
  });
}

/** Index of the first element of the ascending `sorted` greater than `value`. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
