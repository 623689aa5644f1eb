import { elementNames, type Group, type Scenario } from '../model';
import { groupSize } from '../commands';
import { edgeAppearance, edgeLabel, edgeMarkerId } from './edges/edgeAppearance';
import { edgeName } from './edges/edgeName';
import type { FlowEdge, FlowNode, GroupFlowNode } from './flowTypes';

const origin = { x: 0, y: 0 };

/** Cards stack above every group frame, whatever order things were added in. */
const cardZ = 10;
/** The edge layer (`EdgeLayer`) lies above every group frame and under the cards. */
export const edgeLayerZ = cardZ - 1;
/**
 * While cards are dragged, the edges that follow them lie above every card (`EdgeLayer`), and the
 * dragged cards above those (canvas.css): composited apart, they come last in paint order, so the
 * browser need not split what is painted after them into layers of its own on every frame.
 */
export const movingEdgeLayerZ = cardZ + 1;

/** Groups ordered parents first, as React Flow requires of nested nodes, with their nesting depth. */
function groupsParentsFirst(groups: readonly Group[]): { group: Group; depth: number }[] {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const depth = (group: Group): number => {
    let d = 0;
    for (let parent = group.parentId; parent !== null && d < 16; parent = byId.get(parent)?.parentId ?? null) d += 1;
    return d;
  };
  return groups.map((group) => ({ group, depth: depth(group) })).sort((a, b) => a.depth - b.depth);
}

/** Scenario → React Flow nodes: groups as nested group nodes, then components and client populations. */
export function toFlowNodes(scenario: Scenario, selected: ReadonlySet<string>): FlowNode[] {
  const layout = scenario.layout.nodes;
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const parentOf = (id: string | null) => (id !== null && groupIds.has(id) ? { parentId: id } : {});
  const groups = groupsParentsFirst(scenario.groups).map(({ group, depth }): GroupFlowNode => {
    const entry = layout[group.id];
    const size = groupSize(group.kind, entry);
    return {
      id: group.id,
      type: 'group',
      position: entry ? { x: entry.x, y: entry.y } : origin,
      width: size.width,
      height: size.height,
      zIndex: depth,
      selected: selected.has(group.id),
      data: { kind: group.kind },
      ...parentOf(group.parentId),
    };
  });
  const components = scenario.components.map(
    (component): FlowNode => ({
      id: component.id,
      type: 'component',
      position: layout[component.id] ?? origin,
      zIndex: cardZ,
      selected: selected.has(component.id),
      data: { kind: component.kind },
      ...parentOf(component.groupId),
    }),
  );
  const clients = scenario.clients.map(
    (client): FlowNode => ({ id: client.id, type: 'client', position: layout[client.id] ?? origin, zIndex: cardZ, selected: selected.has(client.id), data: {} }),
  );
  return [...groups, ...components, ...clients];
}

/**
 * Scenario → React Flow edges, drawn by kind (solid calls, dashed async, dotted two-way replication),
 * each named for a screen reader by its kind and its ends' names (`edgeName`).
 */
export function toFlowEdges(scenario: Scenario, selected: ReadonlySet<string>): FlowEdge[] {
  const nameOf = elementNames(scenario);
  return scenario.edges.map((edge) => {
    const look = edgeAppearance[edge.kind];
    const marker = edgeMarkerId(edge.kind);
    const label = edgeLabel(edge);
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: 'floating',
      ariaLabel: edgeName(edge, nameOf),
      className: `edge edge--${edge.kind}`,
      selected: selected.has(edge.id),
      markerEnd: marker,
      ...(look.bothEnds ? { markerStart: marker } : {}),
      ...(label ? { label } : {}),
      data: { kind: edge.kind },
    };
  });
}
