import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Layout, NodeLayout, Scenario } from '../../model';
import type { Point } from './geometry';
import { layoutTreeOf, type LayoutTree } from './layoutTree';
import { levelGraph, levelPositions, rowNodeId, type LevelEdge, type LevelEnd } from './levelGraph';
import { cardSize, gridSize, type Size } from './nodeSizes';
import { groupContentOrigin, settleLayout } from './settleLayout';

/** Runs ELK on a graph: off the main thread in the app (a worker), in-process in Node. */
export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

/** Room inside a group's frame: its title and the badges pinned above its first row of cards on top. */
const groupPadding = { left: groupContentOrigin.x, top: groupContentOrigin.y + gridSize, right: groupContentOrigin.x, bottom: groupContentOrigin.x };
/** Between two groups side by side: as between two cards. */
const rowGapPx = gridSize * 3;
/** An empty group is drawn with room for one card, so it reads as a place to put things without taking a screen. */
const emptyGroupSize: Size = { width: cardSize.width + groupPadding.left + groupPadding.right, height: cardSize.height + groupPadding.top + groupPadding.bottom };

const snap = (value: number) => Math.round(value / gridSize) * gridSize;
const snapUp = (value: number) => Math.ceil(value / gridSize) * gridSize;

/**
 * The edges ELK sees at one level (inside `parentId`): each end is the card of this level it is, or
 * the point of the row of child groups where the card it reaches sits. Edges inside one child group
 * were laid out with it; edges between two child groups (a zone's servers calling the other zone's
 * database, replication across regions) are left out, so they never pull the row apart.
 */
function levelEdges(scenario: Scenario, tree: LayoutTree, parentId: string | null, nodes: Readonly<Record<string, NodeLayout>>): LevelEdge[] {
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const rowX = (id: string, holder: string): number => {
    let x = cardSize.width / 2;
    for (let current: string | null = id; current !== null; current = current === holder ? null : tree.parentOf(current)) x += nodes[current]?.x ?? 0;
    return x;
  };
  return scenario.edges.flatMap((edge): LevelEdge[] => {
    const [fromHolder, toHolder] = [tree.childHolding(parentId, edge.from), tree.childHolding(parentId, edge.to)];
    if (fromHolder === null || toHolder === null || fromHolder === toHolder) return [];
    const end = (id: string, holder: string): LevelEnd => (groupIds.has(holder) ? { rowX: rowX(id, holder) } : { card: holder });
    const [from, to] = [end(edge.from, fromHolder), end(edge.to, toHolder)];
    return 'rowX' in from && 'rowX' in to ? [] : [{ id: edge.id, from, to }];
  });
}

/**
 * A fresh layout for the whole design, built from the innermost groups out: ELK lays out each group's
 * cards around the row of its child groups (laid out before it), so zones sit side by side in their
 * region, regions side by side in their provider, populations on top and traffic flowing downward.
 * Settled at the end, so it holds the containment invariant.
 */
export async function tidyLayout(scenario: Scenario, runElk: RunElk): Promise<Layout> {
  const tree = layoutTreeOf(scenario);
  const firstLayer = new Set(scenario.clients.map((client) => client.id));
  const nodes: Record<string, NodeLayout> = {};

  /** Lays out what `parentId` holds (positions relative to it) and returns its size. */
  const layOut = async (parentId: string | null): Promise<Size> => {
    const groups = tree.groupsIn(parentId);
    const sizes: Size[] = [];
    // One at a time: the same order every run, and one layout at a time in the worker.
    for (const group of groups) sizes.push(await layOut(group));
    const rowHeight = Math.max(0, ...sizes.map((size) => size.height));
    let rowWidth = -rowGapPx;
    for (const [i, group] of groups.entries()) {
      nodes[group] = { x: rowWidth + rowGapPx, y: 0, width: sizes[i]?.width ?? 0, height: rowHeight };
      rowWidth += (sizes[i]?.width ?? 0) + rowGapPx;
    }
    const row = groups.length > 0 ? { width: rowWidth, height: rowHeight } : null;
    const cards = tree.cardsIn(parentId);
    if (!row && cards.length === 0) return emptyGroupSize;

    const origin: Point = parentId === null ? { x: 0, y: 0 } : { x: groupPadding.left, y: groupPadding.top };
    const positions =
      cards.length === 0
        ? new Map([[rowNodeId, origin]])
        : levelPositions(await runElk(levelGraph({ cards, firstLayer, row, edges: levelEdges(scenario, tree, parentId, nodes) })), origin);
    const place = (id: string, at: Point) => {
      nodes[id] = { ...nodes[id], x: snap(at.x), y: snap(at.y) };
    };
    for (const card of cards) place(card, positions.get(card) ?? origin);
    const rowAt = positions.get(rowNodeId) ?? origin;
    for (const group of groups) place(group, { x: rowAt.x + (nodes[group]?.x ?? 0), y: rowAt.y });

    const boxes = [...cards.map((id) => ({ ...cardSize, ...nodes[id] })), ...groups.map((id) => ({ width: 0, height: 0, ...nodes[id] }))];
    return {
      width: snapUp(Math.max(...boxes.map((box) => (box.x ?? 0) + box.width)) + groupPadding.right),
      height: snapUp(Math.max(...boxes.map((box) => (box.y ?? 0) + box.height)) + groupPadding.bottom),
    };
  };

  await layOut(null);
  return settleLayout({ ...scenario, layout: { nodes } }, {}).layout;
}

/** Whether a document arrived without a place for some node (a generated file, a hand-written link). */
export function lacksLayout(scenario: Scenario): boolean {
  return [...scenario.groups, ...scenario.components, ...scenario.clients].some((element) => !scenario.layout.nodes[element.id]);
}
