import { LiveNodes } from './liveNodes';
import { hash3, TripleMap } from './tripleMap';

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

/** Thrown when a BDD would grow past its node budget (see `BddManager.startCount`): the caller simplifies and retries. */
export class BddTooLarge extends Error {
  constructor(readonly maxNodes: number) {
    super(`The decision diagram would need more than ${maxNodes} nodes.`);
  }
}

/**
 * A caller may keep one manager across builds (see `BddCompiler`): nodes then outlive the build that
 * made them until {@link BddManager.collectGarbage}, so the node budget is not "nodes created" but
 * "nodes reached by this build's calls" (see {@link BddManager.startCount}), which a fresh manager
 * and a long-lived one count alike.
 */
export class BddManager {
  level: Int32Array;
  /** Per node: the deepest level tested in it or below it (−1 for the terminals), what folds sort by. */
  deepest: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  size = 2;
  /** Nodes reached since `startCount`: what a fresh manager would hold after the same operations. */
  reachedCount = 0;
  private unique: Int32Array;
  /** Per node: the count (epoch) that reached it. Epoch 0 (no count started) treats every node as reached. */
  private reachedIn: Int32Array;
  private epoch = 0;
  private reachLimit = Infinity;
  /** Nodes from this id on were created since `startCount`, and reached then. */
  private createdSinceCount = 0;
  /** False during a lazy build (see {@link startBuild}) until it has to count. */
  private counting = true;
  /** A lazy build starts counting once the manager holds more nodes than this (see {@link startBuild}). */
  private lazyUntil = Infinity;
  /**
   * ite calls whose result alone reaches more nodes than the budget stored with each (see
   * {@link learnTooLarge}): any build that makes one of them is too large, whatever else it reaches.
   */
  private tooLarge = new TripleMap();
  /** The ite call whose expansion the last count stopped: tried alone at the next build (see {@link learnTooLarge}). */
  private stopped: [number, number, number] | null = null;
  /** The nodes reached by the results of the last build that {@link finishBuild} counted, kept up to date by reference counts. */
  private readonly live = new LiveNodes();
  /** Whether the last count was `live`'s (see {@link finishBuild}), not a walk marking `reachedIn`. */
  private countedByLive = false;
  /** The results of a lazy build's calls so far, the roots its count starts from if it has to count. */
  private uncounted = new Int32Array(1024);
  private uncountedSize = 0;
  /** The walk of `reach`, grown as needed (most walks are a few nodes). */
  private markStack = new Int32Array(256);
  /** The frames of `apply`, grown as needed. */
  private applyStack = new Int32Array(5 * 64);
  /** The lossy computed table: (f, g, h, result) per slot, side by side so that a probe reads one cache line. */
  private cache = new Int32Array(0);
  private cacheMask = 0;
  private results = new TripleMap();

  /** @param expectedNodes initial capacity (grows by doubling) */
  constructor(expectedNodes = 1024) {
    const capacity = Math.max(16, expectedNodes);
    this.level = new Int32Array(capacity);
    this.deepest = new Int32Array(capacity);
    this.lo = new Int32Array(capacity);
    this.hi = new Int32Array(capacity);
    this.reachedIn = new Int32Array(capacity);
    this.level[0] = terminalLevel;
    this.level[1] = terminalLevel;
    this.deepest[0] = -1;
    this.deepest[1] = -1;
    this.unique = new Int32Array(nextPowerOfTwo(capacity * 2)).fill(-1);
    this.sizeCache(capacity);
  }

  /**
   * 2¹² computed-table entries while the manager is that small, then 2¹⁸: a small diagram does not pay
   * for a large table, a large one resizes once. Resizing empties it, which only costs recomputation.
   */
  private sizeCache(capacity: number): void {
    const size = capacity <= 1 << 12 ? 1 << 12 : 1 << 18;
    if (4 * size <= this.cache.length) return;
    this.cacheMask = size - 1;
    this.cache = new Int32Array(4 * size).fill(-1);
  }

