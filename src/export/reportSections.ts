import type { CostReport, LatencyReport, LatencySummary, Report } from '../engine';
import { categoryName } from './categoryName';
import { msText, percentText, usdText } from './reportFigures';
import { reportNames, type ReportNames, type ReportScenario } from './reportNames';
import { concernLabels } from './concernLabels';
import { tableBlock, type ReportSection } from './reportSection';
import { availabilitySection, notConnected, recoverySection } from './reliabilitySections';

/** A population's (or the whole design's) p50, p95, p99 and mean, ms; "not connected" for one that sends requests nowhere. */
export function latencyRow(name: string, s: LatencySummary): string[] {
  if (s.connected === false) return [name, notConnected, '', '', ''];
  return [name, msText(s.p50Ms), msText(s.p95Ms), msText(s.p99Ms), msText(s.meanMs)];
}

/** Latency per population, overall first ("not connected" for a population that sends requests nowhere). */
export function latencySection(latency: LatencyReport, { nameOf }: ReportNames): ReportSection {
  const rows = [latencyRow('overall', latency.overall), ...Object.entries(latency.byPopulation).map(([id, s]) => latencyRow(nameOf(id), s))];
  return { title: 'Latency (ms)', blocks: [tableBlock(['population', 'p50', 'p95', 'p99', 'mean'], rows)] };
}

/** Cost per month and per million requests, by category, then (unless `byComponent` is false) by component. */
export function costSection(cost: CostReport, { nameOf }: ReportNames, { byComponent = true } = {}): ReportSection {
  const categories = tableBlock(['category', 'USD/month'], Object.entries(cost.byCategory).map(([category, value]) => [categoryName(category), usdText(value)]));
  const components = tableBlock(['component', 'USD/month'], Object.entries(cost.byComponent).map(([id, value]) => [nameOf(id), usdText(value)]));
  return { title: 'Cost', summary: `${usdText(cost.monthlyUsd)} / month, ${usdText(cost.perMillionRequestsUsd)} per million requests`, blocks: byComponent ? [categories, components] : [categories] };
}

/**
 * The whole report (SPEC §4) as titled sections of text and tables, in the order people read it:
 * latency, capacity, availability, recovery, cost, tradeoffs and warnings, every element named as
 * `scenario` names it (`reportNames`). The terminal and the Markdown export both write these; the
 * scenario's recovery targets title the recovery table.
 */
export function reportSections(report: Report, scenario: ReportScenario): ReportSection[] {
  const { latency, capacity, availability, recovery, cost, tradeoffs, warnings } = report;
  const names = reportNames(scenario);
  const { nameOf } = names;
  const utilizationRows = Object.entries(capacity.utilization).map(([id, rho]) => [nameOf(id), (capacity.loadRequestsPerSecond[id] ?? 0).toFixed(1), percentText(rho)]);
  const bottleneck = capacity.bottleneck === null ? 'none' : nameOf(capacity.bottleneck);
  const sections: ReportSection[] = [
    latencySection(latency, names),
    {
      title: 'Capacity',
      summary: `sustains ${capacity.maxRequestsPerSecond.toFixed(0)} requests/s; bottleneck ${bottleneck}${capacity.saturated ? '; SATURATED' : ''}`,
      blocks: [tableBlock(['component', 'load req/s', 'utilization'], utilizationRows)],
    },
    availabilitySection(availability, names),
    recoverySection(recovery, names, scenario.recovery?.targets),
    costSection(cost, names),
    { title: 'Tradeoffs', blocks: [tableBlock(['concern', 'summary'], tradeoffs.rows.map((row) => [concernLabels[row.concern], row.summary]))] },
  ];
  if (warnings.length > 0) sections.push({ title: 'Warnings', blocks: [{ kind: 'list', items: warnings.map((w) => w.message) }] });
  return sections;
}
