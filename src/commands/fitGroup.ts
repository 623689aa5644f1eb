import type { NodeLayout, Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { nodeSize } from './layout/geometry';
import { groupContentOrigin, settleLayout } from './layout/settleLayout';

export interface FitGroupArgs {
  id: string;
}

/**
 * Shrinks (or grows) a group to fit what it holds, with the usual margin and room for its title.
 * Its contents stay where they are on screen; the frame moves around them.
 */
export function fitGroup(scenario: Scenario, { id }: FitGroupArgs): CommandResult {
  const group = scenario.groups.find((candidate) => candidate.id === id);
  if (!group) return refuse(`There is no group "${id}".`);
  const children = [...scenario.groups.filter((g) => g.parentId === id), ...scenario.components.filter((c) => c.groupId === id)].map((child) => child.id);
  if (children.length === 0) return refuse(`${group.name} holds nothing to fit around.`);
  const boxes = children.map((child) => ({ id: child, x: scenario.layout.nodes[child]?.x ?? 0, y: scenario.layout.nodes[child]?.y ?? 0, ...nodeSize(scenario, child) }));
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const dx = left - groupContentOrigin.x;
  const dy = top - groupContentOrigin.y;
  const frame = scenario.layout.nodes[id] ?? { x: 0, y: 0 };
  const nodes: Record<string, NodeLayout> = {
    ...scenario.layout.nodes,
    [id]: {
      x: frame.x + dx,
      y: frame.y + dy,
      width: Math.max(...boxes.map((box) => box.x + box.width)) - dx + groupContentOrigin.x,
      height: Math.max(...boxes.map((box) => box.y + box.height)) - dy + groupContentOrigin.x,
    },
  };
  for (const box of boxes) nodes[box.id] = { ...scenario.layout.nodes[box.id], x: box.x - dx, y: box.y - dy };
  return succeed(settleLayout({ ...scenario, layout: { nodes } }, { anchored: [id] }));
}

export const fitGroupCommand = defineCommand({ id: 'fitGroup', label: 'Fit to contents', recordsUndo: true, perform: fitGroup });
