import type { TradeoffRow } from '../report';

type Concern = TradeoffRow['concern'];

/** Figures for which less is better; anything else that is a number and not listed in `higherIsBetter` is not a score. */
const lowerIsBetter: ReadonlySet<string> = new Set([
  'unavailability',
  'downtimeMinutesPerMonth',
  'singlePointsOfFailure',
  'eventsMissingTargets',
  'p99Ms',
  'monthlyUsd',
  'perMillionRequestsUsd',
  'deployables',
  'regions',
  'dataStores',
  'replicationLinks',
  'crossRegionCalls',
  'publicEndpoints',
  'crossRegionLinks',
  'residencyViolations',
  'staleReadStores',
]);

const higherIsBetter: ReadonlySet<string> = new Set(['maxRequestsPerSecond', 'headroomAtPeak', 'autoscaledFleets', 'nines']);

/**
 * Which way a tradeoff figure is better: lower for costs, latencies, downtime, recovery times and
 * counts of moving parts or exposures; higher for capacity, headroom and nines; null for figures that
 * are not scores (a fleet count, the bottleneck's name, a data store's consistency). Per-population
 * p99s (`p99Ms.<population>`) are latencies; per-class RTO and RPO (`rtoSeconds.<class>`) are times.
 */
export function tradeoffFigureRule(concern: Concern, key: string): 'lower' | 'higher' | null {
  if (concern === 'performance' && key.startsWith('p99Ms')) return 'lower';
  if (concern === 'reliability' && (key.startsWith('rtoSeconds.') || key.startsWith('rpoSeconds.'))) return 'lower';
  if (concern === 'consistency' && key !== 'staleReadStores') return null;
  if (lowerIsBetter.has(key)) return 'lower';
  return higherIsBetter.has(key) ? 'higher' : null;
}

/**
 * The figures that decide each row's winner, in order (ties go to the next): capacity; nines then the
 * RTO and RPO of a region loss (what DR strategies are built for); overall p99; monthly cost; fewer
 * regions, deployables, data stores and links to run; fewer residency violations, cross-region links
 * and public entry points; fewer stores that may serve stale reads.
 */
export const tradeoffWinnerKeys: Readonly<Record<Concern, readonly string[]>> = {
  scalability: ['maxRequestsPerSecond', 'headroomAtPeak'],
  reliability: ['nines', 'rtoSeconds.region', 'rpoSeconds.region'],
  performance: ['p99Ms'],
  cost: ['monthlyUsd'],
  operationalComplexity: ['regions', 'deployables', 'dataStores', 'replicationLinks', 'crossRegionCalls'],
  security: ['residencyViolations', 'crossRegionLinks', 'publicEndpoints'],
  consistency: ['staleReadStores'],
};
