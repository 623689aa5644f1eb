import type { AvailabilityFigure, LatencySummary, Report } from '../engine';
import { formatCsv } from './table';

/** One fact of the report: which section, which element (or `overall`, `design`, `total`), which figure, its value and unit. */
type Fact = [section: string, item: string, metric: string, value: string, unit: string];

const header = ['section', 'item', 'metric', 'value', 'unit'];

/** Full precision, locale-free; an unbounded figure is written `Infinity` (never `NaN`, never empty). */
const num = (value: number) => (Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : '-Infinity');

/**
 * Text a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`,
 * so that a scenario name or id opened in Excel or LibreOffice stays text (OWASP "CSV injection").
 */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function latencyFacts(item: string, s: LatencySummary): Fact[] {
  return [
    ['latency', item, 'p50Ms', num(s.p50Ms), 'ms'],
    ['latency', item, 'p95Ms', num(s.p95Ms), 'ms'],
    ['latency', item, 'p99Ms', num(s.p99Ms), 'ms'],
    ['latency', item, 'meanMs', num(s.meanMs), 'ms'],
    ['latency', item, 'saturated', String(s.saturated), ''],
    ['latency', item, 'saturatesAtRequestsPerSecond', num(s.saturatesAtRequestsPerSecond), 'requests/s'],
  ];
}

function availabilityFacts(item: string, f: AvailabilityFigure): Fact[] {
  return [
    ['availability', item, 'availability', num(f.availability), 'probability'],
    ['availability', item, 'unavailability', num(f.unavailability), 'probability'],
    ['availability', item, 'nines', num(f.nines), 'nines'],
    ['availability', item, 'downtimeMinutesPerMonth', num(f.downtimeMinutesPerMonth), 'min/month'],
  ];
}

function capacityFacts({ capacity }: Report): Fact[] {
  const facts: Fact[] = [
    ['capacity', 'design', 'maxRequestsPerSecond', num(capacity.maxRequestsPerSecond), 'requests/s'],
    ['capacity', 'design', 'bottleneck', text(capacity.bottleneck ?? 'none'), ''],
    ['capacity', 'design', 'saturated', String(capacity.saturated), ''],
  ];
  for (const [id, rho] of Object.entries(capacity.utilization)) {
    facts.push(['capacity', text(id), 'loadRequestsPerSecond', num(capacity.loadRequestsPerSecond[id] ?? 0), 'requests/s'], ['capacity', text(id), 'utilization', num(rho), 'fraction']);
    const needed = capacity.instancesNeeded[id];
    if (needed) facts.push(['capacity', text(id), 'instancesNeededAverage', num(needed.average), 'instances'], ['capacity', text(id), 'instancesNeededPeak', num(needed.peak), 'instances']);
  }
  return facts;
}

function reliabilityFacts({ availability, recovery }: Report): Fact[] {
  return [
    ...availabilityFacts('overall', availability),
    ...Object.entries(availability.byPopulation).flatMap(([id, figure]) => availabilityFacts(text(id), figure)),
    ...availability.singlePointsOfFailure.map((id): Fact => ['availability', text(id), 'singlePointOfFailure', 'true', '']),
    ...Object.entries(availability.importance).map(([id, delta]): Fact => ['availability', text(id), 'importance', num(delta), 'ΔU if perfect']),
    ...recovery.events.flatMap((e): Fact[] => [
      ['recovery', text(e.id), 'kind', e.kind, ''],
      ['recovery', text(e.id), 'target', text(e.target), ''],
      ['recovery', text(e.id), 'survived', String(e.survived), ''],
      ['recovery', text(e.id), 'rtoSeconds', num(e.rtoSeconds), 's'],
      ['recovery', text(e.id), 'rpoSeconds', num(e.rpoSeconds), 's'],
      ['recovery', text(e.id), 'meetsTargets', String(e.meetsTargets), ''],
    ]),
  ];
}

function costAndTradeoffFacts({ cost, tradeoffs, warnings }: Report): Fact[] {
  return [
    ['cost', 'total', 'monthlyUsd', num(cost.monthlyUsd), 'USD/month'],
    ['cost', 'total', 'perMillionRequestsUsd', num(cost.perMillionRequestsUsd), 'USD'],
    ...Object.entries(cost.byCategory).map(([category, usd]): Fact => ['costByCategory', category, 'monthlyUsd', num(usd), 'USD/month']),
    ...Object.entries(cost.byComponent).map(([id, usd]): Fact => ['costByComponent', text(id), 'monthlyUsd', num(usd), 'USD/month']),
    ...tradeoffs.rows.flatMap((row): Fact[] => [
      ...Object.entries(row.values).map(([key, value]): Fact => ['tradeoffs', row.concern, text(key), typeof value === 'number' ? num(value) : text(value), '']),
      ['tradeoffs', row.concern, 'summary', text(row.summary), ''],
    ]),
    ...warnings.map((w): Fact => ['warnings', text(w.elementId ?? ''), w.code, text(w.message), '']),
  ];
}

/**
 * The report (SPEC §4) as one tidy RFC 4180 CSV table, a fact a row (`section,item,metric,value,unit`),
 * so that a spreadsheet or a script can filter and pivot it: numbers at full precision, unbounded ones
 * as `Infinity`, booleans as `true`/`false`.
 */
export function reportCsv(report: Report): string {
  const facts: Fact[] = [
    ['scenario', text(report.scenario.id), 'name', text(report.scenario.name), ''],
    ...latencyFacts('overall', report.latency.overall),
    ...Object.entries(report.latency.byPopulation).flatMap(([id, summary]) => latencyFacts(text(id), summary)),
    ...capacityFacts(report),
    ...reliabilityFacts(report),
    ...costAndTradeoffFacts(report),
  ];
  return formatCsv(header, facts);
}
