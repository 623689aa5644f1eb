import type { Report } from '../engine';

/** What a canvas node shows of the latest report. */
export interface ElementBadge {
  /** Busy fraction of the component's capacity (≥ 1 = saturated); null when it has no capacity limit. */
  utilization: number | null;
  /** Requests per second it receives at average load; null when the engine gave none. */
  loadRps: number | null;
  /** Whether its failure alone fails at least one population. */
  spof: boolean;
}

const sameBadge = (a: ElementBadge | undefined, b: ElementBadge) => a !== undefined && a.utilization === b.utilization && a.loadRps === b.loadRps && a.spof === b.spof;

/**
 * One badge per component or group the report mentions. A badge equal to the previous report's is
 * that very object, so a node whose figures did not change does not re-render.
 */
export function elementBadges(report: Report, previous: Readonly<Record<string, ElementBadge>>): Record<string, ElementBadge> {
  const { utilization, loadRequestsPerSecond } = report.capacity;
  const spofs = new Set(report.availability.singlePointsOfFailure);
  const ids = new Set([...Object.keys(utilization), ...Object.keys(loadRequestsPerSecond), ...spofs]);
  const badges: Record<string, ElementBadge> = {};
  for (const id of ids) {
    const badge = { utilization: utilization[id] ?? null, loadRps: loadRequestsPerSecond[id] ?? null, spof: spofs.has(id) };
    const before = previous[id];
    badges[id] = sameBadge(before, badge) ? (before as ElementBadge) : badge;
  }
  return badges;
}
