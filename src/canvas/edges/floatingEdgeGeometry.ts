/** A node's box on the canvas: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A node's box once React Flow has measured it. Before (its first layout, or a card just added) its
 * size is unknown or 0, and an edge from it would have no border to leave by (NaN ends): none is drawn
 * until it is measured.
 */
export function measuredBox(position: { x: number; y: number }, size: { width?: number; height?: number }): Box | null {
  const { width = 0, height = 0 } = size;
  const known = [position.x, position.y, width, height].every(Number.isFinite) && width > 0 && height > 0;
  return known ? { x: position.x, y: position.y, width, height } : null;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourceSide: Side;
  targetSide: Side;
}

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Where the line from `box`'s centre towards `other`'s centre leaves `box` (after React Flow's floating-edges example). */
function borderPoint(box: Box, other: Box) {
  const halfWidth = box.width / 2;
  const halfHeight = box.height / 2;
  const from = centre(box);
  const to = centre(other);
  const xx = (to.x - from.x) / (2 * halfWidth) - (to.y - from.y) / (2 * halfHeight);
  const yy = (to.x - from.x) / (2 * halfWidth) + (to.y - from.y) / (2 * halfHeight);
  const scale = 1 / (Math.abs(xx) + Math.abs(yy) || 1);
  return { x: halfWidth * (scale * xx + scale * yy) + from.x, y: halfHeight * (-scale * xx + scale * yy) + from.y };
}

function sideOf(box: Box, point: { x: number; y: number }): Side {
  const epsilon = 1;
  if (point.x <= box.x + epsilon) return 'left';
  if (point.x >= box.x + box.width - epsilon) return 'right';
  if (point.y <= box.y + epsilon) return 'top';
  return 'bottom';
}

/**
 * The ends of an edge drawn between the facing sides of two nodes, whatever handles it was drawn
 * from: an app server above its cache connects bottom to top instead of looping around from its
 * right side to the cache's left.
 */
export function floatingEdgeEnds(source: Box, target: Box): EdgeEnds {
  const start = borderPoint(source, target);
  const end = borderPoint(target, source);
  return { sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y, sourceSide: sideOf(source, start), targetSide: sideOf(target, end) };
}
