import type { AvailabilityFigure, LatencySummary, Report } from '../../engine';
import type { ReportScenario } from '../reportNames';

const summary = (p50Ms: number, p99Ms: number, saturated = false): LatencySummary => ({
  p50Ms,
  p95Ms: p99Ms * 0.9,
  p99Ms,
  meanMs: p50Ms * 1.2,
  cdf: [],
  saturated,
  saturatesAtRequestsPerSecond: saturated ? 0 : 2400,
  explain: [],
  p99Breakdown: [],
  waterfall: [],
});

const figure = (unavailability: number): AvailabilityFigure => ({
  availability: 1 - unavailability,
  unavailability,
  nines: -Math.log10(unavailability),
  downtimeMinutesPerMonth: unavailability * 43_800,
  downtimeMinutesPerYear: unavailability * 525_600,
  explain: [],
});

/** The names of the fixture's elements, as its scenario would give them. */
export const fixtureNames = {
  clients: [
    { id: 'users-eu', name: 'Users in Europe' },
    { id: 'users-us', name: 'Users in US East' },
  ],
  groups: [],
  components: [
    { id: 'app', name: 'App servers' },
    { id: 'db', name: 'Orders DB' },
    { id: 'lb', name: 'Application LB' },
  ],
  recovery: { targets: { rtoSec: 900, rpoSec: 60 } },
} satisfies ReportScenario;

/** A small hand-made report with a hostile scenario name, a saturated population and a warning. */
export function reportFixture(): Report {
  return {
    scenario: { id: 'shop', name: '=cmd|"calc" <b>*Shop*</b> | v2' },
    latency: {
      overall: summary(40, 125.75),
      byPopulation: { 'users-eu': summary(40, 125.75), 'users-us': { ...summary(0, 0, true), p50Ms: Infinity, p95Ms: Infinity, p99Ms: Infinity, meanMs: Infinity } },
    },
    capacity: {
      maxRequestsPerSecond: 2400,
      bottleneck: 'app',
      utilization: { app: 0.4167, db: 0.026 },
      saturated: false,
      loadRequestsPerSecond: { app: 1000, db: 62.5 },
      instancesNeeded: { app: { average: 3, peak: 7 } },
    },
    availability: { ...figure(7.849e-4), byPopulation: { 'users-eu': figure(7.849e-4) }, singlePointsOfFailure: ['lb'], singlePoints: [{ id: 'lb', kind: 'managedService', unavailability: 1e-4, shareOfDowntime: 1e-4 / 7.849e-4 }], importance: { lb: 1e-4, db: 2.5e-5 } },
    recovery: {
      events: [{ id: 'corruption:db', kind: 'corruption', target: 'db', survived: false, rtoSeconds: 1800, rpoSeconds: 0.25, meetsTargets: false, rtoCauseId: 'db', rpoCauseId: 'db', explain: { rto: [], rpo: [] } }],
      worstRtoSeconds: 1800,
      worstRpoSeconds: 0.25,
      byClass: {
        corruption: { rto: { seconds: 1800, eventId: 'corruption:db', causeId: 'db' }, rpo: { seconds: 0.25, eventId: 'corruption:db', causeId: 'db' }, events: 1, survived: 0, meetsTargets: false, beyondDesign: null },
      },
    },
    cost: { monthlyUsd: 4518.126, perMillionRequestsUsd: Infinity, byCategory: { compute: 630.72 }, byComponent: { app: 630.72 }, byRegion: { global: 4518.126 }, usEast1MonthlyUsd: 4518.126, usEast1ByRegion: { global: 4518.126 }, regionalPremium: 0, lineItems: [], transferByEdge: {} },
    tradeoffs: { rows: [{ concern: 'cost', values: { monthlyUsd: 4518.126 }, summary: '$4518 / month, a, b' }] },
    warnings: [{ code: 'graph.cycle', message: 'Calls loop: "a" → "b" → [a](javascript:x)', elementId: 'a' }],
  };
}
