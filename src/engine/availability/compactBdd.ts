import type { BddManager } from './bdd';

/**
 * A BDD reduced to what the roots reach, renumbered so that children precede parents:
 * node 0 = succeeds, 1 = fails, then `level`/`lo`/`hi` per node. One linear pass over these arrays
 * gives every node's probability of failure (see `bddFailureProbabilities`).
 */
export interface CompactBdd {
  /** Level (position in the variable order) tested by each node; unused for terminals. */
  level: Int32Array;
  /** Child taken when the level's variable is up. */
  lo: Int32Array;
  /** Child taken when the level's variable is down. */
  hi: Int32Array;
  /** Variable index at each level. */
  variableAtLevel: Int32Array;
  /** BDD node of each requested root, in the order given. */
  roots: Int32Array;
}

/**
 * Copies the nodes `roots` reach out of `manager`, numbered canonically: depth-first from the roots
 * in the order given, lo before hi, each node right after its children (post-order). The numbering
 * depends only on the functions, not on when the manager created the nodes, so the passes that sum
 * over nodes in index order (importance) give the same floating-point results for a diagram built
 * in a fresh manager and one built in a long-lived manager.
 *
 * @param keyAtLevel the manager's level key of each dense level, ascending (a node's level is the
 *   position of its key here)
 * @param variableAtLevel variable index at each dense level
 */
export function compactBdd(manager: BddManager, roots: readonly number[], keyAtLevel: Int32Array, variableAtLevel: Int32Array): CompactBdd {
  return new BddCompactor().compact(manager, roots, keyAtLevel, variableAtLevel);
}

/**
 * {@link compactBdd} with its working arrays kept from one call to the next (a `BddCompiler` holds
 * one): a structural edit copies a diagram of about the same size again, and allocating the arrays
 * anew (a mark per manager node, node arrays grown by doubling) made ~2 MB of garbage per edit at
 * 100 components.
 */
export class BddCompactor {
  /** Per manager node: 0 = not numbered yet, −1 = children being numbered, else new id + 1. */
  private numbered = new Int32Array(0);
  private nodes = new CompactNodes(1024);

  compact(manager: BddManager, roots: readonly number[], keyAtLevel: Int32Array, variableAtLevel: Int32Array): CompactBdd {
    const levelOf = denseLevels(keyAtLevel);
    const { lo: managerLo, hi: managerHi, level: managerLevel } = manager;
    if (this.numbered.length < manager.size) this.numbered = new Int32Array(manager.size);
    else this.numbered.fill(0, 0, manager.size);
    const { numbered } = this;
    numbered[0] = 1;
    numbered[1] = 2;
    let { nodes } = this;
    nodes.count = 2;
    // A path from a root passes each level at most once, leaving one pending sibling per level.
    const stack = new Int32Array(2 * keyAtLevel.length + 2);
    for (const root of roots) {
      stack[0] = root;
      let top = 1;
      while (top > 0) {
        const node = stack[top - 1] as number;
        const state = numbered[node] as number;
        if (state > 0) {
          top -= 1;
        } else if (state === 0) {
          numbered[node] = -1;
          stack[top] = managerHi[node] as number;
          stack[top + 1] = managerLo[node] as number;
          top += 2;
        } else {
          top -= 1;
          if (nodes.count === nodes.level.length) this.nodes = nodes = nodes.grown();
          const id = nodes.count;
          nodes.count += 1;
          numbered[node] = id + 1;
          nodes.level[id] = levelOf(managerLevel[node] as number);
          nodes.lo[id] = (numbered[managerLo[node] as number] as number) - 1;
          nodes.hi[id] = (numbered[managerHi[node] as number] as number) - 1;
        }
      }
    }
    return {
      level: nodes.level.slice(0, nodes.count),
      lo: nodes.lo.slice(0, nodes.count),
      hi: nodes.hi.slice(0, nodes.count),
      variableAtLevel,
      roots: Int32Array.from(roots, (root) => (numbered[root] as number) - 1),
    };
  }
}

/** The compact arrays being filled (typed from the start: copying a JS array into one costs more than the walk). */
class CompactNodes {
  readonly level: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** The two terminals come first. */
  count = 2;

  constructor(capacity: number) {
    this.level = new Int32Array(capacity);
    this.lo = new Int32Array(capacity);
    this.hi = new Int32Array(capacity);
  }

  grown(): CompactNodes {
    const bigger = new CompactNodes(2 * this.level.length);
    bigger.level.set(this.level);
    bigger.lo.set(this.lo);
    bigger.hi.set(this.hi);
    bigger.count = this.count;
    return bigger;
  }
}

/** Key → position in `keys`, by an open-addressing hash table (a binary search per node costs more than the walk). */
function denseLevels(keys: Int32Array): (key: number) => number {
  const table = new Int32Array(nextPowerOfTwo(2 * keys.length + 2)).fill(-1);
  const mask = table.length - 1;
  const slotOf = (key: number) => {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= mask;
      const level = table[slot] as number;
      if (level < 0 || keys[level] === key) return slot;
      slot += 1;
    }
  };
  keys.forEach((key, level) => {
    table[slotOf(key)] = level;
  });
  return (key) => table[slotOf(key)] as number;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
