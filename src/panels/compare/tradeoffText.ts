import { formatDowntime, formatMs, formatRps, formatSeconds, formatUnavailability, formatUsdWhole } from '../../charts';
import type { FailureClass } from '../../engine';
import { failureClassNames } from '../results/resultLabels';
import { elementNames, type Scenario } from '../../model';

const figureLabels: Readonly<Record<string, string>> = {
  maxRequestsPerSecond: 'Max sustainable load',
  headroomAtPeak: 'Headroom at peak',
  autoscaledFleets: 'Fleets that autoscale',
  fleets: 'Fleets',
  bottleneck: 'Bottleneck',
  nines: 'Nines',
  unavailability: 'Unavailability',
  downtimeMinutesPerMonth: 'Downtime per month',
  singlePointsOfFailure: 'Single points of failure',
  eventsMissingTargets: 'Failure events missing targets',
  p99Ms: 'p99, all users',
  monthlyUsd: 'Cost per month',
  perMillionRequestsUsd: 'Cost per million requests',
  pricedIn: 'Priced in (share of the bill)',
  usEast1MonthlyUsd: 'The same bill at us-east-1 prices',
  regionalPremium: 'Regional premium over us-east-1 prices',
  deployables: 'Deployables',
  regions: 'Regions',
  dataStores: 'Data stores',
  replicationLinks: 'Replication links',
  crossRegionCalls: 'Cross-region calls',
  publicEndpoints: 'Public entry points',
  crossRegionLinks: 'Cross-region links',
  residencyViolations: 'Residency violations',
  staleReadStores: 'Stores that may serve stale reads',
};

/** The failure class of a per-class recovery figure (`rtoSeconds.zone` → zone), else null. */
function failureClassOfFigure(key: string): FailureClass | null {
  const [measure, kind] = key.split('.');
  return (measure === 'rtoSeconds' || measure === 'rpoSeconds') && kind !== undefined && kind in failureClassNames ? (kind as FailureClass) : null;
}

/** The name of an element in the first document that has it (`elementNames`), else its id. */
function elementName(documents: readonly Scenario[], id: string): string {
  const document = documents.find((candidate) => [...candidate.clients, ...candidate.groups, ...candidate.components].some((element) => element.id === id));
  return document ? elementNames(document)(id) : id;
}

/** What a figure of the tradeoff table is called on screen: `p99Ms.users-eu` → "p99, Users in Europe". */
export function figureLabel(key: string, documents: readonly Scenario[]): string {
  const known = figureLabels[key];
  if (known) return known;
  if (key.startsWith('p99Ms.')) return `p99, ${elementName(documents, key.slice('p99Ms.'.length))}`;
  const failureClass = failureClassOfFigure(key);
  if (failureClass) return `${failureClassNames[failureClass]} (${key.startsWith('rto') ? 'RTO / RPO' : 'RPO'})`;
  return elementName(documents, key);
}

/**
 * A figure with its unit, as the rest of the app writes it ("2.13k req/s", "34 m 23 s", "$3,479"); an
 * element a figure names (the bottleneck) by its name in `document`, the scenario of that column.
 */
export function figureText(key: string, value: number | string | undefined, document?: Scenario): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return key === 'bottleneck' && document ? elementNames(document)(value) : value;
  if (key === 'maxRequestsPerSecond') return formatRps(value);
  if (key === 'headroomAtPeak') return Number.isFinite(value) ? `${value.toFixed(1)}×` : 'unlimited';
  if (key === 'nines') return Number.isFinite(value) ? value.toFixed(2) : 'no downtime';
  if (key === 'unavailability') return formatUnavailability(value);
  if (key === 'downtimeMinutesPerMonth') return formatDowntime(value);
  if (failureClassOfFigure(key)) return formatSeconds(value);
  if (key.startsWith('p99Ms')) return formatMs(value);
  // Bills side by side to the dollar: "$4.5k" would show two designs $26 apart as equal.
  if (key === 'monthlyUsd' || key === 'perMillionRequestsUsd' || key === 'usEast1MonthlyUsd') return formatUsdWhole(value);
  return String(value);
}

/** A difference from the baseline, signed, in the figure's unit: "+$688", "−3", "+26 ms"; empty for none. */
export function deltaText(key: string, delta: number | null): string {
  if (delta === null || delta === 0) return '';
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${figureText(key, Math.abs(delta))}`;
}
