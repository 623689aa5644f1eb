import type { ClientPopulation, Component, Edge, Group, Scenario } from '../model';
import { indexById } from './indexById';

/** Any element of a scenario, tagged with the list it lives in. */
export type ElementRef =
  | { type: 'component'; element: Component }
  | { type: 'group'; element: Group }
  | { type: 'client'; element: ClientPopulation }
  | { type: 'edge'; element: Edge };

export type ElementType = ElementRef['type'];

export function findElement(scenario: Scenario, id: string): ElementRef | undefined {
  const component = indexById(scenario.components).get(id);
  if (component) return { type: 'component', element: component };
  const group = indexById(scenario.groups).get(id);
  if (group) return { type: 'group', element: group };
  const client = indexById(scenario.clients).get(id);
  if (client) return { type: 'client', element: client };
  const edge = indexById(scenario.edges).get(id);
  return edge ? { type: 'edge', element: edge } : undefined;
}

/** The group an element sits in on the canvas (components: `groupId`, groups: `parentId`), or null. */
export function parentIdOf(scenario: Scenario, id: string): string | null {
  const found = findElement(scenario, id);
  if (!found) return null;
  if (found.type === 'component') return found.element.groupId;
  if (found.type === 'group') return found.element.parentId;
  return null;
}

/** Ids of every group and component nested (at any depth) inside the given groups. */
export function collectDescendants(scenario: Scenario, groupIds: Iterable<string>): Set<string> {
  const inside = new Set<string>(groupIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const group of scenario.groups) {
      if (group.parentId !== null && inside.has(group.parentId) && !inside.has(group.id)) {
        inside.add(group.id);
        grew = true;
      }
    }
  }
  for (const component of scenario.components) {
    if (component.groupId !== null && inside.has(component.groupId)) inside.add(component.id);
  }
  for (const id of groupIds) inside.delete(id);
  return inside;
}
