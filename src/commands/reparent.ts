import type { Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { collectDescendants, parentIdOf } from './elements';
import { absolutePosition, centreOf, nodeSize } from './layout/geometry';
import { placeableOf } from './layout/placeableOf';
import { groupContentOrigin, settleLayout } from './layout/settleLayout';
import { placementProblem } from './placement';

export interface ReparentArgs {
  ids: string[];
  /** The zone or region (for components and zones), provider (for regions), or null for the top level. */
  parentId: string | null;
}

/** Whether `id`'s centre lies inside group `parentId` on screen (as it does when it was dropped there). */
function centredIn(scenario: Scenario, id: string, parentId: string): boolean {
  const centre = centreOf(scenario, id);
  const frame = { ...absolutePosition(scenario, parentId), ...nodeSize(scenario, parentId) };
  return centre.x >= frame.x && centre.x <= frame.x + frame.width && centre.y >= frame.y && centre.y <= frame.y + frame.height;
}

/**
 * Sets the parent of one element, without settling the layout. Dropped over its new group (or taken
 * out to the top level), it keeps its place on screen; chosen from a list ("Placed in"), it goes into
 * its new group, at the group's first free spot once the layout is settled.
 */
export function moveIntoGroup(scenario: Scenario, id: string, parentId: string | null): Scenario | string {
  const what = placeableOf(scenario, id);
  if (!what) return `There is no node "${id}" to move.`;
  if (parentIdOf(scenario, id) === parentId) return scenario;
  if (parentId !== null && (parentId === id || collectDescendants(scenario, [id]).has(parentId))) {
    return 'A group cannot go inside itself.';
  }
  const problem = placementProblem(scenario, what, parentId);
  if (problem) return problem;
  const screen = absolutePosition(scenario, id);
  const origin = absolutePosition(scenario, parentId);
  const stays = parentId === null || centredIn(scenario, id, parentId);
  const spot = stays ? { x: screen.x - origin.x, y: screen.y - origin.y } : groupContentOrigin;
  const nodes = { ...scenario.layout.nodes, [id]: { ...scenario.layout.nodes[id], ...spot } };
  const next = { ...scenario, layout: { nodes } };
  if (what === 'component') {
    return { ...next, components: next.components.map((c) => (c.id === id ? { ...c, groupId: parentId } : c)) };
  }
  return {
    ...next,
    groups: next.groups.map((g) => (g.id === id ? ({ ...g, parentId } as typeof g) : g)),
  };
}

/** Puts nodes into a group (or out to the top level), in free space inside it; the group grows to hold them. */
export function reparent(scenario: Scenario, { ids, parentId }: ReparentArgs): CommandResult {
  let next = scenario;
  for (const id of ids) {
    const result = moveIntoGroup(next, id, parentId);
    if (typeof result === 'string') return refuse(result);
    next = result;
  }
  return succeed(next === scenario ? scenario : settleLayout(next, { placed: ids }));
}

export const reparentCommand = defineCommand({ id: 'reparent', label: 'Move into group', recordsUndo: true, perform: reparent });
