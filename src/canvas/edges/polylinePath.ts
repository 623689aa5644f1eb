import type { RoutePoint } from './routeAroundCards';

/** How round a routed edge's corners are, canvas pixels. */
const cornerRadiusPx = 8;

/** An SVG path through the points with rounded corners, as React Flow's smooth-step edges draw them. */
export function polylinePath(points: readonly RoutePoint[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M ${first.x} ${first.y}`;
  rest.forEach((corner, i) => {
    const before = points[i] as RoutePoint;
    const after = rest[i + 1];
    if (!after) {
      path += ` L ${corner.x} ${corner.y}`;
      return;
    }
    const radius = Math.min(cornerRadiusPx, Math.hypot(corner.x - before.x, corner.y - before.y) / 2, Math.hypot(after.x - corner.x, after.y - corner.y) / 2);
    const toward = (from: RoutePoint, to: RoutePoint) => {
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / length) * radius, y: from.y + ((to.y - from.y) / length) * radius };
    };
    const [enter, leave] = [toward(corner, before), toward(corner, after)];
    path += ` L ${enter.x} ${enter.y} Q ${corner.x} ${corner.y} ${leave.x} ${leave.y}`;
  });
  return path;
}
