import type { Scenario } from '../model';
import { defineCommand, succeed, type CommandResult } from './command';
import { collectDescendants, parentIdOf } from './elements';
import { centreOf, findDropTarget, type Point } from './layout/geometry';
import { placeableOf } from './layout/placeableOf';
import { settleLayout } from './layout/settleLayout';
import { withPositions } from './moveNodes';
import { placementProblem } from './placement';
import { moveIntoGroup } from './reparent';

export interface DropNodesArgs {
  /** Where the drag left each node, relative to its group at drag start. */
  positions: Record<string, Point>;
}

/**
 * The end of a drag, as one undo step: move the nodes, then put each one into the innermost group
 * under its centre that may hold it (a component dragged into a zone joins the zone; out of every
 * group, it becomes global). A node whose new spot cannot hold it (a zone dragged out of every
 * region) keeps its group. Nodes dragged along with a selected ancestor stay in that ancestor.
 * Then the layout settles: a node dropped on a sibling slides to the nearest free spot, and groups
 * grow to hold what was dropped into them.
 */
export function dropNodes(scenario: Scenario, { positions }: DropNodesArgs): CommandResult {
  const { scenario: moved, moved: ids } = withPositions(scenario, positions);
  let next = moved;
  const carried = collectDescendants(next, Object.keys(positions));
  for (const id of Object.keys(positions)) {
    const what = placeableOf(next, id);
    if (!what || carried.has(id)) continue;
    const exclude = new Set([id, ...collectDescendants(next, [id])]);
    const target = findDropTarget(next, centreOf(next, id), what, exclude);
    if (target === parentIdOf(next, id) || placementProblem(next, what, target)) continue;
    const result = moveIntoGroup(next, id, target);
    if (typeof result !== 'string') next = result;
  }
  return succeed(next === scenario ? scenario : settleLayout(next, { placed: ids.filter((id) => !carried.has(id)) }));
}

export const dropNodesCommand = defineCommand({ id: 'dropNodes', label: 'Move', recordsUndo: true, perform: dropNodes });