  /** The node testing `variableLevel`: the function is `hi` when that variable is down, `lo` otherwise. */
  node(variableLevel: number, lo: number, hi: number): number {
    if (lo === hi) return lo;
    const mask = this.unique.length - 1;
    let slot = hash3(variableLevel, lo, hi) & mask;
    for (;;) {
      const found = this.unique[slot] as number;
      if (found < 0) break;
      if (this.level[found] === variableLevel && this.lo[found] === lo && this.hi[found] === hi) return this.counted(found);
      slot = (slot + 1) & mask;
    }
    if (this.size === this.level.length) this.grow();
    const id = this.size;
    this.size += 1;
    this.level[id] = variableLevel;
    this.deepest[id] = Math.max(variableLevel, this.deepest[lo] as number, this.deepest[hi] as number);
    this.lo[id] = lo;
    this.hi[id] = hi;
    if (this.size * 2 > this.unique.length) this.rehash(this.unique.length * 2);
    else this.unique[slot] = id;
    if (this.counting) {
      // Counted as reached, with whatever below it was not yet.
      this.reachedIn[id] = this.epoch;
      this.countReached();
      this.counted(lo);
      this.counted(hi);
    } else if (this.size > this.lazyUntil) {
      this.countFromUncounted(this.reachLimit);
    }
    return id;
  }

  /**
   * Starts counting the nodes the coming calls reach: the terminals, then the result of every `ite`
   * (and `variable`) call with everything below it. Every node an ITE finds or creates lies below its
   * result, so after a build the count is |nodes reachable from the results of all its calls|: exactly
   * what a fresh manager would have created for them, however many dead nodes this one holds and
   * whichever results it remembered. Reaching more than `maxNodes` throws {@link BddTooLarge} (exact
   * BDDs of meshes can be exponential); nodes count as soon as an ITE finds them, so a build that
   * will not fit stops early.
   */
  startCount(maxNodes: number): void {
    this.counting = true;
    this.countedByLive = false;
    this.epoch += 1;
    this.reachedCount = 0;
    this.reachLimit = maxNodes;
    this.createdSinceCount = this.size;
    this.reach(bddFalse);
    this.reach(bddTrue);
  }

  /**
   * {@link startCount}, but lazy: nothing is counted, only the results of the calls are listed, until
   * the manager holds more than max(`maxNodes`, what it held + `maxNodes` / 4) nodes; then the count
   * starts from those results and goes on as `startCount`'s. A build that ends uncounted is counted by
   * {@link finishBuild} if the manager holds more than `maxNodes` (it cannot reach more than it holds).
   * Its nodes all lie below its calls' results, so it is too large exactly when a counted one is, and a
   * build that adds few nodes to a big manager counts once at the end, or never when it makes a call
   * known to be too large on its own (see {@link learnTooLarge}): counting from the start walked the
   * nodes a failing build at 1 000 components reached before its budget ran out, at every edit.
   */
  startBuild(maxNodes: number): void {
    this.learnTooLarge(maxNodes);
    this.counting = false;
    this.countedByLive = false;
    this.uncountedSize = 0;
    this.reachLimit = maxNodes;
    this.lazyUntil = Math.max(maxNodes, this.size + maxNodes / 4);
  }

  /**
   * Ends a lazy build (see {@link startBuild}): counts it now if it has not and the budget could matter,
   * which may throw {@link BddTooLarge}. The count updates the nodes the last such build reached
   * ({@link LiveNodes}) with the results that changed, instead of walking all it reaches.
   */
  finishBuild(): void {
    if (this.counting || this.size <= this.reachLimit) return;
    this.countedByLive = true;
    if (this.live.update(this.lo, this.hi, this.size, this.uncounted, this.uncountedSize) > this.reachLimit) throw new BddTooLarge(this.reachLimit);
  }

  /**
   * Expands alone, counted, the ite call whose expansion stopped the last build: if its result alone
   * reaches more than `maxNodes` nodes, it is remembered as too large (a build that makes it reaches at
   * least those nodes, since every node an ITE finds lies below its result), else its result is
   * remembered like any other. A structural edit seldom touches the call that makes a diagram too
   * large, so the next builds stop there at once.
   */
  private learnTooLarge(maxNodes: number): void {
    const { stopped } = this;
    this.stopped = null;
    if (!stopped || maxNodes === Infinity) return;
    const [f, g, h] = stopped;
    if (this.results.get(f, g, h) >= 0 || this.tooLarge.get(f, g, h) >= 0) return;
    this.startCount(maxNodes);
    try {
      this.results.set(f, g, h, this.reach(this.apply(f, g, h)));
    } catch (error) {
      if (!(error instanceof BddTooLarge)) throw error;
      this.tooLarge.set(f, g, h, maxNodes);
    }
  }

  /** Nodes the current build has reached, when it has counted them (see {@link startBuild}). */
  get countedReach(): number | undefined {
    if (this.counting) return this.reachedCount;
    return this.countedByLive ? this.live.count : undefined;
  }

  /** Starts counting the nodes below the results a lazy build listed, as `startCount` would have all along. */
  private countFromUncounted(maxNodes: number): void {
    this.startCount(maxNodes);
    // Nodes created before now (the current ITE's among them) are counted when a parent or a result reaches them.
    for (let i = 0; i < this.uncountedSize; i += 1) this.reach(this.uncounted[i] as number);
    this.uncountedSize = 0;
  }

