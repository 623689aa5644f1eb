import type { Report, SinglePoint } from '../engine';

/** A component's part of one population's p99 (`LatencySummary.p99Breakdown`). */
export interface P99Share {
  populationId: string;
  /** Fraction of that population's p99 (0–1). */
  share: number;
  ms: number;
}

/** A single point of failure as its badge shows it (`availability.singlePoints`): its kind, its share of the downtime, and its rank by that share. */
export interface SpofMark extends Pick<SinglePoint, 'kind' | 'unavailability' | 'shareOfDowntime'> {
  /** 1 for the single point that causes most downtime. */
  rank: number;
  /** How many single points of failure the design has. */
  count: number;
  /** The design's overall unavailability (a share of zero downtime reads "–"). */
  designUnavailability: number;
}

/** What a canvas node shows of the latest report. */
export interface ElementBadge {
  /** Busy fraction of the component's capacity (≥ 1 = saturated); null when it has no capacity limit. */
  utilization: number | null;
  /** Requests per second it receives at average load; null when the engine gave none. */
  loadRps: number | null;
  /** Set when its failure alone fails at least one population. */
  spof: SpofMark | null;
  /** Its largest part of a population's p99; null when it adds nothing to any. */
  p99Share: P99Share | null;
}

const sameShare = (a: P99Share | null, b: P99Share | null) => a === b || (a !== null && b !== null && a.populationId === b.populationId && a.share === b.share && a.ms === b.ms);

const sameSpof = (a: SpofMark | null, b: SpofMark | null) =>
  a === b ||
  (a !== null && b !== null && a.kind === b.kind && a.unavailability === b.unavailability && a.shareOfDowntime === b.shareOfDowntime && a.rank === b.rank && a.count === b.count && a.designUnavailability === b.designUnavailability);

const sameBadge = (a: ElementBadge | undefined, b: ElementBadge) =>
  a !== undefined && a.utilization === b.utilization && a.loadRps === b.loadRps && sameSpof(a.spof, b.spof) && sameShare(a.p99Share, b.p99Share);

/** Each single point of failure's mark, by element id (the engine lists them largest share first). */
function spofMarks(report: Report): Map<string, SpofMark> {
  const { singlePoints, unavailability } = report.availability;
  return new Map(
    singlePoints.map(({ id, kind, unavailability: own, shareOfDowntime }, i) => [id, { kind, unavailability: own, shareOfDowntime, rank: i + 1, count: singlePoints.length, designUnavailability: unavailability }]),
  );
}

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
  const spofs = spofMarks(report);
  const p99Shares = largestP99Shares(report);
  const ids = new Set([...Object.keys(utilization), ...Object.keys(loadRequestsPerSecond), ...spofs.keys(), ...p99Shares.keys()]);
  const badges: Record<string, ElementBadge> = {};
  for (const id of ids) {
    const badge = { utilization: utilization[id] ?? null, loadRps: loadRequestsPerSecond[id] ?? null, spof: spofs.get(id) ?? null, p99Share: p99Shares.get(id) ?? null };
    const before = previous[id];
    badges[id] = sameBadge(before, badge) ? (before as ElementBadge) : badge;
  }
  return badges;
}
