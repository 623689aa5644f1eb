import type { Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { collectDescendants, parentIdOf } from './elements';
import { absolutePosition } from './layout/geometry';
import { placeableOf } from './layout/placeableOf';
import { placementProblem } from './placement';

export interface ReparentArgs {
  ids: string[];
  /** The zone or region (for components and zones), provider (for regions), or null for the top level. */
  parentId: string | null;
}

/** Sets the parent of one element, keeping its place on screen (relative position = absolute − parent's). */
function reparentOne(scenario: Scenario, id: string, parentId: string | null): Scenario | string {
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
  const layout = scenario.layout.nodes[id];
  const nodes = { ...scenario.layout.nodes, [id]: { ...layout, x: screen.x - origin.x, y: screen.y - origin.y } };
  const next = { ...scenario, layout: { nodes } };
  if (what === 'component') {
    return { ...next, components: next.components.map((c) => (c.id === id ? { ...c, groupId: parentId } : c)) };
  }
  return {
    ...next,
    groups: next.groups.map((g) => (g.id === id ? ({ ...g, parentId } as typeof g) : g)),
  };
}

/** Drops nodes into a group (or out to the top level), converting their positions so they stay put. */
export function reparent(scenario: Scenario, { ids, parentId }: ReparentArgs): CommandResult {
  let next = scenario;
  for (const id of ids) {
    const result = reparentOne(next, id, parentId);
    if (typeof result === 'string') return refuse(result);
    next = result;
  }
  return succeed(next);
}

export const reparentCommand = defineCommand({ id: 'reparent', label: 'Move into group', recordsUndo: true, perform: reparent });