  /** A call's result: counted, or listed while a lazy build does not count (see {@link startBuild}). */
  private result(root: number): number {
    if (this.counting) return this.reach(root);
    if (this.uncountedSize === this.uncounted.length) {
      const bigger = new Int32Array(2 * this.uncounted.length);
      bigger.set(this.uncounted);
      this.uncounted = bigger;
    }
    this.uncounted[this.uncountedSize++] = root;
    return root;
  }

  /** Counts `root` and every node below it as reached (see {@link startCount}); returns `root`. */
  reach(root: number): number {
    const { reachedIn, epoch } = this;
    if (reachedIn[root] === epoch) return root;
    // Depth-first, marking on push; a marked node's descendants are all marked, so the walk stops there.
    let stack = this.markStack;
    reachedIn[root] = epoch;
    this.countReached();
    stack[0] = root;
    let top = 1;
    while (top > 0) {
      if (top + 2 > stack.length) {
        const bigger = new Int32Array(2 * stack.length);
        bigger.set(stack);
        this.markStack = stack = bigger;
      }
      top -= 1;
      const node = stack[top] as number;
      const lo = this.lo[node] as number;
      const hi = this.hi[node] as number;
      if (reachedIn[lo] !== epoch) {
        reachedIn[lo] = epoch;
        this.countReached();
        stack[top++] = lo;
      }
      if (reachedIn[hi] !== epoch) {
        reachedIn[hi] = epoch;
        this.countReached();
        stack[top++] = hi;
      }
    }
    return root;
  }

  /** {@link reach}, skipped for a node created since `startCount` (reached then): a fresh manager never looks at its marks. */
  private counted(node: number): number {
    return !this.counting || node >= this.createdSinceCount ? node : this.reach(node);
  }

  private countReached(): void {
    this.reachedCount += 1;
    if (this.reachedCount > this.reachLimit) throw new BddTooLarge(this.reachLimit);
  }

  /** The single-variable function "variable at `variableLevel` is down". */
  variable(variableLevel: number): number {
    return this.result(this.node(variableLevel, bddFalse, bddTrue));
  }

  /**
   * if f then g else h (Brace, Rudell & Bryant 1990). The results of these calls (not of the calls
   * they make in turn, which a lossy cache holds) are kept for the manager's lifetime: a caller that
   * rebuilds a formula after an edit gets the unchanged steps back without recomputing them.
   */
  ite(f: number, g: number, h: number): number {
    const terminal = terminalCase(f, g, h);
    if (terminal >= 0) return this.result(terminal);
    const known = this.results.get(f, g, h);
    if (known >= 0) return this.result(known);
    if (this.tooLarge.get(f, g, h) >= this.reachLimit) throw new BddTooLarge(this.reachLimit);
    let result: number;
    try {
      result = this.apply(f, g, h);
    } catch (error) {
      if (error instanceof BddTooLarge) this.stopped = [f, g, h];
      throw error;
    }
    this.results.set(f, g, h, result);
    return this.result(result);
  }

  /** The answer to ite(f, g, h) without recursing (a terminal case or a computed-table hit), else −1. */
  private known(f: number, g: number, h: number): number {
    const terminal = terminalCase(f, g, h);
    if (terminal >= 0) return terminal;
    const { cache } = this;
    const slot = 4 * (hash3(f, g, h) & this.cacheMask);
    return cache[slot] === f && cache[slot + 1] === g && cache[slot + 2] === h ? this.counted(cache[slot + 3] as number) : -1;
  }

