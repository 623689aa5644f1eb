import type { AvailabilityFigure, LatencySummary, Report } from '../engine';
import { availabilityPercent, downtimeMinutesNumber } from '../format';
import { categoryName } from './categoryName';
import { reportNames, type ReportNames, type ReportScenario } from './reportNames';
import { formatCsv } from './table';

/** One fact of the report: which section, which element (by name, or `overall`, `design`, `total`), which figure, its value and unit. */
type Fact = [section: string, item: string, metric: string, value: string, unit: string];

const header = ['section', 'item', 'metric', 'value', 'unit'];

/**
 * A number rounded to what it means (full precision stays in the JSON report): `decimals` places, or
 * with `significant` figures for probabilities that may be tiny; locale-free; an unbounded figure is
 * `Infinity` (never `NaN`, never empty).
 */
function num(value: number, { decimals, significant }: { decimals?: number; significant?: number }): string {
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (significant !== undefined) return value === 0 ? '0' : String(Number(value.toPrecision(significant)));
  return String(Number(value.toFixed(decimals ?? 2)));
}
const ms = (value: number) => num(value, { decimals: 2 });
const usd = (value: number) => num(value, { decimals: 2 });
const rps = (value: number) => num(value, { decimals: 1 });
const probability = (value: number) => num(value, { significant: 4 });

/**
 * Text a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`,
 * so that a scenario name or id opened in Excel or LibreOffice stays text (OWASP "CSV injection").
 */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function latencyFacts(item: string, s: LatencySummary): Fact[] {
  if (s.connected === false) return [['latency', item, 'connected', 'false', '']];
  return [
    ['latency', item, 'p50Ms', ms(s.p50Ms), 'ms'],
    ['latency', item, 'p95Ms', ms(s.p95Ms), 'ms'],
    ['latency', item, 'p99Ms', ms(s.p99Ms), 'ms'],
    ['latency', item, 'meanMs', ms(s.meanMs), 'ms'],
    ['latency', item, 'saturated', String(s.saturated), ''],
    ['latency', item, 'saturatesAtRequestsPerSecond', rps(s.saturatesAtRequestsPerSecond), 'requests/s'],
  ];
}

/** Availability as a percentage from U, so that 1 − 1e-18 does not print as 1. */
function availabilityFacts(item: string, f: AvailabilityFigure): Fact[] {
  if (f.connected === false) return [['availability', item, 'connected', 'false', '']];
  return [
    ['availability', item, 'availability', availabilityPercent(f.unavailability, 4).replace(' %', ''), '%'],
    ['availability', item, 'unavailability', probability(f.unavailability), 'probability'],
    ['availability', item, 'nines', num(f.nines, { decimals: 2 }), 'nines'],
    ['availability', item, 'downtimeMinutesPerMonth', downtimeMinutesNumber(f.downtimeMinutesPerMonth).replace('∞', 'Infinity'), 'min/month'],
  ];
}

function capacityFacts({ capacity }: Report, { nameOf }: ReportNames): Fact[] {
  const facts: Fact[] = [
    ['capacity', 'design', 'maxRequestsPerSecond', rps(capacity.maxRequestsPerSecond), 'requests/s'],
    ['capacity', 'design', 'bottleneck', text(capacity.bottleneck === null ? 'none' : nameOf(capacity.bottleneck)), ''],
    ['capacity', 'design', 'saturated', String(capacity.saturated), ''],
  ];
  for (const [id, rho] of Object.entries(capacity.utilization)) {
    const item = text(nameOf(id));
    facts.push(['capacity', item, 'loadRequestsPerSecond', rps(capacity.loadRequestsPerSecond[id] ?? 0), 'requests/s'], ['capacity', item, 'utilization', num(rho, { decimals: 4 }), 'fraction']);
    const needed = capacity.instancesNeeded[id];
    if (needed) facts.push(['capacity', item, 'instancesNeededAverage', num(needed.average, { decimals: 2 }), 'instances'], ['capacity', item, 'instancesNeededPeak', num(needed.peak, { decimals: 2 }), 'instances']);
  }
  return facts;
}

