import type { Point } from '../../commands';

/** A node's box in its parent's coordinates. */
export interface GuideBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A line drawn while dragging where the dragged box lines up with a sibling: `axis: 'x'` is a
 * vertical line at x = `at` running from `from` to `to` along y; `axis: 'y'` a horizontal one.
 */
export interface AlignmentGuide {
  axis: 'x' | 'y';
  at: number;
  from: number;
  to: number;
}

export interface SnapOptions {
  /** How close (canvas pixels) an edge or centre must come to a sibling's to snap onto it. */
  thresholdPx: number;
  /** The grid step everything else snaps to. */
  gridPx: number;
}

export interface SnappedDrag {
  position: Point;
  guides: AlignmentGuide[];
}

type Axis = 'x' | 'y';
const extentOf = (axis: Axis): 'width' | 'height' => (axis === 'x' ? 'width' : 'height');
const crossOf = (axis: Axis): Axis => (axis === 'x' ? 'y' : 'x');

/** Left (top) edge, centre and right (bottom) edge of a box along an axis. */
function anchors(box: GuideBox, axis: Axis): number[] {
  const start = box[axis];
  const size = box[extentOf(axis)];
  return [start, start + size / 2, start + size];
}

/** The nearest sibling anchor within the threshold, as the shift that brings the box onto it; else the grid's. */
function snapAxis(box: GuideBox, siblings: readonly GuideBox[], axis: Axis, { thresholdPx, gridPx }: SnapOptions): number {
  let best: number | null = null;
  for (const sibling of siblings) {
    for (const target of anchors(sibling, axis)) {
      for (const own of anchors(box, axis)) {
        const shift = target - own;
        if (Math.abs(shift) <= thresholdPx && (best === null || Math.abs(shift) < Math.abs(best))) best = shift;
      }
    }
  }
  return best ?? Math.round(box[axis] / gridPx) * gridPx - box[axis];
}

/** Every line along which the box now lines up with a sibling, one per coordinate, spanning both boxes. */
function guidesAlong(box: GuideBox, siblings: readonly GuideBox[], axis: Axis): AlignmentGuide[] {
  const cross = crossOf(axis);
  const size = extentOf(cross);
  const byCoordinate = new Map<number, AlignmentGuide>();
  for (const sibling of siblings) {
    const own = anchors(box, axis);
    for (const at of anchors(sibling, axis).filter((target) => own.some((anchor) => Math.abs(anchor - target) < 0.5))) {
      const from = Math.min(box[cross], sibling[cross]);
      const to = Math.max(box[cross] + box[size], sibling[cross] + sibling[size]);
      const known = byCoordinate.get(at);
      byCoordinate.set(at, known ? { ...known, from: Math.min(known.from, from), to: Math.max(known.to, to) } : { axis, at, from, to });
    }
  }
  return [...byCoordinate.values()];
}

/**
 * Where a dragged box lands, as in draw.io or Figma: each axis snaps its left edge, centre or right
 * edge (top, middle, bottom) onto the nearest sibling's within the threshold, or else to the grid;
 * the guides show every alignment the landing spot makes.
 */
export function snapDrag(box: GuideBox, siblings: readonly GuideBox[], options: SnapOptions): SnappedDrag {
  const position = { x: box.x + snapAxis(box, siblings, 'x', options), y: box.y + snapAxis(box, siblings, 'y', options) };
  const snapped = { ...box, ...position };
  return { position, guides: [...guidesAlong(snapped, siblings, 'x'), ...guidesAlong(snapped, siblings, 'y')] };
}
