import type { Component, Group, NodeLayout, Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { remapReplicaGroups } from './databaseReplicas';
import type { Fragment } from './fragment';
import { createIdAllocator } from './ids';
import type { Placeable } from './layout/geometry';
import { settleLayout } from './layout/settleLayout';
import { placementProblem } from './placement';

export interface PasteArgs {
  fragment: Fragment;
}

/**
 * Inserts a copy of a fragment with fresh ids, in the free space nearest its original (beside it,
 * when the original is still there). Edges among the copied nodes are copied onto the new nodes. A
 * copied node whose group still exists goes back into it, which grows to hold it; one whose group is
 * gone lands at the top level near the spot the original had on screen.
 */
export function paste(scenario: Scenario, { fragment }: PasteArgs): CommandResult {
  const allocate = createIdAllocator(scenario);
  const newIds = new Map<string, string>();
  for (const element of [...fragment.clients, ...fragment.groups, ...fragment.components, ...fragment.edges]) {
    newIds.set(element.id, allocate(`${element.id}-copy`));
  }
  const existingGroups = new Set(scenario.groups.map((group) => group.id));
  const nodes: Record<string, NodeLayout> = { ...scenario.layout.nodes };
  const roots: string[] = [];

  /** Whether a copied root goes back into its original group (which must still exist and still accept it). */
  const keepsParent = (parentId: string | null, what: Placeable) =>
    parentId !== null && existingGroups.has(parentId) && placementProblem(scenario, what, parentId) === null;
  const orphanZone = fragment.groups.find((group) => group.kind === 'zone' && fragment.origins[group.id] && !keepsParent(group.parentId, 'zone'));
  if (orphanZone) return refuse(`Zone ${orphanZone.name} can only be pasted while its region exists.`);

  /** Lays out the copy of one node and returns its new parent. */
  const place = (oldId: string, parentId: string | null, what: Placeable): string | null => {
    const id = newIds.get(oldId) as string;
    const layout = fragment.layout[oldId] ?? { x: 0, y: 0 };
    const origin = fragment.origins[oldId];
    if (!origin) {
      nodes[id] = layout;
      return parentId === null ? null : (newIds.get(parentId) ?? null);
    }
    roots.push(id);
    const kept = keepsParent(parentId, what);
    nodes[id] = kept ? layout : { ...layout, ...origin };
    return kept ? parentId : null;
  };

  const groups = fragment.groups.map((group) => ({ ...group, id: newIds.get(group.id) as string, parentId: place(group.id, group.parentId, group.kind) }) as Group);
  const mapGroup = (groupId: string) => newIds.get(groupId) ?? (existingGroups.has(groupId) ? groupId : null);
  const components: Component[] = fragment.components.map((component) => {
    const groupId = place(component.id, component.groupId, 'component');
    const copy = { ...component, id: newIds.get(component.id) as string, groupId };
    return copy.kind === 'database' ? remapReplicaGroups(copy, mapGroup) : copy;
  });
  const clients = fragment.clients.map((client) => {
    place(client.id, null, 'client');
    return { ...client, id: newIds.get(client.id) as string };
  });
  const edges = fragment.edges.map((edge) => ({
    ...edge,
    id: newIds.get(edge.id) as string,
    from: newIds.get(edge.from) as string,
    to: newIds.get(edge.to) as string,
  }));
  const next = {
    ...scenario,
    clients: [...scenario.clients, ...clients],
    groups: [...scenario.groups, ...groups],
    components: [...scenario.components, ...components],
    edges: [...scenario.edges, ...edges],
    layout: { nodes },
  };
  return succeed(settleLayout(next, { placed: roots }), [...roots, ...edges.map((edge) => edge.id)]);
}

export const pasteCommand = defineCommand({ id: 'paste', label: 'Paste', shortcuts: ['Mod+V'], recordsUndo: true, perform: paste });
