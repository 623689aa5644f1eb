import type { Box, Side } from './floatingEdgeGeometry';

export interface RoutePoint {
  x: number;
  y: number;
}

/** Room kept between a routed edge and the cards it goes around, canvas pixels. */
export const routeMarginPx = 16;
/** A bend costs as much as this much extra length: routes prefer few corners. */
const bendCostPx = 40;

const outward: Record<Side, RoutePoint> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };

const inflate = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });

/** Whether the segment a→b passes through the inside of `box` (Liang–Barsky clipping; grazing an edge does not count). */
export function segmentCrossesBox(a: RoutePoint, b: RoutePoint, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-9;
}

/** The boxes a line at `at` passes through the inside of (strictly between their two edges), for each line asked about once. */
function boxesAcross(boxes: readonly Box[], start: (box: Box) => number, size: (box: Box) => number): (at: number) => readonly Box[] {
  const known = new Map<number, readonly Box[]>();
  return (at) => {
    let across = known.get(at);
    if (!across) {
      across = boxes.filter((box) => start(box) < at && at < start(box) + size(box));
      known.set(at, across);
    }
    return across;
  };
}

/**
 * Whether a grid step a→b (horizontal or vertical) passes through any obstacle. Only the obstacles
 * its row or column cuts through can block it (`segmentCrossesBox` is false for the others), so
 * each step tests those few, not every card near the edge: routing a large design's edges stays fast.
 */
export function obstaclesAcross(obstacles: readonly Box[]): (a: RoutePoint, b: RoutePoint) => boolean {
  const acrossRow = boxesAcross(obstacles, (box) => box.y, (box) => box.height);
  const acrossColumn = boxesAcross(obstacles, (box) => box.x, (box) => box.width);
  return (a, b) => (a.y === b.y ? acrossRow(a.y) : acrossColumn(a.x)).some((box) => segmentCrossesBox(a, b, box));
}

/** The corners of the route, without points that lie on a straight run. */
function withoutStraightRuns(points: RoutePoint[]): RoutePoint[] {
  return points.filter((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (!before || !after) return true;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}

interface State {
  node: number;
  direction: number;
  cost: number;
}

/** A binary min-heap of search states by cost. */
class StateHeap {
  private readonly items: State[] = [];

  get size() {
    return this.items.length;
  }

  push(state: State) {
    const items = this.items;
    items.push(state);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as State).cost <= state.cost) break;
      [items[i], items[parent]] = [items[parent] as State, state];
      i = parent;
    }
  }

  pop(): State {
    const items = this.items;
    const top = items[0] as State;
    const last = items.pop() as State;
    if (items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let smallest = i;
      if (left < items.length && (items[left] as State).cost < (items[smallest] as State).cost) smallest = left;
      if (right < items.length && (items[right] as State).cost < (items[smallest] as State).cost) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest] as State, items[i] as State];
      i = smallest;
    }
    return top;
  }
}