  /**
   * Shannon expansion of ite(f, g, h) on its top variable, depth-first with an explicit stack of
   * frames (f, g, h, lo, phase): a diagram has as many levels as the scenario has failure variables
   * (tens of thousands at the schema's limits), far deeper than the call stack allows recursion.
   */
  private apply(f: number, g: number, h: number): number {
    const first = this.known(f, g, h);
    if (first >= 0) return first;
    let stack = this.applyStack;
    stack[0] = f;
    stack[1] = g;
    stack[2] = h;
    stack[4] = 0;
    let depth = 1;
    let delivered = -1;
    for (;;) {
      const base = 5 * (depth - 1);
      const F = stack[base] as number;
      const G = stack[base + 1] as number;
      const H = stack[base + 2] as number;
      // Read through `this`: `node` may have grown the arrays.
      const top = Math.min(this.level[F] as number, this.level[G] as number, this.level[H] as number);
      if (delivered >= 0 && stack[base + 4] === 0) {
        stack[base + 3] = delivered;
        stack[base + 4] = 1;
      } else if (delivered >= 0) {
        const result = this.node(top, stack[base + 3] as number, delivered);
        const slot = 4 * (hash3(F, G, H) & this.cacheMask);
        this.cache[slot] = F;
        this.cache[slot + 1] = G;
        this.cache[slot + 2] = H;
        this.cache[slot + 3] = result;
        depth -= 1;
        if (depth === 0) return result;
        delivered = result;
        continue;
      }
      const down = stack[base + 4] === 1;
      const cf = this.cofactor(F, top, down);
      const cg = this.cofactor(G, top, down);
      const ch = this.cofactor(H, top, down);
      delivered = this.known(cf, cg, ch);
      if (delivered >= 0) continue;
      if (5 * (depth + 1) > stack.length) {
        const bigger = new Int32Array(2 * stack.length);
        bigger.set(stack);
        this.applyStack = stack = bigger;
      }
      const child = 5 * depth;
      stack[child] = cf;
      stack[child + 1] = cg;
      stack[child + 2] = ch;
      stack[child + 4] = 0;
      depth += 1;
    }
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
    this.deepest = grow(this.deepest);
    this.lo = grow(this.lo);
    this.hi = grow(this.hi);
    this.reachedIn = grow(this.reachedIn);
    this.sizeCache(capacity);
  }

  /**
   * Frees every node the last count (see {@link startCount}, {@link startBuild}: a lazy build that did
   * not count is counted now) did not reach, in place: the reached nodes keep their order (children
   * before parents) under new ids, and the remembered ITE results among them stay. Every node id held
   * outside is void afterwards. O(nodes held), a fraction of building the live nodes again.
   */
  collectGarbage(): void {
    const newId = this.keptNodeIds();
    const { level, deepest, lo, hi } = this;
    let kept = 2;
    // Children precede parents, so a kept node's children have their new ids already.
    for (let id = 2; id < this.size; id += 1) {
      const to = newId[id] as number;
      if (to < 0) continue;
      kept = to + 1;
      level[to] = level[id] as number;
      deepest[to] = deepest[id] as number;
      lo[to] = newId[lo[id] as number] as number;
      hi[to] = newId[hi[id] as number] as number;
    }
    this.results = this.results.remapped(newId);
    this.tooLarge = this.tooLarge.remapped(newId, false);
    const stopped = this.stopped?.map((node) => newId[node] as number);
    this.stopped = stopped?.every((node) => node >= 0) ? (stopped as [number, number, number]) : null;
    if (this.countedByLive) this.live.renumber(newId, kept);
    else this.live.forget();
    this.size = kept;
    this.rehash(this.unique.length);
    this.cache.fill(-1);
  }

  /**
   * Per node: its id after {@link collectGarbage} (kept nodes numbered in order), −1 for the nodes the last
   * count did not reach. When `live` made that count, its reference counts say which nodes are reached
   * (a live node's children are live): no walk, no marks. Else the marks of the count, closed downwards.
   */
  private keptNodeIds(): Int32Array {
    const newId = new Int32Array(this.size);
    newId[bddTrue] = bddTrue;
    let kept = 2;
    if (this.countedByLive) {
      for (let id = 2; id < this.size; id += 1) newId[id] = this.live.isLive(id) ? kept++ : -1;
      return newId;
    }
    if (!this.counting) this.countFromUncounted(Infinity);
    const { reachedIn, epoch, lo, hi } = this;
    // A count stopped by the budget in the middle of a walk leaves nodes whose children it did not mark: close the set downwards.
    for (let id = this.size - 1; id >= 2; id -= 1) {
      if (reachedIn[id] !== epoch) continue;
      reachedIn[lo[id] as number] = epoch;
      reachedIn[hi[id] as number] = epoch;
    }
    for (let id = 2; id < this.size; id += 1) newId[id] = reachedIn[id] === epoch ? kept++ : -1;
    return newId;
  }

  private rehash(length: number): void {
    this.unique = new Int32Array(length).fill(-1);
    const mask = this.unique.length - 1;
    for (let id = 2; id < this.size; id += 1) {
      let slot = hash3(this.level[id] as number, this.lo[id] as number, this.hi[id] as number) & mask;
      while ((this.unique[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.unique[slot] = id;
    }
  }
}

/** The result of ite(f, g, h) when one step gives it (a terminal or an operand), else −1. */
function terminalCase(f: number, g: number, h: number): number {
  if (f === bddTrue) return g;
  if (f === bddFalse) return h;
  if (g === h) return g;
  if (g === bddTrue && h === bddFalse) return f;
  return -1;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
