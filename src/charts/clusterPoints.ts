/** Points drawn at one place: the first member's position stands for all of them. */
export interface PointCluster<T> {
  cx: number;
  cy: number;
  members: T[];
}

/**
 * Groups points whose dots would cover each other (centres closer than `distancePx`), so that
 * designs with the same figures are drawn as one mark that shows and names every one of them.
 */
export function clusterPoints<T extends { cx: number; cy: number }>(points: readonly T[], distancePx: number): PointCluster<T>[] {
  const clusters: PointCluster<T>[] = [];
  for (const point of points) {
    const near = clusters.find((cluster) => cluster.members.some((member) => Math.hypot(member.cx - point.cx, member.cy - point.cy) < distancePx));
    if (near) near.members.push(point);
    else clusters.push({ cx: point.cx, cy: point.cy, members: [point] });
  }
  return clusters;
}
