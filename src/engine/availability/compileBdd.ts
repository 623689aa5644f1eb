import { BddManager, bddFalse, bddTrue } from './bdd';
import { alwaysFails, firstVariableRef, neverFails, type FaultTree } from './faultTree';

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
 * Builds the BDD of each of `rootRefs` (fault-tree node references) under `variableOrder`
 * (variable indexes, first = top level), gate by gate in the tree's topological order; a k-of-n
 * gate uses the threshold programme, OR/AND gates fold pairwise. Cost is output-sensitive; for
 * the hierarchical cloud topologies the order of {@link buildScenarioFaultTree} keeps it small, but a
 * mesh can need exponentially many nodes: past `maxNodes` it throws `BddTooLarge`.
 */
export function compileBdd(tree: FaultTree, variableOrder: Int32Array, rootRefs: readonly number[], maxNodes = Infinity): CompactBdd {
  const variableCount = tree.variables.length;
  const levelOf = new Int32Array(variableCount);
  variableOrder.forEach((variable, level) => {
    levelOf[variable] = level;
  });
  const manager = new BddManager(Math.min(4 * (variableCount + tree.gateThreshold.length), maxNodes), maxNodes);
  const bddOf = new Int32Array(firstVariableRef + variableCount + tree.gateThreshold.length);
  bddOf[neverFails] = bddFalse;
  bddOf[alwaysFails] = bddTrue;
  for (let v = 0; v < variableCount; v += 1) bddOf[firstVariableRef + v] = manager.variable(levelOf[v] as number);
  const gateBase = firstVariableRef + variableCount;
  for (let g = 0; g < tree.gateThreshold.length; g += 1) {
    const start = tree.gateChildStart[g] as number;
    const end = tree.gateChildStart[g + 1] as number;
    const children: number[] = [];
    for (let k = start; k < end; k += 1) children.push(bddOf[tree.gateChildren[k] as number] as number);
    // Fold from the deepest child up so intermediate results stay small.
    children.sort((a, b) => (manager.level[b] as number) - (manager.level[a] as number));
    const threshold = tree.gateThreshold[g] as number;
    let result: number;
    if (threshold === 1) result = children.reduce((acc, child) => manager.or(acc, child), bddFalse);
    else if (threshold === children.length) result = children.reduce((acc, child) => manager.and(acc, child), bddTrue);
    else result = manager.atLeast(threshold, children);
    bddOf[gateBase + g] = result;
  }
  return compact(manager, variableOrder, rootRefs.map((ref) => bddOf[ref] as number));
}

function compact(manager: BddManager, variableOrder: Int32Array, roots: number[]): CompactBdd {
  const reachable = new Uint8Array(manager.size);
  reachable[0] = 1;
  reachable[1] = 1;
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (reachable[node]) continue;
    reachable[node] = 1;
    stack.push(manager.lo[node] as number, manager.hi[node] as number);
  }
  const newId = new Int32Array(manager.size);
  let count = 0;
  for (let old = 0; old < manager.size; old += 1) if (reachable[old]) newId[old] = count++;
  const level = new Int32Array(count);
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  for (let old = 2; old < manager.size; old += 1) {
    if (!reachable[old]) continue;
    const id = newId[old] as number;
    level[id] = manager.level[old] as number;
    lo[id] = newId[manager.lo[old] as number] as number;
    hi[id] = newId[manager.hi[old] as number] as number;
  }
  return { level, lo, hi, variableAtLevel: variableOrder, roots: Int32Array.from(roots, (root) => newId[root] as number) };
}
