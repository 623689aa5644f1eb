import { seriesStroke, type CdfSeries } from '../../charts';
import type { LatencySummary, Report } from '../../engine';

/** A compared design with its report and its place among the compared (which sets its colour). */
export interface CdfColumn {
  tabId: string;
  name: string;
  index: number;
  report: Report;
}

const seriesOf = (column: CdfColumn, summary: LatencySummary | undefined): CdfSeries[] =>
  summary && !summary.saturated && summary.cdf.length > 0 ? [{ id: column.tabId, name: column.name, ...seriesStroke(column.index), points: summary.cdf }] : [];

/**
 * The latency CDFs worth drawing side by side: the overall one with every design on it, and one per
 * population only when every compared design serves that population; a population only one design
 * has would be a chart of one curve, which compares nothing.
 */
export function comparedCdfs(columns: readonly CdfColumn[]): { overall: CdfSeries[]; byPopulation: Array<{ populationId: string; series: CdfSeries[] }> } {
  const overall = columns.flatMap((column) => seriesOf(column, column.report.latency.overall));
  const [first, ...rest] = columns;
  const shared = columns.length < 2 || !first ? [] : Object.keys(first.report.latency.byPopulation).filter((id) => rest.every((column) => id in column.report.latency.byPopulation));
  return { overall, byPopulation: shared.map((populationId) => ({ populationId, series: columns.flatMap((column) => seriesOf(column, column.report.latency.byPopulation[populationId])) })) };
}
