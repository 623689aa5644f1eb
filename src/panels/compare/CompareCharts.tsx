import { BarList, CdfChart, formatDowntime, formatMs, formatUsd, seriesColour } from '../../charts';
import { ScenarioScatter } from '../../charts/plots';
import type { Report } from '../../engine';
import { ChartCard } from './ChartCard';
import { comparedCdfs } from './comparedCdfs';
import { figureLabel } from './tradeoffText';
import type { CompareColumn } from './useComparison';

type Reported = CompareColumn & { report: Report; index: number };

const nines = (value: number) => value.toFixed(2);

/**
 * Charts over the compared scenarios: availability and p99 against cost, downtime, the overall
 * latency CDF, and the CDF of each population every design serves. Each design keeps the colour of
 * its column, whichever others are still computing.
 */
export function CompareCharts({ columns }: { columns: readonly CompareColumn[] }) {
  const reported = columns.flatMap((column, index): Reported[] => (column.report ? [{ ...column, report: column.report, index }] : []));
  const point = (column: Reported, y: number) => ({ id: column.tabId, name: column.document.name, colour: seriesColour(column.index), x: column.report.cost.monthlyUsd, y });
  const documents = columns.map((column) => column.document);
  const cdfs = comparedCdfs(reported.map((column) => ({ tabId: column.tabId, name: column.document.name, index: column.index, report: column.report })));
  return (
    <section className="compare-charts" aria-label="Charts" data-testid="compare.charts">
      <ChartCard title="Availability (nines) vs monthly cost" testId="compare.chart.availability-cost">
        <ScenarioScatter points={reported.map((c) => point(c, c.report.availability.nines))} xLabel="USD / month" yLabel="nines" formatX={formatUsd} formatY={nines} minimumYSpan={0.5} />
      </ChartCard>
      <ChartCard title="p99 vs monthly cost" testId="compare.chart.p99-cost">
        <ScenarioScatter points={reported.map((c) => point(c, c.report.latency.overall.p99Ms)).filter((p) => Number.isFinite(p.y))} xLabel="USD / month" yLabel="p99" formatX={formatUsd} formatY={formatMs} />
      </ChartCard>
      <ChartCard title="Downtime per month" testId="compare.chart.downtime">
        <BarList
          label="Downtime per month"
          rows={reported.map((c) => ({ id: c.tabId, label: c.document.name, value: c.report.availability.downtimeMinutesPerMonth, valueText: formatDowntime(c.report.availability.downtimeMinutesPerMonth), colour: seriesColour(c.index), testId: `compare.downtime.${c.index}` }))}
        />
      </ChartCard>
      <ChartCard title="Latency CDF — all users" testId="compare.chart.cdf.overall">
        <CdfChart series={cdfs.overall} formatX={formatMs} height={200} />
      </ChartCard>
      {cdfs.byPopulation.map(({ populationId, series }) => (
        <ChartCard key={populationId} title={`Latency CDF — ${figureLabel(populationId, documents)}`} testId={`compare.chart.cdf.${populationId}`}>
          <CdfChart series={series} formatX={formatMs} height={200} />
        </ChartCard>
      ))}
    </section>
  );
}
