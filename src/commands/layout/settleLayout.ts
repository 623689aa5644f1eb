import type { NodeLayout, Scenario } from '../../model';
import { findFreeSpot, rectsOverlap, type Rect } from './freeSpot';
import { cardSize, gridSize, groupSize, type Size } from './nodeSizes';

/** Room kept between siblings placed in free space, and between a group's frame and what it holds. */
export const siblingGap = gridSize;
/** Where a group's contents start: clear of its left edge and of its title. */
export const groupContentOrigin = { x: gridSize, y: gridSize * 2 };

export interface SettleRequest {
  /** Nodes just added, pasted, moved or reparented: each keeps its spot when that is free, else takes the nearest free one. */
  placed?: readonly string[];
  /** Groups a person sized: siblings in their way make room, rather than the group giving way. */
  anchored?: readonly string[];
}

interface Tree {
  parentOf: Map<string, string | null>;
  childrenOf: Map<string | null, string[]>;
  groupKind: Map<string, Scenario['groups'][number]['kind']>;
}

function treeOf(scenario: Scenario): Tree {
  const groupKind = new Map(scenario.groups.map((group) => [group.id, group.kind]));
  const parentOf = new Map<string, string | null>();
  const inGroup = (id: string | null) => (id !== null && groupKind.has(id) ? id : null);
  for (const group of scenario.groups) parentOf.set(group.id, inGroup(group.parentId));
  for (const component of scenario.components) parentOf.set(component.id, inGroup(component.groupId));
  for (const client of scenario.clients) parentOf.set(client.id, null);
  const childrenOf = new Map<string | null, string[]>();
  for (const [id, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id]);
  return { parentOf, childrenOf, groupKind };
}

/** Groups deepest first, so a group is settled and grown before its parent looks at its size. */
function groupsDeepestFirst(scenario: Scenario, tree: Tree): string[] {
  const depth = (id: string) => {
    let d = 0;
    for (let p = tree.parentOf.get(id) ?? null; p !== null && d < 64; p = tree.parentOf.get(p) ?? null) d += 1;
    return d;
  };
  return scenario.groups.map((group) => ({ id: group.id, depth: depth(group.id) })).sort((a, b) => b.depth - a.depth).map((entry) => entry.id);
}

/**
 * The containment invariant, in one place: no two siblings (groups, cards) overlap, and every node
 * lies inside its parent group. Commands that add, move, resize, reparent, paste or duplicate call it
 * with what they touched. Parent by parent, deepest first:
 * - groups a person sized, and the groups holding what was touched (they grew), keep their place;
 * - untouched siblings stay where they are unless they overlap, then move to the nearest free spot;
 * - touched nodes keep their spot if free, else take the nearest free spot, inside the parent if it fits;
 * - the parent then grows (right and down, or left and up by shifting its contents) to hold them all.
 * A layout that already holds the invariant comes back unchanged.
 */
export function settleLayout(scenario: Scenario, { placed = [], anchored = [] }: SettleRequest): Scenario {
  const tree = treeOf(scenario);
  const nodes: Record<string, NodeLayout> = { ...scenario.layout.nodes };
  const missing = [...tree.parentOf.keys()].filter((id) => !nodes[id]);
  const placedOrder = [...new Set([...placed, ...missing])].filter((id) => tree.parentOf.has(id));
  const placedSet = new Set(placedOrder);
  const holding = new Set<string>(anchored);
  for (const id of [...placedOrder, ...anchored]) {
    for (let p = tree.parentOf.get(id) ?? null; p !== null && !holding.has(p); p = tree.parentOf.get(p) ?? null) holding.add(p);
  }
  const sizeOf = (id: string): Size => {
    const kind = tree.groupKind.get(id);
    return kind ? groupSize(kind, nodes[id]) : cardSize;
  };
  const rectOf = (id: string): Rect => ({ x: nodes[id]?.x ?? 0, y: nodes[id]?.y ?? 0, ...sizeOf(id) });
  let changed = missing.length > 0;
  const setRect = (id: string, rect: Rect) => {
    const entry = nodes[id];
    const isGroup = tree.groupKind.has(id);
    const size = sizeOf(id);
    if (entry && entry.x === rect.x && entry.y === rect.y && (!isGroup || (size.width === rect.width && size.height === rect.height))) return;
    nodes[id] = isGroup ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : { ...entry, x: rect.x, y: rect.y };
    changed = true;
  };

  const settleChildren = (parentId: string | null) => {
    const children = tree.childrenOf.get(parentId) ?? [];
    const byPosition = (a: string, b: string) => rectOf(a).x - rectOf(b).x || rectOf(a).y - rectOf(b).y;
    const held = children.filter((id) => holding.has(id) && !placedSet.has(id));
    const bystanders = children.filter((id) => !holding.has(id) && !placedSet.has(id)).sort(byPosition);
    const moved = placedOrder.filter((id) => (tree.parentOf.get(id) ?? null) === parentId);
    const parentRect = parentId === null ? null : rectOf(parentId);
    const taken: Rect[] = [];
    for (const id of [...held, ...bystanders, ...moved]) {
      const rect = rectOf(id);
      if (!nodes[id] || taken.some((other) => rectsOverlap(rect, other))) {
        const spot = findFreeSpot({
          wanted: rect,
          taken,
          gap: siblingGap,
          min: parentRect ? groupContentOrigin : { x: -Infinity, y: -Infinity },
          limit: parentRect ? { x: parentRect.width - groupContentOrigin.x, y: parentRect.height - groupContentOrigin.x } : null,
          verticalCost: tree.groupKind.has(id) ? 1.5 : 1,
        });
        Object.assign(rect, spot);
      }
      setRect(id, rect);
      taken.push(rect);
    }
    if (parentId !== null && parentRect) growToHold(parentId, parentRect, taken, children);
  };

  /** Grows a group to hold its children; past its left or top edge it grows that way, its contents shifting to stay put. */
  const growToHold = (parentId: string, parent: Rect, boxes: readonly Rect[], children: readonly string[]) => {
    if (boxes.length === 0) return;
    const pad = groupContentOrigin.x;
    const shiftX = Math.min(...boxes.map((box) => box.x)) < 0 ? pad - Math.min(...boxes.map((box) => box.x)) : 0;
    const shiftY = Math.min(...boxes.map((box) => box.y)) < 0 ? groupContentOrigin.y - Math.min(...boxes.map((box) => box.y)) : 0;
    if (shiftX !== 0 || shiftY !== 0) {
      for (const id of children) setRect(id, { ...rectOf(id), x: rectOf(id).x + shiftX, y: rectOf(id).y + shiftY });
    }
    const right = Math.max(...boxes.map((box) => box.x + box.width)) + shiftX;
    const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + shiftY;
    setRect(parentId, {
      x: parent.x - shiftX,
      y: parent.y - shiftY,
      width: right > parent.width + shiftX ? right + pad : parent.width + shiftX,
      height: bottom > parent.height + shiftY ? bottom + pad : parent.height + shiftY,
    });
  };

  for (const groupId of groupsDeepestFirst(scenario, tree)) settleChildren(groupId);
  settleChildren(null);
  return changed ? { ...scenario, layout: { nodes } } : scenario;
}
