import { memo, useMemo } from 'react';
import { formatMs, formatPercent, seriesColour, type LineSeries } from '../../charts';
import { SeriesLineChart } from '../../charts/plots';
import type { ChaosRun } from '../../store';
import { DashboardSection } from '../results/DashboardSection';
import { useStaggered } from './useStaggered';

type Window = ChaosRun['windows'][number];
type ChartName = 'requests' | 'success' | 'latency' | 'utilization' | 'queues';

const seconds = (x: number) => `${Math.round(x)} s`;
const count = (y: number) => (y >= 100 ? Math.round(y).toString() : Number(y.toPrecision(2)).toString());
const fraction = formatPercent;
/** Plot height, px; a legend adds a line or two above it. */
const chartHeight = 140;
/** Delay between two charts' redraws, ms: five charts redraw within 200 ms, before the next update (250 ms). */
const staggerMs = 40;

const line = (id: string, name: string, colour: number, run: ChaosRun, pick: (w: Window) => number | null): LineSeries => ({
  id,
  name,
  colour: seriesColour(colour),
  points: run.windows.flatMap((w) => {
    const y = pick(w);
    return y === null ? [] : [[w.endSeconds, y] as const];
  }),
});

/** A component's name cut to fit a chart legend. */
const shortName = (name: string) => (name.length > 20 ? `${name.slice(0, 19)}…` : name);

/** The components with the highest peak of `metric` over the run (at most four), one line each. */
function busiest(run: ChaosRun, metric: 'utilization' | 'queueLength', names: Record<string, string>): LineSeries[] {
  const peak = new Map<string, number>();
  for (const w of run.windows) for (const [id, value] of Object.entries(w[metric])) peak.set(id, Math.max(peak.get(id) ?? 0, value));
  return [...peak]
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([id], i) => line(id, shortName(names[id] ?? id), i + 2, run, (w) => w[metric][id] ?? 0));
}

const charts: ReadonlyArray<{ name: ChartName; title: string; hint?: string; formatY: (y: number) => string; unitRange?: boolean; series: (run: ChaosRun, names: Record<string, string>) => LineSeries[] }> = [
  {
    name: 'requests',
    title: 'Requests',
    hint: 'per second, 1 s windows',
    formatY: count,
    series: (run) => [line('ok', 'succeeded / s', 2, run, (w) => w.throughputPerSecond), line('failed', 'failed / s', 1, run, (w) => w.failed / (w.endSeconds - w.startSeconds))],
  },
  { name: 'success', title: 'Success rate', formatY: fraction, unitRange: true, series: (run) => [line('success', 'success rate', 0, run, (w) => w.successRate)] },
  { name: 'latency', title: 'Latency', hint: 'successful requests', formatY: formatMs, series: (run) => [line('p50', 'p50', 0, run, (w) => w.p50Ms), line('p99', 'p99', 1, run, (w) => w.p99Ms)] },
  { name: 'utilization', title: 'Utilization', hint: 'busiest components', formatY: fraction, unitRange: true, series: (run, names) => busiest(run, 'utilization', names) },
  { name: 'queues', title: 'Queue length', hint: 'requests and messages waiting', formatY: count, series: (run, names) => busiest(run, 'queueLength', names) },
];

/** One chart of the run, redrawn `delayMs` after the run changes. */
function ChaosChart({ index, run, names }: { index: number; run: ChaosRun; names: Record<string, string> }) {
  const chart = charts[index] as (typeof charts)[number];
  const shown = useStaggered(run, index * staggerMs);
  const series = useMemo(() => chart.series(shown, names), [chart, shown, names]);
  const moments = useMemo(
    () => shown.failures.flatMap((f) => [{ x: f.atSeconds, label: `${names[f.target.split('/')[0] ?? ''] ?? f.target} fails` }, ...(f.repairAtSeconds === null ? [] : [{ x: f.repairAtSeconds, label: 'repaired' }])]),
    [shown.failures, names],
  );
  return (
    <DashboardSection title={chart.title} hint={chart.hint} testId={`chaos.chart.${chart.name}`}>
      <SeriesLineChart series={series} formatX={seconds} formatY={chart.formatY} xName="time into the run" xDomain={[0, shown.seconds]} yDomain={chart.unitRange ? [0, 1] : undefined} moments={moments} legend={series.length > 1} height={chartHeight + (series.length > 2 ? 36 : series.length > 1 ? 14 : 0)} />
    </DashboardSection>
  );
}

/** The run's time series as they arrive — throughput, success rate, latency, utilization, queues — with the failures marked. */
export const ChaosCharts = memo(function ChaosCharts({ run, names }: { run: ChaosRun; names: Record<string, string> }) {
  return (
    <div className="chaos__charts">
      {charts.map((chart, index) => (
        <ChaosChart key={chart.name} index={index} run={run} names={names} />
      ))}
    </div>
  );
});
