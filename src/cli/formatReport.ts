import type { Report, SweepPoint } from '../engine';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'saturated');
const usd = (value: number) => (Number.isFinite(value) ? `$${value.toFixed(2)}` : '∞');
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** Left-aligned text table with a header rule. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The report as readable text for a terminal (`meridian evaluate` without --json). */
export function formatReport(report: Report): string {
  const { latency, capacity, availability, recovery, cost, tradeoffs, warnings } = report;
  const sections: string[] = [`${report.scenario.name} (${report.scenario.id})`];
  const latencyRows = [['overall', latency.overall] as const, ...Object.entries(latency.byPopulation)].map(([id, s]) => [id, ms(s.p50Ms), ms(s.p95Ms), ms(s.p99Ms), ms(s.meanMs)]);
  sections.push(`Latency (ms)\n${table(['population', 'p50', 'p95', 'p99', 'mean'], latencyRows)}`);
  const utilizationRows = Object.entries(capacity.utilization).map(([id, rho]) => [id, (capacity.loadRequestsPerSecond[id] ?? 0).toFixed(1), percent(rho)]);
  sections.push(
    `Capacity: sustains ${capacity.maxRequestsPerSecond.toFixed(0)} requests/s; bottleneck ${capacity.bottleneck ?? 'none'}${capacity.saturated ? '; SATURATED' : ''}\n${table(['component', 'load req/s', 'utilization'], utilizationRows)}`,
  );
  sections.push(
    `Availability: ${(availability.availability * 100).toFixed(5)} % (${availability.nines.toFixed(2)} nines, U = ${availability.unavailability.toExponential(3)}), ${availability.downtimeMinutesPerMonth.toFixed(2)} min/month down; single points of failure: ${availability.singlePointsOfFailure.join(', ') || 'none'}`,
  );
  const recoveryRows = recovery.events.map((e) => [e.kind, e.target, e.survived ? 'yes' : 'no', e.rtoSeconds.toFixed(0), e.rpoSeconds.toFixed(0), e.meetsTargets ? 'yes' : 'NO']);
  sections.push(`Recovery\n${table(['event', 'target', 'survived', 'RTO s', 'RPO s', 'meets targets'], recoveryRows)}`);
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
