import type { Scenario } from '../../model';

/** Who holds whom, as the layout sees it: a node whose group does not exist sits at the top level. */
export interface LayoutTree {
  parentOf(id: string): string | null;
  /** Child groups of a group (or of the canvas, `null`), in the document's order. */
  groupsIn(parentId: string | null): string[];
  /** Cards directly inside a group (or at the top level: populations first, then global components). */
  cardsIn(parentId: string | null): string[];
  /** The child of `parentId` that holds `id` (or `id` itself), or null when `id` is not under `parentId`. */
  childHolding(parentId: string | null, id: string): string | null;
}

export function layoutTreeOf(scenario: Scenario): LayoutTree {
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const inGroup = (id: string | null) => (id !== null && groupIds.has(id) ? id : null);
  const parents = new Map<string, string | null>([
    ...scenario.groups.map((group) => [group.id, inGroup(group.parentId)] as const),
    ...scenario.clients.map((client) => [client.id, null] as const),
    ...scenario.components.map((component) => [component.id, inGroup(component.groupId)] as const),
  ]);
  const parentOf = (id: string) => parents.get(id) ?? null;
  return {
    parentOf,
    groupsIn: (parentId) => scenario.groups.filter((group) => parentOf(group.id) === parentId).map((group) => group.id),
    cardsIn: (parentId) =>
      [...(parentId === null ? scenario.clients : []), ...scenario.components.filter((c) => parentOf(c.id) === parentId)].map((e) => e.id),
    childHolding: (parentId, id) => {
      if (!parents.has(id)) return null;
      // Bounded: a cycle of parents (a hostile document) ends the walk instead of hanging it.
      for (let current: string | null = id, steps = 0; current !== null && steps < 64; current = parentOf(current), steps += 1) {
        if (parentOf(current) === parentId) return current;
      }
      return null;
    },
  };
}
