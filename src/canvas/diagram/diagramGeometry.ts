import { getBezierPath, Position } from '@xyflow/react';
import type { LucideIcon } from 'lucide-react';
import { absolutePosition, componentKindLabels, groupKindLabels, nodeSize } from '../../commands';
import type { ComponentKind, EdgeKind, GroupKind, Scenario } from '../../model';
import { edgeLabel } from '../edges/edgeAppearance';
import { floatingEdgeEnds, type Box, type Side } from '../edges/floatingEdgeGeometry';
import { describeGroup } from '../groups/describeGroup';
import { describeClient, describeComponent } from '../nodes/describeComponent';
import { componentLooks, groupIcons, usersIcon, type NodeFamily } from '../nodes/nodeIcons';

export interface DiagramGroup {
  id: string;
  kind: GroupKind;
  /** What the kind is called: `Region`. */
  kindLabel: string;
  name: string;
  detail: string;
  icon: LucideIcon;
  box: Box;
  parentId: string | null;
}

export interface DiagramCard {
  id: string;
  /** A component's kind, or `client` for a population of users. */
  kind: ComponentKind | 'client';
  /** What the kind is called: `Load balancer`, `Users`. */
  kindLabel: string;
  name: string;
  detail: string;
  family: NodeFamily;
  icon: LucideIcon;
  box: Box;
  parentId: string | null;
}

export interface DiagramEdge {
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  label: string | undefined;
  /** SVG path data of the curve, canvas coordinates. */
  path: string;
  labelX: number;
  labelY: number;
}

/** A scenario as the canvas draws it, in absolute canvas coordinates: what every export is made from. */
export interface Diagram {
  groups: DiagramGroup[];
  cards: DiagramCard[];
  edges: DiagramEdge[];
  bounds: Box;
}

const positions: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

function boxOf(scenario: Scenario, id: string): Box {
  return { ...absolutePosition(scenario, id), ...nodeSize(scenario, id) };
}

function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Scenario + layout → the drawing: groups outermost first, cards, and edges as the canvas curves
 * them (between facing sides, React Flow's bezier), with the same names, details and labels.
 */
export function diagramOf(scenario: Scenario): Diagram {
  const depth = (id: string | null): number => {
    let d = 0;
    for (let parent = id; parent !== null && d < 16; parent = scenario.groups.find((group) => group.id === parent)?.parentId ?? null) d += 1;
    return d;
  };
  const groups = [...scenario.groups]
    .sort((a, b) => depth(a.parentId) - depth(b.parentId))
    .map((group): DiagramGroup => ({ id: group.id, kind: group.kind, kindLabel: groupKindLabels[group.kind], name: group.name, detail: describeGroup(group), icon: groupIcons[group.kind], box: boxOf(scenario, group.id), parentId: group.parentId }));
  const cards: DiagramCard[] = [
    ...scenario.clients.map((client): DiagramCard => ({ id: client.id, kind: 'client', kindLabel: 'Users', name: client.name, detail: describeClient(client), family: 'users', icon: usersIcon, box: boxOf(scenario, client.id), parentId: null })),
    ...scenario.components.map((component): DiagramCard => {
      const look = componentLooks[component.kind];
      return { id: component.id, kind: component.kind, kindLabel: componentKindLabels[component.kind], name: component.name, detail: describeComponent(component), family: look.family, icon: look.icon, box: boxOf(scenario, component.id), parentId: component.groupId };
    }),
  ];
  const boxes = new Map(cards.map((card) => [card.id, card.box]));
  const edges = scenario.edges.flatMap((edge): DiagramEdge[] => {
    const source = boxes.get(edge.from);
    const target = boxes.get(edge.to);
    if (!source || !target) return [];
    const ends = floatingEdgeEnds(source, target);
    const [path, labelX, labelY] = getBezierPath({ ...ends, sourcePosition: positions[ends.sourceSide], targetPosition: positions[ends.targetSide] });
    return [{ id: edge.id, kind: edge.kind, from: edge.from, to: edge.to, label: edgeLabel(edge), path, labelX, labelY }];
  });
  return { groups, cards, edges, bounds: boundsOf([...groups.map((group) => group.box), ...cards.map((card) => card.box)]) };
}
