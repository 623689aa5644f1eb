import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { Point } from './geometry';
import { cardSize, gridSize, type Size } from './nodeSizes';

/** The row of a group's child groups, already laid out, as one box for ELK ('#' is never in an element id). */
export const rowNodeId = '#row';

/** One end of an edge at this level: a card of the level, or a point along the row of child groups. */
export type LevelEnd = { card: string } | { rowX: number };

export interface LevelEdge {
  id: string;
  from: LevelEnd;
  to: LevelEnd;
}

/** What one group (or the canvas) holds directly, as ELK lays it out: its cards and the row of its child groups. */
export interface Level {
  cards: readonly string[];
  /** Cards pinned to the first layer, alone (the populations, above everything). */
  firstLayer: ReadonlySet<string>;
  row: Size | null;
  edges: readonly LevelEdge[];
}

/**
 * ELK's layered algorithm over one level: traffic flows downward and the model order breaks ties,
 * so a design always comes out the same way. Spacing in canvas pixels, on the snap grid.
 */
const levelOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(gridSize * 3),
  // Room between layers for an edge's label and the badges pinned above the next card.
  'elk.layered.spacing.nodeNodeBetweenLayers': String(gridSize * 5),
  'elk.spacing.edgeNode': String(gridSize),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.separateConnectedComponents': 'false',
};

/**
 * The level as a flat ELK graph. The child groups stay one row, whatever their edges: ELK sees
 * them as a single box, with a port where each edge meets a card inside it (on top for traffic
 * into the row, below for traffic out), so the cards that feed a group are placed above it.
 */
export function levelGraph(level: Level): ElkNode {
  const ports: ElkPort[] = [];
  const endId = (end: LevelEnd, edgeId: string, side: 'in' | 'out'): string => {
    if ('card' in end) return end.card;
    const id = `${rowNodeId}:${side}:${edgeId}`;
    const y = side === 'in' ? 0 : (level.row?.height ?? 0);
    ports.push({ id, x: end.rowX, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side === 'in' ? 'NORTH' : 'SOUTH' } });
    return id;
  };
  const edges: ElkExtendedEdge[] = level.edges.map((edge) => ({ id: edge.id, sources: [endId(edge.from, edge.id, 'out')], targets: [endId(edge.to, edge.id, 'in')] }));
  const cards = level.cards.map((id): ElkNode => ({
    id,
    ...cardSize,
    layoutOptions: level.firstLayer.has(id) ? { 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' } : {},
  }));
  const row: ElkNode[] = level.row ? [{ id: rowNodeId, ...level.row, ports, layoutOptions: { 'elk.portConstraints': 'FIXED_POS' } }] : [];
  return { id: 'level', layoutOptions: levelOptions, children: [...cards, ...row], edges };
}

/** Where ELK put each card and the row, shifted so the level's top-left is at `origin`. */
export function levelPositions(graph: ElkNode, origin: Point): Map<string, Point> {
  const children = graph.children ?? [];
  const left = Math.min(...children.map((child) => child.x ?? 0));
  const top = Math.min(...children.map((child) => child.y ?? 0));
  return new Map(children.map((child) => [child.id, { x: origin.x + (child.x ?? 0) - left, y: origin.y + (child.y ?? 0) - top }]));
}
