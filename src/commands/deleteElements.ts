import type { Scenario } from '../model';
import { rebalanceClientShares } from './clientShares';
import { defineCommand, succeed, type CommandResult } from './command';
import { remapReplicaGroups } from './databaseReplicas';
import { collectDescendants } from './elements';
import { collectIds } from './ids';

export interface DeleteElementsArgs {
  ids: string[];
}

/**
 * Deletes elements and everything that would dangle without them:
 * - a deleted group takes its whole contents with it (child groups and the components placed in
 *   them), as deleting a frame does in a drawing tool — leaving them behind would silently move
 *   them to another failure domain, which changes the numbers more surprisingly than removing them;
 * - edges from or to any removed element go too, and so do the removed elements' layout entries;
 * - a database that kept a copy in a removed group loses that copy (its leaderless quorum shrinks
 *   to match); the database itself stays.
 */
export function deleteElements(scenario: Scenario, { ids }: DeleteElementsArgs): CommandResult {
  const existing = collectIds(scenario);
  if (!ids.some((id) => existing.has(id))) return succeed(scenario, []);
  const removed = new Set(ids);
  for (const id of collectDescendants(scenario, ids)) removed.add(id);
  const kept = <T extends { id: string }>(list: readonly T[]) => list.filter((element) => !removed.has(element.id));
  const edges = scenario.edges.filter((edge) => !removed.has(edge.id) && !removed.has(edge.from) && !removed.has(edge.to));
  const components = kept(scenario.components).map((component) =>
    component.kind === 'database' ? remapReplicaGroups(component, (groupId) => (removed.has(groupId) ? null : groupId)) : component,
  );
  const nodes = Object.fromEntries(Object.entries(scenario.layout.nodes).filter(([id]) => !removed.has(id)));
  const clients = kept(scenario.clients);
  // The remaining populations take up the removed ones' traffic: shares always sum to 1.
  const rebalanced = clients.length < scenario.clients.length ? rebalanceClientShares(clients) : clients;
  return succeed({ ...scenario, clients: rebalanced, groups: kept(scenario.groups), components, edges, layout: { nodes } }, []);
}

export const deleteElementsCommand = defineCommand({
  id: 'deleteElements',
  label: 'Delete',
  shortcuts: ['Delete', 'Backspace'],
  recordsUndo: true,
  perform: deleteElements,
});
