/**
 * A reduced ordered binary decision diagram (ROBDD) manager, written for the availability engine:
 * nodes live in typed arrays, the unique table is an open-addressing hash, and the ITE computed
 * table is a lossy direct-mapped cache (a miss only recomputes). Terminal 0 = the request succeeds,
 * terminal 1 = it fails. Node i's `hi` child is taken when the variable at its level is down.
 * Reference: Bryant (1986), "Graph-based algorithms for Boolean function manipulation"; Rauzy (1993)
 * for fault trees. No npm library does this (performance-anchors §2.1), so it is ours.
 */
export const bddFalse = 0;
export const bddTrue = 1;
/** Level of the terminals: below every variable. */
const terminalLevel = 0x7fffffff;

/** Thrown when a BDD would grow past its node budget (see `BddManager`): the caller simplifies and retries. */
export class BddTooLarge extends Error {
  constructor(readonly maxNodes: number) {
    super(`The decision diagram would need more than ${maxNodes} nodes.`);
  }
}

export class BddManager {
  level: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  size = 2;
  private unique: Int32Array;
  private readonly cacheF: Int32Array;
  private readonly cacheG: Int32Array;
  private readonly cacheH: Int32Array;
  private readonly cacheR: Int32Array;
  private readonly cacheMask: number;

  /**
   * @param expectedNodes initial capacity (grows by doubling)
   * @param maxNodes node budget: creating more throws {@link BddTooLarge} (exact BDDs of meshes can be exponential)
   */
  constructor(
    expectedNodes = 1024,
    private readonly maxNodes = Infinity,
  ) {
    const capacity = Math.max(16, expectedNodes);
    this.level = new Int32Array(capacity);
    this.lo = new Int32Array(capacity);
    this.hi = new Int32Array(capacity);
    this.level[0] = terminalLevel;
    this.level[1] = terminalLevel;
    this.unique = new Int32Array(nextPowerOfTwo(capacity * 2)).fill(-1);
    const cacheSize = 1 << 18;
    this.cacheMask = cacheSize - 1;
    this.cacheF = new Int32Array(cacheSize).fill(-1);
    this.cacheG = new Int32Array(cacheSize);
    this.cacheH = new Int32Array(cacheSize);
    this.cacheR = new Int32Array(cacheSize);
  }

  /** The node testing `variableLevel`: the function is `hi` when that variable is down, `lo` otherwise. */
  node(variableLevel: number, lo: number, hi: number): number {
    if (lo === hi) return lo;
    const mask = this.unique.length - 1;
    let slot = hash3(variableLevel, lo, hi) & mask;
    for (;;) {
      const found = this.unique[slot] as number;
      if (found < 0) break;
      if (this.level[found] === variableLevel && this.lo[found] === lo && this.hi[found] === hi) return found;
      slot = (slot + 1) & mask;
    }
    if (this.size >= this.maxNodes) throw new BddTooLarge(this.maxNodes);
    if (this.size === this.level.length) this.grow();
    const id = this.size;
    this.size += 1;
    this.level[id] = variableLevel;
    this.lo[id] = lo;
    this.hi[id] = hi;
    if (this.size * 2 > this.unique.length) this.rehash();
    else this.unique[slot] = id;
    return id;
  }

  /** The single-variable function "variable at `variableLevel` is down". */
  variable(variableLevel: number): number {
    return this.node(variableLevel, bddFalse, bddTrue);
  }

  /** if f then g else h (Brace, Rudell & Bryant 1990). */
  ite(f: number, g: number, h: number): number {
    if (f === bddTrue) return g;
    if (f === bddFalse) return h;
    if (g === h) return g;
    if (g === bddTrue && h === bddFalse) return f;
    const slot = hash3(f, g, h) & this.cacheMask;
    if (this.cacheF[slot] === f && this.cacheG[slot] === g && this.cacheH[slot] === h) return this.cacheR[slot] as number;
    const top = Math.min(this.level[f] as number, this.level[g] as number, this.level[h] as number);
    const lo = this.ite(this.cofactor(f, top, false), this.cofactor(g, top, false), this.cofactor(h, top, false));
    const hi = this.ite(this.cofactor(f, top, true), this.cofactor(g, top, true), this.cofactor(h, top, true));
    const result = this.node(top, lo, hi);
    this.cacheF[slot] = f;
    this.cacheG[slot] = g;
    this.cacheH[slot] = h;
    this.cacheR[slot] = result;
    return result;
  }

  /** f ∨ g: fails when either fails. */
  or(f: number, g: number): number {
    return this.ite(f, bddTrue, g);
  }

  /** f ∧ g: fails when both fail. */
  and(f: number, g: number): number {
    return this.ite(f, g, bddFalse);
  }

  /**
   * "At least `threshold` of `children` are true", by the threshold dynamic programme
   * T(i, j) = ite(child_i, T(i+1, j−1), T(i+1, j)), O(children × threshold) ITE calls.
   */
  atLeast(threshold: number, children: readonly number[]): number {
    if (threshold <= 0) return bddTrue;
    if (threshold > children.length) return bddFalse;
    // row[j] = "at least j of the children processed so far are true", processed from the last child back.
    let row = new Array<number>(threshold + 1).fill(bddFalse);
    row[0] = bddTrue;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i] as number;
      const next = row.slice();
      for (let j = 1; j <= threshold; j += 1) next[j] = this.ite(child, row[j - 1] as number, row[j] as number);
      row = next;
    }
    return row[threshold] as number;
  }

  private cofactor(f: number, variableLevel: number, down: boolean): number {
    if (this.level[f] !== variableLevel) return f;
    return down ? (this.hi[f] as number) : (this.lo[f] as number);
  }

  private grow(): void {
    const capacity = this.level.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    this.level = grow(this.level);
    this.lo = grow(this.lo);
    this.hi = grow(this.hi);
  }

  private rehash(): void {
    this.unique = new Int32Array(this.unique.length * 2).fill(-1);
    const mask = this.unique.length - 1;
    for (let id = 2; id < this.size; id += 1) {
      let slot = hash3(this.level[id] as number, this.lo[id] as number, this.hi[id] as number) & mask;
      while ((this.unique[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.unique[slot] = id;
    }
  }
}

function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
