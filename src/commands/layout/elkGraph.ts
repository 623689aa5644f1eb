import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Layout, NodeLayout, Scenario } from '../../model';
import { cardSize, gridSize } from './nodeSizes';
import { groupContentOrigin } from './settleLayout';

/**
 * ELK's layered algorithm over the whole hierarchy: traffic flows downward, crossings are
 * minimised across group borders, and the model order breaks ties, so a design always comes out
 * the same way. Spacing in canvas pixels, on the snap grid.
 */
const rootOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': String(gridSize * 3),
  // Room between layers for an edge's label and the badges pinned above the next card.
  'elk.layered.spacing.nodeNodeBetweenLayers': String(gridSize * 5),
  'elk.spacing.edgeNode': String(gridSize),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};
/** A group's title, plus the badges pinned above its first row of cards. */
const groupPadding = `[top=${groupContentOrigin.y + gridSize},left=${groupContentOrigin.x},bottom=${groupContentOrigin.x},right=${groupContentOrigin.x}]`;

/** An empty group is drawn with room for one card, so it reads as a place to put things without taking a screen. */
const emptyGroupSize = { width: cardSize.width + 2 * groupContentOrigin.x, height: cardSize.height + groupContentOrigin.y + gridSize * 2 };

/** The nearest enclosing groups of every node, innermost first. */
function ancestry(scenario: Scenario): (id: string) => string[] {
  const parentOf = new Map<string, string | null>([
    ...scenario.groups.map((g) => [g.id, g.parentId] as const),
    ...scenario.components.map((c) => [c.id, c.groupId] as const),
  ]);
  return (id) => {
    const chain: string[] = [];
    for (let p = parentOf.get(id) ?? null; p !== null && !chain.includes(p) && chain.length < 64; p = parentOf.get(p) ?? null) chain.push(p);
    return chain;
  };
}

/**
 * The scenario as an ELK graph: populations pinned to the first layer, providers holding regions
 * holding zones, each card at its drawn size. An edge is laid out only when one end's group holds
 * the other end (users → DNS, a region's load balancer → a zone's servers): edges between two
 * sibling groups (a zone's servers calling the other zone's database, replication across regions)
 * would stack those groups one above the other, where a reader expects them side by side. They are
 * still drawn, between the cards where they land.
 */
export function elkGraphOf(scenario: Scenario): ElkNode {
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const chainOf = ancestry(scenario);
  const card = (id: string, options: Record<string, string> = {}): ElkNode => ({ id, ...cardSize, layoutOptions: options });
  const childrenOf = (parentId: string | null): ElkNode[] => [
    ...scenario.groups
      .filter((group) => (group.parentId !== null && groupIds.has(group.parentId) ? group.parentId : null) === parentId)
      .map((group): ElkNode => {
        const children = childrenOf(group.id);
        return children.length > 0 ? { id: group.id, children, layoutOptions: { 'elk.padding': groupPadding } } : { id: group.id, ...emptyGroupSize };
      }),
    ...scenario.components.filter((c) => (c.groupId !== null && groupIds.has(c.groupId) ? c.groupId : null) === parentId).map((c) => card(c.id)),
  ];
  const nodeIds = new Set([...scenario.groups, ...scenario.components, ...scenario.clients].map((e) => e.id));
  const nested = (a: string, b: string) => {
    const [outer, inner] = [chainOf(a)[0] ?? null, chainOf(b)];
    return outer === null || inner.includes(outer);
  };
  const edges: ElkExtendedEdge[] = scenario.edges
    .filter((edge) => nodeIds.has(edge.from) && nodeIds.has(edge.to) && edge.from !== edge.to && (nested(edge.from, edge.to) || nested(edge.to, edge.from)))
    .map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] }));
  return {
    id: 'root',
    layoutOptions: rootOptions,
    children: [...scenario.clients.map((client) => card(client.id, { 'elk.layered.layering.layerConstraint': 'FIRST' })), ...childrenOf(null)],
    edges,
  };
}

const snap = (value: number) => Math.round(value / gridSize) * gridSize;
const snapUp = (value: number) => Math.ceil(value / gridSize) * gridSize;

/** ELK's answer as our layout: positions relative to the parent group, groups with their sizes, all on the grid. */
export function layoutFromElk(scenario: Scenario, graph: ElkNode): Layout {
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const nodes: Record<string, NodeLayout> = {};
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const position = { x: snap(child.x ?? 0), y: snap(child.y ?? 0) };
      nodes[child.id] = groupIds.has(child.id) ? { ...position, width: snapUp(child.width ?? 0), height: snapUp(child.height ?? 0) } : position;
      visit(child);
    }
  };
  visit(graph);
  return { nodes };
}
