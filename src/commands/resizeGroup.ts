import type { NodeLayout, Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { settleLayout } from './layout/settleLayout';

export interface ResizeGroupArgs {
  id: string;
  /** Top-left corner relative to the parent group (resizing from the left or top moves it). */
  x: number;
  y: number;
  width: number;
  height: number;
}

const minGroupSide = 120;

/**
 * Resizes a provider, region or zone group. When the top-left corner moves, the group's direct
 * children shift the other way, so they stay where they are on screen (as the canvas shows them).
 * A group never shrinks past what it holds, and siblings in the way of a grown group make room.
 */
export function resizeGroup(scenario: Scenario, { id, x, y, width, height }: ResizeGroupArgs): CommandResult {
  if (!scenario.groups.some((group) => group.id === id)) return refuse(`There is no group "${id}".`);
  if (![x, y, width, height].every(Number.isFinite)) return refuse('A group needs a finite position and size.');
  const before = scenario.layout.nodes[id] ?? { x, y };
  const dx = x - before.x;
  const dy = y - before.y;
  const nodes: Record<string, NodeLayout> = { ...scenario.layout.nodes, [id]: { x, y, width: Math.max(minGroupSide, width), height: Math.max(minGroupSide, height) } };
  if (dx !== 0 || dy !== 0) {
    const children = [...scenario.components.filter((c) => c.groupId === id), ...scenario.groups.filter((g) => g.parentId === id)];
    for (const { id: childId } of children) {
      const layout = scenario.layout.nodes[childId];
      if (layout) nodes[childId] = { ...layout, x: layout.x - dx, y: layout.y - dy };
    }
  }
  return succeed(settleLayout({ ...scenario, layout: { nodes } }, { anchored: [id] }));
}

export const resizeGroupCommand = defineCommand({ id: 'resizeGroup', label: 'Resize group', recordsUndo: true, perform: resizeGroup });
