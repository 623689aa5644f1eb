/** Node ids 0 and 1 are the terminals (see `BddManager`): always reached, never counted again. */
const lastTerminal = 1;

/**
 * The nodes of a BDD manager that the results of its last build reach, kept by reference counts from
 * one build to the next (a `BddManager` holds one): a node's count is the number of live parents
 * pointing to it (its `lo` and `hi` each count) plus the number of times it is a result. A structural
 * edit changes few of a build's results, so updating the counts touches only the nodes that came to
 * life or died, where counting the nodes reached walked all of them (~250 000 at 100 components).
 * The answer is the count a walk from the results gives, whatever the builds before.
 */
export class LiveNodes {
  private references = new Int32Array(0);
  private roots = new Int32Array(0);
  private rootCount = 0;
  /** False until the first update, and after a collection that may have freed a root. */
  private valid = false;
  /** The walk of `retain` and `release`, grown as needed. */
  private stack = new Int32Array(256);
  /** Nodes reached, the two terminals included (what a fresh manager would hold). */
  count = 2;

  /**
   * Makes the first `resultCount` of `results` the roots (each node once per time it is listed) and
   * returns how many nodes they reach, terminals included. `lo`, `hi` are the manager's children of its
   * first `size` nodes.
   */
  update(lo: Int32Array, hi: Int32Array, size: number, results: Int32Array, resultCount: number): number {
    if (this.references.length < size) {
      const bigger = new Int32Array(Math.max(size, 2 * this.references.length));
      bigger.set(this.references);
      this.references = bigger;
    }
    if (!this.valid) {
      // All of it: counts left past `size` by a larger manager before a collection would make the nodes created there later look live.
      this.references.fill(0);
      this.count = 2;
      this.rootCount = 0;
      this.valid = true;
    }
    // New roots first, so that a node both lists keeps its count above 0 throughout.
    for (let i = 0; i < resultCount; i += 1) this.retain(lo, hi, results[i] as number);
    for (let i = 0; i < this.rootCount; i += 1) this.release(lo, hi, this.roots[i] as number);
    if (this.roots.length < resultCount) this.roots = new Int32Array(Math.max(resultCount, 2 * this.roots.length));
    this.roots.set(results.subarray(0, resultCount));
    this.rootCount = resultCount;
    return this.count;
  }

  /** Whether node `id` is reached by the roots (the terminals always are). */
  isLive(id: number): boolean {
    return id <= lastTerminal || (this.references[id] as number) > 0;
  }

  /** After a collection that kept every live node, renumbered by `newId` (−1 = freed); `kept` nodes remain. */
  renumber(newId: Int32Array, kept: number): void {
    const { references } = this;
    for (let id = lastTerminal + 1; id < newId.length; id += 1) {
      const to = newId[id] as number;
      if (to >= 0) references[to] = references[id] as number;
    }
    references.fill(0, kept, newId.length);
    for (let i = 0; i < this.rootCount; i += 1) this.roots[i] = newId[this.roots[i] as number] as number;
  }

  /** After a collection that may have freed live nodes: the next update counts from scratch. */
  forget(): void {
    this.valid = false;
  }

  private retain(lo: Int32Array, hi: Int32Array, root: number): void {
    const { references } = this;
    references[root] = (references[root] as number) + 1;
    if (references[root] !== 1 || root <= lastTerminal) return;
    this.count += 1;
    this.walk(lo, hi, root, 1);
  }

  private release(lo: Int32Array, hi: Int32Array, root: number): void {
    const { references } = this;
    references[root] = (references[root] as number) - 1;
    if (references[root] !== 0 || root <= lastTerminal) return;
    this.count -= 1;
    this.walk(lo, hi, root, -1);
  }

  /** Adds `step` to the counts of the children of `root`, which just came to life (+1) or died (−1), and so on down through every child that did too. */
  private walk(lo: Int32Array, hi: Int32Array, root: number, step: 1 | -1): void {
    const { references } = this;
    const changed = step === 1 ? 1 : 0;
    let stack = this.stack;
    stack[0] = root;
    let top = 1;
    while (top > 0) {
      if (top + 2 > stack.length) this.stack = stack = grown(stack);
      const node = stack[--top] as number;
      const low = lo[node] as number;
      references[low] = (references[low] as number) + step;
      if (references[low] === changed && low > lastTerminal) {
        this.count += step;
        stack[top++] = low;
      }
      const high = hi[node] as number;
      references[high] = (references[high] as number) + step;
      if (references[high] === changed && high > lastTerminal) {
        this.count += step;
        stack[top++] = high;
      }
    }
  }
}

function grown(stack: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(2 * stack.length);
  bigger.set(stack);
  return bigger;
}
