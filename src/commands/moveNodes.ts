import type { Scenario } from '../model';
import { defineCommand, succeed, type CommandResult } from './command';
import type { Point } from './layout/geometry';

export interface MoveNodesArgs {
  /** New top-left corners, relative to each node's current group. */
  positions: Record<string, Point>;
}

/** Moves nodes on the canvas; only the layout changes, so the engine's inputs stay the same. */
export function moveNodes(scenario: Scenario, { positions }: MoveNodesArgs): CommandResult {
  const nodes = { ...scenario.layout.nodes };
  let changed = false;
  for (const [id, { x, y }] of Object.entries(positions)) {
    const current = nodes[id];
    if (!Number.isFinite(x) || !Number.isFinite(y) || (current && current.x === x && current.y === y)) continue;
    nodes[id] = { ...current, x, y };
    changed = true;
  }
  return succeed(changed ? { ...scenario, layout: { nodes } } : scenario);
}

export const moveNodesCommand = defineCommand({ id: 'moveNodes', label: 'Move', recordsUndo: true, perform: moveNodes });
