import type { Report, SweepPoint } from '../engine';
import { formatAvailability, formatRecovery } from './formatReliability';
import { table } from './formatTable';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'saturated');
const usd = (value: number) => (Number.isFinite(value) ? `$${value.toFixed(2)}` : '∞');
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * The report as readable text for a terminal (`meridian evaluate` without --json); `recoveryTargets`
 * (the scenario's) are printed above the recovery table.
 */
export function formatReport(report: Report, recoveryTargets?: { rtoSec: number; rpoSec: number }): string {
  const { latency, capacity, availability, recovery, cost, tradeoffs, warnings } = report;
  const sections: string[] = [`${report.scenario.name} (${report.scenario.id})`];
  const latencyRows = [['overall', latency.overall] as const, ...Object.entries(latency.byPopulation)].map(([id, s]) => [id, ms(s.p50Ms), ms(s.p95Ms), ms(s.p99Ms), ms(s.meanMs)]);
  sections.push(`Latency (ms)\n${table(['population', 'p50', 'p95', 'p99', 'mean'], latencyRows)}`);
  const utilizationRows = Object.entries(capacity.utilization).map(([id, rho]) => [id, (capacity.loadRequestsPerSecond[id] ?? 0).toFixed(1), percent(rho)]);
  sections.push(
    `Capacity: sustains ${capacity.maxRequestsPerSecond.toFixed(0)} requests/s; bottleneck ${capacity.bottleneck ?? 'none'}${capacity.saturated ? '; SATURATED' : ''}\n${table(['component', 'load req/s', 'utilization'], utilizationRows)}`,
  );
  sections.push(formatAvailability(availability));
  sections.push(formatRecovery(recovery, recoveryTargets));
  const categoryRows = Object.entries(cost.byCategory).map(([category, value]) => [category, usd(value)]);
  const componentRows = Object.entries(cost.byComponent).map(([id, value]) => [id, usd(value)]);
  sections.push(`Cost: ${usd(cost.monthlyUsd)} / month, ${usd(cost.perMillionRequestsUsd)} per million requests\n${table(['category', 'USD/month'], categoryRows)}\n\n${table(['component', 'USD/month'], componentRows)}`);
  sections.push(`Tradeoffs\n${table(['concern', 'summary'], tradeoffs.rows.map((row) => [row.concern, row.summary]))}`);
  if (warnings.length > 0) sections.push(`Warnings\n${warnings.map((w) => `- ${w.message}`).join('\n')}`);
  return sections.join('\n\n');
}

/** A load sweep as readable text. */
export function formatSweep(points: readonly SweepPoint[]): string {
  const rows = points.map((p) => [p.x.toFixed(0), ms(p.p50Ms), ms(p.p95Ms), ms(p.p99Ms), ms(p.meanMs), percent(p.maxUtilization), usd(p.monthlyUsd)]);
  return table(['requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'max util.', 'USD/month'], rows);
}
