/** A rectangle in chart pixels (y down). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place beside its dot (pixels): the dot's centre and radius and the label's size. */
export interface LabelRequest {
  id: string;
  cx: number;
  cy: number;
  radiusPx: number;
  width: number;
  height: number;
}

/** Where a label went: its box, or null when no place beside the dot was free (it is keyed in a legend instead). */
export interface PlacedLabel {
  id: string;
  box: LabelBox | null;
}

const gapPx = 4;

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: LabelBox, area: LabelBox) => box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;

/** Candidate boxes around a dot, nearest first: right, left, above, below, the four corners, then one step further out. */
function candidates(request: LabelRequest): LabelBox[] {
  const { cx, cy, radiusPx: r, width, height } = request;
  const boxes: LabelBox[] = [];
  for (const reach of [gapPx, gapPx + height]) {
    const d = r + reach;
    boxes.push(
      { x: cx + d, y: cy - height / 2, width, height },
      { x: cx - d - width, y: cy - height / 2, width, height },
      { x: cx - width / 2, y: cy - d - height, width, height },
      { x: cx - width / 2, y: cy + d, width, height },
      { x: cx + r, y: cy - d - height + gapPx, width, height },
      { x: cx - r - width, y: cy - d - height + gapPx, width, height },
      { x: cx + r, y: cy + d - gapPx, width, height },
      { x: cx - r - width, y: cy + d - gapPx, width, height },
    );
  }
  return boxes;
}

/**
 * Places scatter labels so that none overlaps another label, any dot, any of `obstacles` (a curve's
 * segments) or the edges of the plot area (and so never the axes): greedily, labels of dots nearest
 * to others first (they have the fewest free places), each at the first free candidate around its
 * dot. A label with no free place gets `box: null`, and the chart names it in a key instead.
 */
export function placeScatterLabels(requests: readonly LabelRequest[], area: LabelBox, obstacles: readonly LabelBox[] = []): PlacedLabel[] {
  const blocked: LabelBox[] = [...requests.map(({ cx, cy, radiusPx: r }) => ({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r })), ...obstacles];
  const crowding = (request: LabelRequest) => Math.min(Infinity, ...requests.filter((other) => other !== request).map((other) => Math.hypot(other.cx - request.cx, other.cy - request.cy)));
  const order = [...requests].sort((a, b) => crowding(a) - crowding(b));
  const taken: LabelBox[] = [];
  const placed = new Map<string, LabelBox | null>();
  for (const request of order) {
    const box = candidates(request).find((candidate) => inside(candidate, area) && !blocked.some((box) => overlaps(candidate, box)) && !taken.some((other) => overlaps(candidate, other))) ?? null;
    if (box) taken.push(box);
    placed.set(request.id, box);
  }
  return requests.map((request) => ({ id: request.id, box: placed.get(request.id) ?? null }));
}
