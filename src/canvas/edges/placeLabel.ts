import type { BoxGrid } from './boxGrid';
import type { Box } from './floatingEdgeGeometry';
import type { RoutePoint } from './routeAroundCards';

/** Rough size of an edge label at the canvas's label font (11 px), canvas pixels: its characters, and its two lines (traffic, cost). */
const charWidthPx = 6;
const labelHeightPx = 34;
/** How far the label's text sits below its top: the traffic line is centred on the anchor, the cost line under it. */
const aboveAnchorPx = 10;
/** Room kept free between a label and the ends of the run it sits on. */
const clearancePx = 16;
/** Where along a straight run a label is tried: the middle first, then either side of it. */
export const tryAlong = [0.5, 0.35, 0.65, 0.2, 0.8];

/** A point a label may sit on, with the straight run through it (its length either side of the point and its direction). */
export interface LabelCandidate {
  x: number;
  y: number;
  /** Free length of the run before and after the point, canvas pixels. */
  beforePx: number;
  afterPx: number;
  vertical: boolean;
}

/** The box a label of `text` covers when anchored at `at` and drawn `scale` times its size. */
export function labelBox(text: string, at: { x: number; y: number }, scale: number): Box {
  const width = (text.length * charWidthPx + 8) * scale;
  return { x: at.x - width / 2, y: at.y - aboveAnchorPx * scale, width, height: labelHeightPx * scale };
}

/**
 * Where an edge's label can be drawn: the index of the first candidate with room for it along its run
 * (its height along a vertical run, its width along a horizontal one, clear of both ends) whose box
 * covers no obstacle (a card, a group's title, another label). Null when none has: the label then
 * shows on hover only.
 */
export function placeLabel(text: string, candidates: readonly LabelCandidate[], scale: number, obstacles: Pick<BoxGrid, 'overlapsAny'>): number | null {
  const index = candidates.findIndex((candidate) => {
    const box = labelBox(text, candidate, scale);
    const halfAlongPx = (candidate.vertical ? box.height : box.width) / 2 + clearancePx;
    return candidate.beforePx >= halfAlongPx && candidate.afterPx >= halfAlongPx && !obstacles.overlapsAny(box);
  });
  return index < 0 ? null : index;
}

/** Candidate spots along a routed edge: its straight runs, longest first, each tried at its middle and then either side. */
export function routeCandidates(points: readonly RoutePoint[]): LabelCandidate[] {
  const runs = points.slice(1).map((b, i) => {
    const a = points[i] as RoutePoint;
    return { a, b, lengthPx: Math.hypot(b.x - a.x, b.y - a.y) };
  });
  return runs
    .sort((p, q) => q.lengthPx - p.lengthPx)
    .flatMap(({ a, b, lengthPx }) =>
      tryAlong.map((t) => ({
        x: a.x + (b.x - a.x) * t,
        y: a.y + (b.y - a.y) * t,
        beforePx: lengthPx * t,
        afterPx: lengthPx * (1 - t),
        vertical: Math.abs(b.y - a.y) > Math.abs(b.x - a.x),
      })),
    );
}
