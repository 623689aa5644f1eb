import type { ClientPopulation, Component, Edge, Group, NodeLayout, Scenario } from '../model';
import { collectDescendants, parentIdOf } from './elements';
import { absolutePosition, type Point } from './layout/geometry';

/** A copied piece of a scenario: what the clipboard holds between copy and paste. */
export interface Fragment {
  clients: ClientPopulation[];
  groups: Group[];
  components: Component[];
  /** Only edges whose two ends are both in the fragment. */
  edges: Edge[];
  layout: Record<string, NodeLayout>;
  /** Canvas position of each root (an element whose group is not in the fragment), for pasting it where no group holds it. */
  origins: Record<string, Point>;
}

/** The selected nodes with everything inside the selected groups and the edges among them; null when nothing is copyable. */
export function copyFragment(scenario: Scenario, ids: readonly string[]): Fragment | null {
  const included = new Set(ids);
  for (const id of collectDescendants(scenario, ids)) included.add(id);
  const pick = <T extends { id: string }>(list: readonly T[]) => list.filter((element) => included.has(element.id));
  const clients = pick(scenario.clients);
  const groups = pick(scenario.groups);
  const components = pick(scenario.components);
  const nodeIds = [...clients, ...groups, ...components].map((element) => element.id);
  if (nodeIds.length === 0) return null;
  const edges = scenario.edges.filter((edge) => included.has(edge.from) && included.has(edge.to));
  const layout: Record<string, NodeLayout> = {};
  const origins: Record<string, Point> = {};
  for (const id of nodeIds) {
    const entry = scenario.layout.nodes[id];
    if (entry) layout[id] = entry;
    const parent = parentIdOf(scenario, id);
    if (parent === null || !included.has(parent)) origins[id] = absolutePosition(scenario, id);
  }
  return { clients, groups, components, edges, layout, origins };
}
