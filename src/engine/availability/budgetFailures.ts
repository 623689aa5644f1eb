import { firstVariableRef, type FailureVariable, type FaultTree } from './faultTree';

/** What keeps a variable's BDD level across builds: its kind and id (see `FailureVariable.id`). */
export const variableIdentity = (variable: FailureVariable) => `${variable.kind} ${variable.id}`;

/**
 * The first `gates` gates of `tree` as data: each gate's threshold and children, a child named by what
 * it is (constant, earlier gate, or variable by identity), and the variables they read in the order
 * `variableOrder` gives them (a variable it leaves out is never down). Two trees with the same key build
 * the same diagrams for those gates, node for node: a ROBDD is canonical for the relative order of its
 * variables, and the build folds each gate's children by their relative depth.
 */
export function gatePrefixKey(tree: FaultTree, variableOrder: Int32Array, gates: number): string {
  const variableCount = tree.variables.length;
  const levelOf = new Int32Array(variableCount).fill(-1);
  variableOrder.forEach((variable, level) => {
    levelOf[variable] = level;
  });
  const read = new Set<number>();
  const end = tree.gateChildStart[gates] as number;
  for (let k = 0; k < end; k += 1) {
    const ref = tree.gateChildren[k] as number;
    if (ref >= firstVariableRef && ref < firstVariableRef + variableCount) read.add(ref - firstVariableRef);
  }
  const ranked = [...read].sort((a, b) => (levelOf[a] as number) - (levelOf[b] as number));
  const rank = new Map(ranked.map((variable, i) => [variable, i]));
  const parts = ranked.map((variable) => `${levelOf[variable] === -1 ? 'unordered ' : ''}${variableIdentity(tree.variables[variable] as FailureVariable)}`);
  for (let g = 0; g < gates; g += 1) {
    const children: string[] = [];
    for (let k = tree.gateChildStart[g] as number; k < (tree.gateChildStart[g + 1] as number); k += 1) {
      const ref = tree.gateChildren[k] as number;
      if (ref < firstVariableRef) children.push(`c${ref}`);
      else if (ref < firstVariableRef + variableCount) children.push(`v${rank.get(ref - firstVariableRef) ?? -1}`);
      else children.push(`g${ref - firstVariableRef - variableCount}`);
    }
    parts.push(`${tree.gateThreshold[g] ?? 0}:${children.join(',')}`);
  }
  return parts.join('\n');
}

/** A build that went past its node budget: the gates it had built when it did, as data. */
interface BudgetFailure {
  maxNodes: number;
  /** Variables in the order: each is a node the build counts. */
  orderedVariables: number;
  gates: number;
  key: string;
}

/** How many failures are remembered: the few structures an editing session goes back and forth between. */
const remembered = 4;

/**
 * The node-budget failures of the latest builds, so that a structural edit that leaves a failing part
 * as it was does not build it again only to fail again (at 1 000 components the exact diagram runs out
 * of budget early, on the first thousand gates, at every edit). A build fails when the nodes it reaches
 * exceed the budget, and the nodes it reaches while building gates 0…g are the terminals, one node per
 * ordered variable and the diagrams of those gates: a tree whose first g + 1 gates have the same key
 * (`gatePrefixKey`) with at least as many ordered variables and at most the same budget fails too.
 * The answer is a fact about the tree, never about which trees came before.
 */
export class BudgetFailures {
  private readonly failures: BudgetFailure[] = [];

  /** Notes that building `tree` went past `maxNodes` while building gate `failedGate`. */
  add(tree: FaultTree, variableOrder: Int32Array, maxNodes: number, failedGate: number): void {
    const gates = failedGate + 1;
    this.failures.push({ maxNodes, orderedVariables: variableOrder.length, gates, key: gatePrefixKey(tree, variableOrder, gates) });
    if (this.failures.length > remembered) this.failures.shift();
  }

  /** True when building `tree` within `maxNodes` is known to fail (see the class). */
  knownToFail(tree: FaultTree, variableOrder: Int32Array, maxNodes: number): boolean {
    return this.failures.some(
      (failure) =>
        maxNodes <= failure.maxNodes &&
        variableOrder.length >= failure.orderedVariables &&
        tree.gateThreshold.length >= failure.gates &&
        gatePrefixKey(tree, variableOrder, failure.gates) === failure.key,
    );
  }
}
