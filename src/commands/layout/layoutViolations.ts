import type { Scenario } from '../../model';
import { parentIdOf } from '../elements';
import { rectsOverlap, type Rect } from './freeSpot';
import { nodeSize } from './geometry';

/**
 * Where a layout breaks the containment invariant `settleLayout` keeps, in words: two siblings that
 * overlap, or a node that pokes out of its group. Empty when the layout holds it.
 */
export function layoutViolations(scenario: Scenario): string[] {
  const groupIds = new Set(scenario.groups.map((group) => group.id));
  const ids = [...scenario.groups, ...scenario.components, ...scenario.clients].map((element) => element.id);
  const rectOf = (id: string): Rect => ({ x: scenario.layout.nodes[id]?.x ?? 0, y: scenario.layout.nodes[id]?.y ?? 0, ...nodeSize(scenario, id) });
  const parentOf = (id: string) => {
    const parent = parentIdOf(scenario, id);
    return parent !== null && groupIds.has(parent) ? parent : null;
  };
  const problems: string[] = [];
  for (const id of ids) {
    if (!scenario.layout.nodes[id]) problems.push(`${id} has no place on the canvas`);
    const parent = parentOf(id);
    if (parent === null) continue;
    const box = rectOf(id);
    const frame = rectOf(parent);
    if (box.x < 0 || box.y < 0 || box.x + box.width > frame.width || box.y + box.height > frame.height) problems.push(`${id} pokes out of ${parent}`);
  }
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [ids[i] as string, ids[j] as string];
      if (parentOf(a) === parentOf(b) && rectsOverlap(rectOf(a), rectOf(b))) problems.push(`${a} overlaps ${b}`);
    }
  }
  return problems;
}