/** Cheapest orthogonal path over the grid of candidate coordinates, by Dijkstra with a cost per bend. */
function shortestOrthogonalPath(from: RoutePoint, to: RoutePoint, xs: number[], ys: number[], blocked: (a: RoutePoint, b: RoutePoint) => boolean): RoutePoint[] | null {
  const columns = xs.length;
  const at = (node: number): RoutePoint => ({ x: xs[node % columns] ?? 0, y: ys[Math.floor(node / columns)] ?? 0 });
  const start = ys.indexOf(from.y) * columns + xs.indexOf(from.x);
  const goal = ys.indexOf(to.y) * columns + xs.indexOf(to.x);
  const steps = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const;
  // Typed arrays by (node, direction), not maps: the search runs once per routed edge, over every edge of a large design.
  const best = new Float64Array(xs.length * ys.length * 5).fill(Infinity);
  const previous = new Int32Array(best.length).fill(-1);
  const key = (node: number, direction: number) => node * 5 + direction;
  const open = new StateHeap();
  open.push({ node: start, direction: 4, cost: 0 });
  best[key(start, 4)] = 0;
  while (open.size > 0) {
    const current = open.pop();
    if (current.cost > (best[key(current.node, current.direction)] ?? Infinity)) continue;
    if (current.node === goal) {
      const path: RoutePoint[] = [];
      for (let k = key(current.node, current.direction); k !== -1; k = previous[k] ?? -1) path.unshift(at(Math.floor(k / 5)));
      return path;
    }
    const column = current.node % columns;
    const row = Math.floor(current.node / columns);
    const a = at(current.node);
    for (let direction = 0; direction < steps.length; direction += 1) {
      const [stepX, stepY] = steps[direction] ?? [0, 0];
      const nextColumn = column + stepX;
      const nextRow = row + stepY;
      if (nextColumn < 0 || nextColumn >= columns || nextRow < 0 || nextRow >= ys.length) continue;
      const next = nextRow * columns + nextColumn;
      const b = at(next);
      if (blocked(a, b)) continue;
      const cost = current.cost + Math.abs(b.x - a.x) + Math.abs(b.y - a.y) + (current.direction !== 4 && current.direction !== direction ? bendCostPx : 0);
      if (cost >= (best[key(next, direction)] ?? Infinity)) continue;
      best[key(next, direction)] = cost;
      previous[key(next, direction)] = key(current.node, current.direction);
      open.push({ node: next, direction, cost });
    }
  }
  return null;
}

/** How far around the box spanned by an edge's ends a card can be and still be in its way, canvas pixels. */
const reachPx = 240;

/** The cards that can be in the way of an edge from `start` to `end`: far ones cannot, and leaving them out keeps the search small on big designs. */
export function cardsNear(start: RoutePoint, end: RoutePoint, boxes: readonly Box[]): Box[] {
  const [left, right] = [Math.min(start.x, end.x) - reachPx, Math.max(start.x, end.x) + reachPx];
  const [top, bottom] = [Math.min(start.y, end.y) - reachPx, Math.max(start.y, end.y) + reachPx];
  return boxes.filter((card) => card.x < right && card.x + card.width > left && card.y < bottom && card.y + card.height > top);
}

/**
 * A route for an edge whose straight line would cross a card: out of the source's side, around
 * every card in the way at `routeMarginPx`, into the target's side, with as few bends as it can
 * (orthogonal routing on the grid of the obstacles' padded edges, as diagram tools do). Null when
 * the straight line is clear, or when no route exists; the caller then draws its usual curve.
 */
export function routeAroundCards(start: RoutePoint, startSide: Side, end: RoutePoint, endSide: Side, nearby: readonly Box[]): RoutePoint[] | null {
  const cards = cardsNear(start, end, nearby);
  const holds = (box: Box, point: RoutePoint) => point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
  const inTheWay = cards.map((card) => inflate(card, routeMarginPx / 2)).filter((box) => !holds(box, start) && !holds(box, end));
  if (!inTheWay.some((box) => segmentCrossesBox(start, end, box))) return null;
  const stub = (point: RoutePoint, side: Side) => ({ x: point.x + outward[side].x * routeMarginPx, y: point.y + outward[side].y * routeMarginPx });
  const [from, to] = [stub(start, startSide), stub(end, endSide)];
  const obstacles = cards.map((card) => inflate(card, routeMarginPx - 1));
  const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  const xs = unique([from.x, to.x, ...cards.flatMap((card) => [card.x - routeMarginPx, card.x + card.width + routeMarginPx])]);
  const ys = unique([from.y, to.y, ...cards.flatMap((card) => [card.y - routeMarginPx, card.y + card.height + routeMarginPx])]);
  const path = shortestOrthogonalPath(from, to, xs, ys, obstaclesAcross(obstacles));
  return path ? withoutStraightRuns([start, ...path, end]) : null;
}
