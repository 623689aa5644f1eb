import type { GroupKind, Scenario } from '../../model';
import { findElement, parentIdOf } from '../elements';
import { cardSize, groupSize, type Size } from './nodeSizes';

export interface Point {
  x: number;
  y: number;
}

/** Width and height an element is drawn at: its layout size for groups, the card size otherwise. */
export function nodeSize(scenario: Scenario, id: string): Size {
  const found = findElement(scenario, id);
  return found?.type === 'group' ? groupSize(found.element.kind, scenario.layout.nodes[id]) : cardSize;
}

/** Position in canvas coordinates, adding up the relative positions of every enclosing group. */
export function absolutePosition(scenario: Scenario, id: string | null): Point {
  let x = 0;
  let y = 0;
  const visited = new Set<string>();
  for (let current = id; current !== null && !visited.has(current); current = parentIdOf(scenario, current)) {
    visited.add(current);
    const layout = scenario.layout.nodes[current];
    x += layout?.x ?? 0;
    y += layout?.y ?? 0;
  }
  return { x, y };
}

export function centreOf(scenario: Scenario, id: string): Point {
  const topLeft = absolutePosition(scenario, id);
  const size = nodeSize(scenario, id);
  return { x: topLeft.x + size.width / 2, y: topLeft.y + size.height / 2 };
}

function depthOf(scenario: Scenario, id: string): number {
  let depth = 0;
  for (let parent = parentIdOf(scenario, id); parent !== null && depth < 16; parent = parentIdOf(scenario, parent)) depth += 1;
  return depth;
}

/** What is being placed: a component, a client population, or a group of a kind. */
export type Placeable = 'component' | 'client' | GroupKind;

/** Which group kinds may hold each placeable thing (components live in regions or zones). */
export const acceptedParentKinds: Record<Placeable, readonly GroupKind[]> = {
  component: ['zone', 'region'],
  client: [],
  provider: [],
  region: ['provider'],
  zone: ['region'],
};

/**
 * The innermost group under `point` that may hold `what`, or null when none does (top level /
 * global). Groups in `exclude` (the dragged node and its descendants) are never targets.
 */
export function findDropTarget(scenario: Scenario, point: Point, what: Placeable, exclude: ReadonlySet<string> = new Set()): string | null {
  const accepted = acceptedParentKinds[what];
  let best: { id: string; depth: number } | null = null;
  for (const group of scenario.groups) {
    if (exclude.has(group.id) || !accepted.includes(group.kind)) continue;
    const topLeft = absolutePosition(scenario, group.id);
    const size = nodeSize(scenario, group.id);
    const inside = point.x >= topLeft.x && point.x <= topLeft.x + size.width && point.y >= topLeft.y && point.y <= topLeft.y + size.height;
    if (!inside) continue;
    const depth = depthOf(scenario, group.id);
    if (!best || depth > best.depth) best = { id: group.id, depth };
  }
  return best?.id ?? null;
}
