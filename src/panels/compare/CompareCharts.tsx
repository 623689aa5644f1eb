import { BarList, CdfChart, formatDowntime, formatMs, formatUsd, ScenarioScatter, seriesColour, type CdfSeries } from '../../charts';
import type { Report } from '../../engine';
import { ChartCard } from './ChartCard';
import { figureLabel } from './tradeoffText';
import type { CompareColumn } from './useComparison';

type Reported = CompareColumn & { report: Report };

/** Per population any compared scenario serves: each scenario's latency CDF for it. */
function cdfsByPopulation(columns: readonly Reported[]): Array<{ populationId: string; series: CdfSeries[] }> {
  const ids = [...new Set(columns.flatMap((column) => Object.keys(column.report.latency.byPopulation)))];
  return ids.map((populationId) => ({
    populationId,
    series: columns.flatMap((column, i) => {
      const summary = column.report.latency.byPopulation[populationId];
      return summary && !summary.saturated ? [{ id: column.tabId, name: column.document.name, colour: seriesColour(i), points: summary.cdf }] : [];
    }),
  }));
}

const nines = (value: number) => value.toFixed(2);

/** Charts over the compared scenarios: availability and p99 against cost, downtime, and latency CDFs per population. */
export function CompareCharts({ columns }: { columns: readonly CompareColumn[] }) {
  const reported = columns.filter((column): column is Reported => column.report !== null);
  const point = (column: Reported, i: number, y: number) => ({ id: column.tabId, name: column.document.name, colour: seriesColour(i), x: column.report.cost.monthlyUsd, y });
  const documents = columns.map((column) => column.document);
  return (
    <section className="compare-charts" aria-label="Charts" data-testid="compare.charts">
      <ChartCard title="Availability (nines) vs monthly cost" testId="compare.chart.availability-cost">
        <ScenarioScatter points={reported.map((c, i) => point(c, i, c.report.availability.nines))} xLabel="USD / month" yLabel="nines" formatX={formatUsd} formatY={nines} minimumYSpan={0.5} />
      </ChartCard>
      <ChartCard title="p99 vs monthly cost" testId="compare.chart.p99-cost">
        <ScenarioScatter points={reported.map((c, i) => point(c, i, c.report.latency.overall.p99Ms)).filter((p) => Number.isFinite(p.y))} xLabel="USD / month" yLabel="p99" formatX={formatUsd} formatY={formatMs} />
      </ChartCard>
      <ChartCard title="Downtime per month" testId="compare.chart.downtime">
        <BarList
          label="Downtime per month"
          rows={reported.map((c, i) => ({ id: c.tabId, label: c.document.name, value: c.report.availability.downtimeMinutesPerMonth, valueText: formatDowntime(c.report.availability.downtimeMinutesPerMonth), colour: seriesColour(i), testId: `compare.downtime.${i}` }))}
        />
      </ChartCard>
      {cdfsByPopulation(reported).map(({ populationId, series }) => (
        <ChartCard key={populationId} title={`Latency CDF — ${figureLabel(populationId, documents)}`} testId={`compare.chart.cdf.${populationId}`}>
          <CdfChart series={series} formatX={formatMs} height={200} />
        </ChartCard>
      ))}
    </section>
  );
}
