import type { Scenario } from '../model';
import { defineCommand, succeed, type CommandResult } from './command';
import { collectDescendants, parentIdOf } from './elements';
import { centreOf, findDropTarget, type Point } from './layout/geometry';
import { placeableOf } from './layout/placeableOf';
import { moveNodes } from './moveNodes';
import { placementProblem } from './placement';
import { reparent } from './reparent';

export interface DropNodesArgs {
  /** Where the drag left each node, relative to its group at drag start. */
  positions: Record<string, Point>;
}

/**
 * The end of a drag, as one undo step: move the nodes, then put each one into the innermost group
 * under its centre that may hold it (a component dragged into a zone joins the zone; out of every
 * group, it becomes global). A node whose new spot cannot hold it (a zone dragged out of every
 * region) keeps its group. Nodes dragged along with a selected ancestor stay in that ancestor.
 */
export function dropNodes(scenario: Scenario, { positions }: DropNodesArgs): CommandResult {
  const moved = moveNodes(scenario, { positions });
  if (!moved.ok) return moved;
  let next = moved.scenario;
  const ids = Object.keys(positions);
  const carried = collectDescendants(next, ids);
  for (const id of ids) {
    const what = placeableOf(next, id);
    if (!what || carried.has(id)) continue;
    const exclude = new Set([id, ...collectDescendants(next, [id])]);
    const target = findDropTarget(next, centreOf(next, id), what, exclude);
    if (target === parentIdOf(next, id) || placementProblem(next, what, target)) continue;
    const result = reparent(next, { ids: [id], parentId: target });
    if (result.ok) next = result.scenario;
  }
  return succeed(next);
}

export const dropNodesCommand = defineCommand({ id: 'dropNodes', label: 'Move', recordsUndo: true, perform: dropNodes });
