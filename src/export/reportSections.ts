import type { Report } from '../engine';
import { msText, percentText, usdText } from './reportFigures';
import { tableBlock, type ReportSection } from './reportSection';
import { availabilitySection, recoverySection } from './reliabilitySections';

/**
 * The whole report (SPEC §4) as titled sections of text and tables, in the order people read it:
 * latency, capacity, availability, recovery, cost, tradeoffs and warnings. The terminal and the
 * Markdown export both write these; `recoveryTargets` (the scenario's) title the recovery table.
 */
export function reportSections(report: Report, recoveryTargets?: { rtoSec: number; rpoSec: number }): ReportSection[] {
  const { latency, capacity, availability, recovery, cost, tradeoffs, warnings } = report;
  const latencyRows = [['overall', latency.overall] as const, ...Object.entries(latency.byPopulation)].map(([id, s]) => [id, msText(s.p50Ms), msText(s.p95Ms), msText(s.p99Ms), msText(s.meanMs)]);
  const utilizationRows = Object.entries(capacity.utilization).map(([id, rho]) => [id, (capacity.loadRequestsPerSecond[id] ?? 0).toFixed(1), percentText(rho)]);
  const sections: ReportSection[] = [
    { title: 'Latency (ms)', blocks: [tableBlock(['population', 'p50', 'p95', 'p99', 'mean'], latencyRows)] },
    {
      title: 'Capacity',
      summary: `sustains ${capacity.maxRequestsPerSecond.toFixed(0)} requests/s; bottleneck ${capacity.bottleneck ?? 'none'}${capacity.saturated ? '; SATURATED' : ''}`,
      blocks: [tableBlock(['component', 'load req/s', 'utilization'], utilizationRows)],
    },
    availabilitySection(availability),
    recoverySection(recovery, recoveryTargets),
    {
      title: 'Cost',
      summary: `${usdText(cost.monthlyUsd)} / month, ${usdText(cost.perMillionRequestsUsd)} per million requests`,
      blocks: [
        tableBlock(['category', 'USD/month'], Object.entries(cost.byCategory).map(([category, value]) => [category, usdText(value)])),
        tableBlock(['component', 'USD/month'], Object.entries(cost.byComponent).map(([id, value]) => [id, usdText(value)])),
      ],
    },
    { title: 'Tradeoffs', blocks: [tableBlock(['concern', 'summary'], tradeoffs.rows.map((row) => [row.concern, row.summary]))] },
  ];
  if (warnings.length > 0) sections.push({ title: 'Warnings', blocks: [{ kind: 'list', items: warnings.map((w) => w.message) }] });
  return sections;
}
