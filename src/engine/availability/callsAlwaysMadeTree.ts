import { alwaysFails, firstVariableRef, FaultTreeBuilder, neverFails, type FaultTree } from './faultTree';
import type { ScenarioFaultTree } from './scenarioFaultTree';

/**
 * The `callsAlwaysMade` fault tree of a scenario, derived from its `exact` one instead of walking the
 * scenario again (the walk cost as much as the exact tree's: ~8 ms at 1 000 components, where the exact
 * BDD always gives up). `buildScenarioFaultTree` makes the same builder calls at both fidelities but
 * for the `callMade` terms: a partial call's term is `made ∧ F(callee)` when exact and `F(callee)`
 * when the call counts as made. So the exact tree's gates, replayed in creation order through a fresh
 * builder with every `callMade` variable replaced by "always" (`alwaysFails`, which `and` folds away),
 * make the gates the walk would make, in the order it would make them: a replayed gate is first made
 * where the walk first asked for it, and the builder's folding and hash-consing do the rest. The
 * `callMade` variables are declared last, so every other variable keeps its index; the BDD order is
 * the exact one without them (the walk placed them where it needed them and nothing else moved).
 */
export function callsAlwaysMadeTree(exact: ScenarioFaultTree): ScenarioFaultTree {
  const { tree } = exact;
  const kept = tree.variables.findIndex((variable) => variable.kind === 'callMade');
  const variableCount = kept < 0 ? tree.variables.length : kept;
  const builder = new FaultTreeBuilder();
  for (let v = 0; v < variableCount; v += 1) builder.addVariable(tree.variables[v] as FaultTree['variables'][number]);
  const gateBase = firstVariableRef + tree.variables.length;
  const replayed = new Int32Array(gateBase + tree.gateThreshold.length);
  replayed[neverFails] = neverFails;
  replayed[alwaysFails] = alwaysFails;
  for (let v = 0; v < tree.variables.length; v += 1) replayed[firstVariableRef + v] = v < variableCount ? firstVariableRef + v : alwaysFails;
  for (let g = 0; g < tree.gateThreshold.length; g += 1) replayed[gateBase + g] = replayGate(builder, tree, g, replayed);
  return {
    ...exact,
    tree: builder.build(),
    roots: exact.roots.map((root) => ({ ...root, ref: replayed[root.ref] as number })),
    variableOrder: exact.variableOrder.filter((variable) => variable < variableCount),
    warnings: [...exact.warnings],
    fidelity: 'callsAlwaysMade',
  };
}

/**
 * Gate `g` of `tree` through `builder`, its children replaced by `replayed`: as the builder call that
 * made it. An OR is threshold 1; an AND has as many distinct children as its threshold; any other
 * gate came from `atLeast` (a database's copies), which keeps repeated children.
 */
function replayGate(builder: FaultTreeBuilder, tree: FaultTree, g: number, replayed: Int32Array): number {
  const start = tree.gateChildStart[g] as number;
  const end = tree.gateChildStart[g + 1] as number;
  const children: number[] = [];
  let distinct = true;
  for (let k = start; k < end; k += 1) {
    const child = tree.gateChildren[k] as number;
    // Children are kept sorted by the builder: a repeat sits next to its twin.
    if (k > start && child === tree.gateChildren[k - 1]) distinct = false;
    children.push(replayed[child] as number);
  }
  const threshold = tree.gateThreshold[g] as number;
  if (threshold === 1) return builder.or(children);
  if (threshold === children.length && distinct) return builder.and(children);
  return builder.atLeast(threshold, children);
}
