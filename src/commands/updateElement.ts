import type { ClientPopulation, Component, Edge, Group, Scenario } from '../model';
import { clientNameAt } from './clientName';
import { rebalanceClientShares } from './clientShares';
import { groupsAfterRegionChange } from './regionGroupNames';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { findElement } from './elements';
import { elementIssues } from './validateElement';

/** Fields a person may change; identity, kind and placement have their own commands. */
type Editable<T> = T extends unknown ? Partial<Omit<T, 'id' | 'kind' | 'groupId' | 'parentId' | 'from' | 'to'>> : never;
export type ElementPatch = Editable<Component> | Editable<Group> | Editable<ClientPopulation> | Editable<Edge>;

export interface UpdateElementArgs {
  id: string;
  patch: ElementPatch;
}

const fixedKeys = new Set(['id', 'kind', 'groupId', 'parentId', 'from', 'to']);

function replaceIn<T extends { id: string }>(list: readonly T[], id: string, patch: object): T[] {
  return list.map((element) => (element.id === id ? ({ ...element, ...patch } as T) : element));
}

/**
 * A population's edit: a new share rebalances the others' (`rebalanceClientShares`); a new location
 * renames a population that has the name the app gave it (`clientNameAt`).
 */
function updatedClients(clients: readonly ClientPopulation[], id: string, patch: ElementPatch): ClientPopulation[] {
  const client = clients.find((candidate) => candidate.id === id);
  const location = 'location' in patch ? patch.location : undefined;
  const named = client && location && !('name' in patch) ? { ...patch, name: clientNameAt(client, location, clients.filter((other) => other !== client)) } : patch;
  const next = replaceIn(clients, id, named);
  return 'share' in patch ? rebalanceClientShares(next, id) : next;
}

/** A group's edit: a region moved to another catalog region renames what carries the old region's name. */
function updatedGroups(groups: readonly Group[], id: string, patch: ElementPatch): Group[] {
  const regionId = 'regionId' in patch && typeof patch.regionId === 'string' && !('name' in patch) ? patch.regionId : undefined;
  return replaceIn(regionId === undefined ? groups : groupsAfterRegionChange(groups, id, regionId), id, patch);
}

/**
 * Changes fields of a component, group, client population or edge. The result is checked against
 * the scenario schema at that element, so an invalid value is refused (with the schema's words) and
 * never reaches the model.
 */
export function updateElement(scenario: Scenario, { id, patch }: UpdateElementArgs): CommandResult {
  const found = findElement(scenario, id);
  if (!found) return refuse(`There is no element "${id}".`);
  const fixed = Object.keys(patch).find((key) => fixedKeys.has(key));
  if (fixed) return refuse(`"${fixed}" cannot be edited here.`);
  const next: Scenario =
    found.type === 'component'
      ? { ...scenario, components: replaceIn(scenario.components, id, patch) }
      : found.type === 'group'
        ? { ...scenario, groups: updatedGroups(scenario.groups, id, patch) }
        : found.type === 'client'
          ? { ...scenario, clients: updatedClients(scenario.clients, id, patch) }
          : { ...scenario, edges: replaceIn(scenario.edges, id, patch) };
  const [issue] = elementIssues(next, found.type, id);
  if (issue) return refuse(issue.path === '(document)' ? issue.message : `${issue.path}: ${issue.message}`);
  return succeed(next);
}

export const updateElementCommand = defineCommand({ id: 'updateElement', label: 'Edit', recordsUndo: true, perform: updateElement });
