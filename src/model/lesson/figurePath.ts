import { isReservedKey } from '../reservedKeys';

/**
 * Report figures a lesson goal may name, as typed dotted paths into the SPEC §4 report:
 * `latency.population.users-eu.p99Ms`, `availability.overall.percent`, `cost.monthlyUsd`,
 * `recovery.event.region:us-east-1.rpoSeconds`… Element ids may contain dots, so a path is read as
 * a known prefix, then the id, then a known last segment.
 */

export const latencyMetrics = ['p50Ms', 'p95Ms', 'p99Ms', 'meanMs'] as const;
export const availabilityMetrics = ['percent', 'nines', 'downtimeMinutesPerMonth'] as const;
export const recoveryEventMetrics = ['rtoSeconds', 'rpoSeconds'] as const;

export type LatencyMetric = (typeof latencyMetrics)[number];
export type AvailabilityMetric = (typeof availabilityMetrics)[number];
export type RecoveryEventMetric = (typeof recoveryEventMetrics)[number];

export type FigurePath =
  | `latency.overall.${LatencyMetric}`
  | `latency.population.${string}.${LatencyMetric}`
  | `availability.overall.${AvailabilityMetric}`
  | `availability.population.${string}.${AvailabilityMetric}`
  | 'availability.singlePointsOfFailure'
  | 'capacity.maxRequestsPerSecond'
  | `capacity.utilization.${string}`
  | 'cost.monthlyUsd'
  | 'cost.perMillionRequestsUsd'
  | `cost.category.${string}`
  | 'recovery.worstRtoSeconds'
  | 'recovery.worstRpoSeconds'
  | `recovery.event.${string}.${RecoveryEventMetric}`;

/** The unit a figure is measured in; a goal's threshold is written in it (or a time unit convertible to it). */
export type FigureUnit = 'ms' | 's' | '%' | 'nines' | 'min/month' | 'count' | 'req/s' | 'USD/month' | 'USD/M requests';

/** A figure path read into its parts: which section, which element (if any), which metric. */
export type FigureRef =
  | { section: 'latency'; population: string | null; metric: LatencyMetric }
  | { section: 'availability'; population: string | null; metric: AvailabilityMetric }
  | { section: 'singlePointsOfFailure' }
  | { section: 'maxRequestsPerSecond' }
  | { section: 'utilization'; component: string }
  | { section: 'monthlyUsd' }
  | { section: 'perMillionRequestsUsd' }
  | { section: 'costCategory'; category: string }
  | { section: 'worstRecovery'; metric: RecoveryEventMetric }
  | { section: 'recoveryEvent'; event: string; metric: RecoveryEventMetric };

const fixed: Readonly<Record<string, FigureRef>> = {
  'availability.singlePointsOfFailure': { section: 'singlePointsOfFailure' },
  'capacity.maxRequestsPerSecond': { section: 'maxRequestsPerSecond' },
  'cost.monthlyUsd': { section: 'monthlyUsd' },
  'cost.perMillionRequestsUsd': { section: 'perMillionRequestsUsd' },
  'recovery.worstRtoSeconds': { section: 'worstRecovery', metric: 'rtoSeconds' },
  'recovery.worstRpoSeconds': { section: 'worstRecovery', metric: 'rpoSeconds' },
};

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** `prefix.<id>.<metric>` → [id, metric], or null when the shape does not fit. */
function splitIdAndMetric(path: string, prefix: string): [string, string] | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const dot = rest.lastIndexOf('.');
  if (dot <= 0) return null;
  return [rest.slice(0, dot), rest.slice(dot + 1)];
}

function withElement(path: string): FigureRef | null {
  const latency = splitIdAndMetric(path, 'latency.population.');
  if (latency && includes(latencyMetrics, latency[1])) return { section: 'latency', population: latency[0], metric: latency[1] };
  const availability = splitIdAndMetric(path, 'availability.population.');
  if (availability && includes(availabilityMetrics, availability[1])) return { section: 'availability', population: availability[0], metric: availability[1] };
  const event = splitIdAndMetric(path, 'recovery.event.');
  if (event && includes(recoveryEventMetrics, event[1])) return { section: 'recoveryEvent', event: event[0], metric: event[1] };
  if (path.startsWith('capacity.utilization.') && path.length > 'capacity.utilization.'.length) return { section: 'utilization', component: path.slice('capacity.utilization.'.length) };
  if (path.startsWith('cost.category.') && path.length > 'cost.category.'.length) return { section: 'costCategory', category: path.slice('cost.category.'.length) };
  return null;
}

/** Reads a figure path, or returns null when it names no report figure (or has a segment that reaches a prototype). */
export function parseFigurePath(path: string): FigureRef | null {
  if (path.split('.').some(isReservedKey)) return null;
  const known = Object.hasOwn(fixed, path) ? fixed[path] : undefined;
  if (known) return known;
  const overall = /^(latency|availability)\.overall\.(\w+)$/.exec(path);
  if (overall?.[1] === 'latency' && includes(latencyMetrics, overall[2] ?? '')) return { section: 'latency', population: null, metric: overall[2] as LatencyMetric };
  if (overall?.[1] === 'availability' && includes(availabilityMetrics, overall[2] ?? '')) return { section: 'availability', population: null, metric: overall[2] as AvailabilityMetric };
  return withElement(path);
}

const availabilityUnits: Record<AvailabilityMetric, FigureUnit> = { percent: '%', nines: 'nines', downtimeMinutesPerMonth: 'min/month' };

/** The unit a figure is reported in. */
export function figureUnit(ref: FigureRef): FigureUnit {
  switch (ref.section) {
    case 'latency':
      return 'ms';
    case 'availability':
      return availabilityUnits[ref.metric];
    case 'singlePointsOfFailure':
      return 'count';
    case 'maxRequestsPerSecond':
      return 'req/s';
    case 'utilization':
      return '%';
    case 'monthlyUsd':
    case 'costCategory':
      return 'USD/month';
    case 'perMillionRequestsUsd':
      return 'USD/M requests';
    case 'worstRecovery':
    case 'recoveryEvent':
      return 's';
  }
}

/** A hint for people writing a goal by hand, shown when a path names no figure. */
export const figurePathHelp =
  'must name a report figure, e.g. latency.population.<id>.p99Ms, latency.overall.p95Ms, availability.overall.percent, availability.population.<id>.nines, cost.monthlyUsd, cost.category.<name>, capacity.maxRequestsPerSecond, capacity.utilization.<id>, recovery.worstRpoSeconds or recovery.event.<kind>:<id>.rtoSeconds';
