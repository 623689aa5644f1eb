import type { Point } from './geometry';
import type { Size } from './nodeSizes';

export interface Rect extends Point, Size {}

/** Whether two boxes come closer than `margin` (0: they overlap; touching edges do not). */
export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

export interface FreeSpotQuery {
  /** Where the box would like to be (top-left) and its size. */
  wanted: Rect;
  /** Boxes already there. */
  taken: readonly Rect[];
  /** Space kept from every taken box. */
  gap: number;
  /** Lowest top-left corner allowed (inside a group: clear of its frame and title). */
  min: Point;
  /** Furthest bottom-right corner reachable without growing the parent (null at the top level, which has no edge). */
  limit: Point | null;
  /** Moving up or down costs this many times moving sideways (groups prefer to sit side by side). */
  verticalCost: number;
}

/** What a spot lined up with no neighbour costs, in box sizes: a second region dropped a little low sits level with the first. */
const misalignedCost = 0.5;

/**
 * The nearest spot to `wanted` where the box overlaps nothing taken, preferring spots that fit the
 * room without growing it. Candidates are the wanted spot and the spots flush beside, above and below
 * every taken box (a free spot nearest to a point always touches the point or an obstacle), plus one
 * right of everything, which is always free. Distance counts in box widths and heights, so a card
 * and a region weigh "one step over" alike; a spot in line with a neighbour's left or top edge wins
 * over an unaligned one up to half a box nearer.
 */
export function findFreeSpot({ wanted, taken, gap, min, limit, verticalCost }: FreeSpotQuery): Point {
  const { width, height } = wanted;
  const clamp = (p: Point): Point => ({ x: Math.max(p.x, min.x), y: Math.max(p.y, min.y) });
  const candidates: Point[] = [clamp(wanted)];
  for (const box of taken) {
    const right = box.x + box.width + gap;
    const below = box.y + box.height + gap;
    candidates.push(
      clamp({ x: right, y: wanted.y }),
      clamp({ x: box.x - width - gap, y: wanted.y }),
      clamp({ x: wanted.x, y: below }),
      clamp({ x: wanted.x, y: box.y - height - gap }),
      clamp({ x: right, y: box.y }),
      clamp({ x: box.x, y: below }),
    );
  }
  const farRight = Math.max(wanted.x, ...taken.map((box) => box.x + box.width + gap));
  candidates.push(clamp({ x: farRight, y: wanted.y }));

  const linesUp = (spot: Point) => taken.some((box) => box.x === spot.x || box.y === spot.y);
  let best: Point = candidates[candidates.length - 1] as Point;
  let bestCost = Infinity;
  for (const spot of candidates) {
    const box = { ...spot, width, height };
    if (taken.some((other) => rectsOverlap(box, other, gap))) continue;
    const overflows = limit !== null && (spot.x + width > limit.x || spot.y + height > limit.y);
    const misaligned = taken.length > 0 && !linesUp(spot) ? misalignedCost : 0;
    const cost = Math.abs(spot.x - wanted.x) / width + (verticalCost * Math.abs(spot.y - wanted.y)) / height + misaligned + (overflows ? 1000 : 0);
    if (cost < bestCost) {
      best = spot;
      bestCost = cost;
    }
  }
  return best;
}
