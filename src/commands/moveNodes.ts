import type { Scenario } from '../model';
import { defineCommand, succeed, type CommandResult } from './command';
import type { Point } from './layout/geometry';
import { settleLayout } from './layout/settleLayout';

export interface MoveNodesArgs {
  /** New top-left corners, relative to each node's current group. */
  positions: Record<string, Point>;
}

/** The scenario with nodes at new positions, as given (no containment yet); also the ids that did move. */
export function withPositions(scenario: Scenario, positions: Record<string, Point>): { scenario: Scenario; moved: string[] } {
  const nodes = { ...scenario.layout.nodes };
  const moved: string[] = [];
  for (const [id, { x, y }] of Object.entries(positions)) {
    const current = nodes[id];
    if (!Number.isFinite(x) || !Number.isFinite(y) || (current && current.x === x && current.y === y)) continue;
    nodes[id] = { ...current, x, y };
    moved.push(id);
  }
  return { scenario: moved.length > 0 ? { ...scenario, layout: { nodes } } : scenario, moved };
}

/**
 * Moves nodes on the canvas; only the layout changes, so the engine's inputs stay the same. A node
 * moved onto a sibling goes to the nearest free spot, and its group grows to hold it.
 */
export function moveNodes(scenario: Scenario, { positions }: MoveNodesArgs): CommandResult {
  const { scenario: next, moved } = withPositions(scenario, positions);
  return succeed(moved.length > 0 ? settleLayout(next, { placed: moved }) : scenario);
}

export const moveNodesCommand = defineCommand({ id: 'moveNodes', label: 'Move', recordsUndo: true, perform: moveNodes });