function reliabilityFacts({ availability, recovery }: Report, { nameOf, describeEvent }: ReportNames): Fact[] {
  return [
    ...availabilityFacts('overall', availability),
    ...Object.entries(availability.byPopulation).flatMap(([id, figure]) => availabilityFacts(text(nameOf(id)), figure)),
    ...availability.singlePoints.flatMap((point): Fact[] => [
      ['availability', text(nameOf(point.id)), 'singlePointOfFailure', point.kind, ''],
      ['availability', text(nameOf(point.id)), 'shareOfDowntime', num(point.shareOfDowntime, { decimals: 4 }), 'fraction'],
    ]),
    ...Object.entries(availability.importance).map(([id, delta]): Fact => ['availability', text(nameOf(id)), 'importance', probability(delta), 'ΔU if perfect']),
    ...recovery.events.flatMap((e): Fact[] => {
      const item = text(describeEvent(e));
      return [
        ['recovery', item, 'survived', String(e.survived), ''],
        ['recovery', item, 'rtoSeconds', num(e.rtoSeconds, { significant: 4 }), 's'],
        ['recovery', item, 'rpoSeconds', num(e.rpoSeconds, { significant: 4 }), 's'],
        ['recovery', item, 'meetsTargets', String(e.meetsTargets), ''],
      ];
    }),
  ];
}

/** A tradeoff figure's key, element ids by name (a store's consistency, `p99Ms.<population>`); figure keys stay as they are. */
function tradeoffKey(key: string, nameOf: (id: string) => string): string {
  return key.startsWith('p99Ms.') ? `p99Ms ${nameOf(key.slice('p99Ms.'.length))}` : nameOf(key);
}

function tradeoffValue(key: string, value: number | string, nameOf: (id: string) => string): string {
  if (typeof value === 'number') return num(value, { significant: 6 });
  return text(key === 'bottleneck' && value !== 'none' ? nameOf(value) : value);
}

function costAndTradeoffFacts({ cost, tradeoffs, warnings }: Report, { nameOf }: ReportNames): Fact[] {
  return [
    ['cost', 'total', 'monthlyUsd', usd(cost.monthlyUsd), 'USD/month'],
    ['cost', 'total', 'perMillionRequestsUsd', usd(cost.perMillionRequestsUsd), 'USD'],
    ...Object.entries(cost.byCategory).map(([category, value]): Fact => ['costByCategory', categoryName(category), 'monthlyUsd', usd(value), 'USD/month']),
    ...Object.entries(cost.byComponent).map(([id, value]): Fact => ['costByComponent', text(nameOf(id)), 'monthlyUsd', usd(value), 'USD/month']),
    ...tradeoffs.rows.flatMap((row): Fact[] => [
      ...Object.entries(row.values).map(([key, value]): Fact => ['tradeoffs', row.concern, text(tradeoffKey(key, nameOf)), tradeoffValue(key, value, nameOf), '']),
      ['tradeoffs', row.concern, 'summary', text(row.summary), ''],
    ]),
    ...warnings.map((w): Fact => ['warnings', text(w.elementId ? nameOf(w.elementId) : ''), w.code, text(w.message), '']),
  ];
}

/**
 * The report (SPEC §4) as one tidy RFC 4180 CSV table, a fact a row (`section,item,metric,value,unit`),
 * so that a spreadsheet or a script can filter and pivot it: elements by their names (`reportNames`),
 * numbers rounded to what they mean (ms and USD to 2 decimals, probabilities to 4 figures, availability
 * as a percentage from U), unbounded ones as `Infinity`, booleans as `true`/`false`. Full precision
 * stays in the JSON report.
 */
export function reportCsv(report: Report, scenario: ReportScenario): string {
  const names = reportNames(scenario);
  const facts: Fact[] = [
    ['scenario', 'design', 'name', text(report.scenario.name), ''],
    ...latencyFacts('overall', report.latency.overall),
    ...Object.entries(report.latency.byPopulation).flatMap(([id, summary]) => latencyFacts(text(names.nameOf(id)), summary)),
    ...capacityFacts(report, names),
    ...reliabilityFacts(report, names),
    ...costAndTradeoffFacts(report, names),
  ];
  return formatCsv(header, facts);
}
