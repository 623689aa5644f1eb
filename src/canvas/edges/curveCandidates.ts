import type { EdgeEnds, Side } from './floatingEdgeGeometry';
import { tryAlong, type LabelCandidate } from './placeLabel';

/** React Flow's default bezier curvature, which `getBezierPath` draws with. */
const curvature = 0.25;
const arcSamples = 24;

const outward: Record<Side, { x: number; y: number }> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };

/** How far a control point sits from its end, as React Flow's `getBezierPath` places it (@xyflow/system calculateControlOffset). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

function control(side: Side, x: number, y: number, towardX: number, towardY: number) {
  const out = outward[side];
  const offset = controlOffset(out.x !== 0 ? (towardX - x) * out.x : (towardY - y) * out.y);
  return { x: x + out.x * offset, y: y + out.y * offset };
}

/** Candidate spots for the label of an edge drawn as React Flow's bezier between `ends`: along the curve, the middle first. */
export function curveCandidates(ends: EdgeEnds): LabelCandidate[] {
  const p0 = { x: ends.sourceX, y: ends.sourceY };
  const p3 = { x: ends.targetX, y: ends.targetY };
  const p1 = control(ends.sourceSide, p0.x, p0.y, p3.x, p3.y);
  const p2 = control(ends.targetSide, p3.x, p3.y, p0.x, p0.y);
  const at = (t: number) => {
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
  };
  const arcTo = (t: number) => {
    let length = 0;
    for (let i = 1; i <= arcSamples; i += 1) {
      const [from, to] = [at((t * (i - 1)) / arcSamples), at((t * i) / arcSamples)];
      length += Math.hypot(to.x - from.x, to.y - from.y);
    }
    return length;
  };
  const totalPx = arcTo(1);
  return tryAlong.map((t) => {
    const point = at(t);
    const [before, after] = [at(Math.max(0, t - 0.01)), at(Math.min(1, t + 0.01))];
    const beforePx = arcTo(t);
    return { ...point, beforePx, afterPx: totalPx - beforePx, vertical: Math.abs(after.y - before.y) > Math.abs(after.x - before.x) };
  });
}
