import { BddManager, bddFalse, bddTrue } from './bdd';
import { BddCompactor, type CompactBdd } from './compactBdd';
import { alwaysFails, firstVariableRef, neverFails, type FailureVariable, type FaultTree } from './faultTree';
import { VariableOrderKeys } from './variableOrderKeys';

/** A manager holding more than this many times the nodes its last build reached is mostly dead: collect its garbage. */
const deadNodeFactor = 3;
/** Below this many nodes a manager is not worth collecting, however much of it is dead. */
const smallManagerNodes = 1 << 16;

/** What keeps a variable's BDD level across builds: its kind and id (see `FailureVariable.id`). */
const variableIdentity = (variable: FailureVariable) => `${variable.kind} ${variable.id}`;

/**
 * Compiles fault trees to BDDs, keeping its BDD manager from one tree to the next, so that the tree
 * of an edited scenario pays only for the gates whose inputs changed: the manager remembers the
 * result of every ITE a gate asked for, and the nodes below. Variables keep their levels across
 * trees (see {@link VariableOrderKeys}).
 *
 * The answer never depends on what was compiled before: a ROBDD is canonical for its variable order,
 * the compact copy is numbered canonically (see {@link compactBdd}), and the node budget counts what a
 * fresh manager would have created (see `BddManager.startBuild`). When the manager holds mostly dead
 * nodes, it frees all but the last build's (see `BddManager.collectGarbage`); when no level is left
 * between two kept ones for a new variable, it starts over with a fresh manager.
 */
export class BddCompiler {
  private manager = new BddManager(0);
  private keys = new VariableOrderKeys();
  private readonly compactor = new BddCompactor();
  /** Nodes the last build that counted them reached, or the last collection kept: about the live part of the manager (0 before the first build). */
  private live = 0;

  /** Nodes the manager holds, dead ones included: what it weighs in memory. */
  get heldNodes(): number {
    return this.manager.size;
  }

  /**
   * The BDD of each of `rootRefs` (fault-tree node references) under `variableOrder` (variable
   * indexes, first = top level), built gate by gate in the tree's topological order: a k-of-n gate
   * by the threshold programme, OR/AND gates folded pairwise from the deepest child up. Cost is
   * output-sensitive; for the hierarchical cloud topologies the order of `buildScenarioFaultTree`
   * keeps it small, but a mesh can need exponentially many nodes: past `maxNodes` (counted as a fresh
   * manager would, terminals and every variable included) it throws `BddTooLarge`.
   */
  compile(tree: FaultTree, variableOrder: Int32Array, rootRefs: readonly number[], maxNodes = Infinity): CompactBdd {
    const identities: string[] = [];
    for (const variable of variableOrder) identities.push(variableIdentity(tree.variables[variable] as FailureVariable));
    if (this.mostlyDead(maxNodes)) {
      this.manager.collectGarbage();
      this.live = this.manager.size;
    }
    // A first build (nothing reached yet) gets a manager sized for its tree.
    let keyAtLevel = this.live === 0 ? null : this.keys.assign(identities);
    if (!keyAtLevel) {
      this.startOver(4 * (tree.variables.length + tree.gateThreshold.length));
      keyAtLevel = this.keys.assign(identities) as Int32Array;
    }
    this.manager.startBuild(maxNodes);
    try {
      const bddOf = this.buildGates(tree, variableOrder, keyAtLevel);
      this.manager.finishBuild();
      return this.compactor.compact(this.manager, rootRefs.map((ref) => bddOf[ref] as number), keyAtLevel, variableOrder);
    } finally {
      // A build that did not count holds no more than the manager (all of it, after a fresh start).
      this.live = this.manager.countedReach ?? (this.live === 0 ? this.manager.size : this.live);
    }
  }

  /**
   * Whether to free the manager's dead nodes before a build: when it holds over 3 × max(live, 2¹⁶), so
   * that memory stays bounded, or more than the budget while the live part is under half of it, so
   * that the next builds need not count their nodes (see `BddManager.startBuild`).
   */
  private mostlyDead(maxNodes: number): boolean {
    const held = this.manager.size;
    return held > deadNodeFactor * Math.max(this.live, smallManagerNodes) || (held > maxNodes && 2 * this.live < maxNodes);
  }

  private startOver(expectedNodes: number): void {
    this.manager = new BddManager(expectedNodes);
    this.keys = new VariableOrderKeys();
  }

  /** BDD node of every fault-tree node reference. */
  private buildGates(tree: FaultTree, variableOrder: Int32Array, keyAtLevel: Int32Array): Int32Array {
    const { manager } = this;
    const gateBase = firstVariableRef + tree.variables.length;
    const bddOf = new Int32Array(gateBase + tree.gateThreshold.length);
    bddOf[neverFails] = bddFalse;
    bddOf[alwaysFails] = bddTrue;
    variableOrder.forEach((variable, level) => {
      bddOf[firstVariableRef + variable] = manager.variable(keyAtLevel[level] as number);
    });
    for (let g = 0; g < tree.gateThreshold.length; g += 1) {
      const children: number[] = [];
      for (let k = tree.gateChildStart[g] as number; k < (tree.gateChildStart[g + 1] as number); k += 1) children.push(bddOf[tree.gateChildren[k] as number] as number);
      // Fold from the deepest child up so intermediate results stay small.
      deepestFirst(children, manager.deepest);
      const threshold = tree.gateThreshold[g] as number;
      if (threshold === 1) bddOf[gateBase + g] = children.reduce((acc, child) => manager.or(acc, child), bddFalse);
      else if (threshold === children.length) bddOf[gateBase + g] = children.reduce((acc, child) => manager.and(acc, child), bddTrue);
      else bddOf[gateBase + g] = manager.atLeast(threshold, children);
    }
    return bddOf;
  }
}

/**
 * Sorts `children` (BDD nodes) by the deepest level they test, deepest first, ties kept in order, in
 * place; by insertion when few, as gates mostly have. The deepest level, not the top one: children
 * that share a top variable (targets in one zone: "zone down, or target down") differ below it, and
 * folding them by their top level put each next target under all the others, rebuilding the whole
 * diagram at every step (a load balancer over 4 000 caches took 5 s for a 4 000-node result).
 */
function deepestFirst(children: number[], deepest: Int32Array): void {
  if (children.length > 16) {
    children.sort((a, b) => (deepest[b] as number) - (deepest[a] as number));
    return;
  }
  for (let i = 1; i < children.length; i += 1) {
    const child = children[i] as number;
    const childDeepest = deepest[child] as number;
    let j = i - 1;
    for (; j >= 0 && (deepest[children[j] as number] as number) < childDeepest; j -= 1) children[j + 1] = children[j] as number;
    children[j + 1] = child;
  }
}

/** {@link BddCompiler.compile} in a fresh compiler: one tree, nothing kept. */
export function compileBdd(tree: FaultTree, variableOrder: Int32Array, rootRefs: readonly number[], maxNodes = Infinity): CompactBdd {
  return new BddCompiler().compile(tree, variableOrder, rootRefs, maxNodes);
}
