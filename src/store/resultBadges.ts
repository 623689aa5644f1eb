import type { Report } from '../engine';

/** A component's part of one population's p99 (`LatencySummary.p99Breakdown`). */
export interface P99Share {
  populationId: string;
  /** Fraction of that population's p99 (0–1). */
  share: number;
  ms: number;
}

/** What a canvas node shows of the latest report. */
export interface ElementBadge {
  /** Busy fraction of the component's capacity (≥ 1 = saturated); null when it has no capacity limit. */
  utilization: number | null;
  /** Requests per second it receives at average load; null when the engine gave none. */
  loadRps: number | null;
  /** Whether its failure alone fails at least one population. */
  spof: boolean;
  /** Its largest part of a population's p99; null when it adds nothing to any. */
  p99Share: P99Share | null;
}

const sameShare = (a: P99Share | null, b: P99Share | null) => a === b || (a !== null && b !== null && a.populationId === b.populationId && a.share === b.share && a.ms === b.ms);

const sameBadge = (a: ElementBadge | undefined, b: ElementBadge) =>
  a !== undefined && a.utilization === b.utilization && a.loadRps === b.loadRps && a.spof === b.spof && sameShare(a.p99Share, b.p99Share);

/** Each component's largest share of a population's p99, over the populations whose requests reach it. */
function largestP99Shares(report: Report): Map<string, P99Share> {
  const shares = new Map<string, P99Share>();
  for (const [populationId, figure] of Object.entries(report.latency.byPopulation)) {
    if (!(figure.p99Ms > 0) || !Number.isFinite(figure.p99Ms)) continue;
    for (const term of figure.p99Breakdown) {
      if (term.elementId === undefined) continue;
      const share = term.value / figure.p99Ms;
      if (share > (shares.get(term.elementId)?.share ?? 0)) shares.set(term.elementId, { populationId, share, ms: term.value });
    }
  }
  return shares;
}

/**
 * One badge per component or group the report mentions. A badge equal to the previous report's is
 * that very object, so a node whose figures did not change does not re-render.
 */
export function elementBadges(report: Report, previous: Readonly<Record<string, ElementBadge>>): Record<string, ElementBadge> {
  const { utilization, loadRequestsPerSecond } = report.capacity;
  const spofs = new Set(report.availability.singlePointsOfFailure);
  const p99Shares = largestP99Shares(report);
  const ids = new Set([...Object.keys(utilization), ...Object.keys(loadRequestsPerSecond), ...spofs, ...p99Shares.keys()]);
  const badges: Record<string, ElementBadge> = {};
  for (const id of ids) {
    const badge = { utilization: utilization[id] ?? null, loadRps: loadRequestsPerSecond[id] ?? null, spof: spofs.has(id), p99Share: p99Shares.get(id) ?? null };
    const before = previous[id];
    badges[id] = sameBadge(before, badge) ? (before as ElementBadge) : badge;
  }
  return badges;
}
