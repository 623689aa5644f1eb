import { absolutePosition, nodeSize } from '../commands';
import type { Scenario } from '../model';

/** A rectangle in canvas coordinates. */
export interface CanvasRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const nodeIdsOf = (scenario: Scenario) => [...scenario.groups, ...scenario.components, ...scenario.clients].map((element) => element.id);

function rectOf(scenario: Scenario, id: string): CanvasRect {
  return { ...absolutePosition(scenario, id), ...nodeSize(scenario, id) };
}

const inside = (rect: CanvasRect, view: CanvasRect) =>
  rect.x >= view.x && rect.y >= view.y && rect.x + rect.width <= view.x + view.width && rect.y + rect.height <= view.y + view.height;

/**
 * Whether the view should widen after an edit that added nodes, so a person building a design never
 * has to go and find what they just added: yes when an added node lies (partly) outside `view`, or
 * when the whole design was in view before and no longer is (its group grew past the edge).
 * Someone who zoomed in on a part keeps their view until they add something out of sight.
 */
export function widenViewFor(previous: Scenario, next: Scenario, view: CanvasRect): boolean {
  const before = new Set(nodeIdsOf(previous));
  const ids = nodeIdsOf(next);
  const added = ids.filter((id) => !before.has(id));
  if (added.length === 0) return false;
  if (added.some((id) => !inside(rectOf(next, id), view))) return true;
  const wasInView = before.size > 0 && [...before].every((id) => inside(rectOf(previous, id), view));
  return wasInView && ids.some((id) => !inside(rectOf(next, id), view));
}
