import { curveCrossovers, formatMs, formatPercent, formatRps, formatUsd, seriesColour, seriesStroke, type LineSeries } from '../../charts';
import { SeriesLineChart } from '../../charts/plots';
import type { SweepKind } from '../../engine';
import { useMeridianStore, type SweepRun } from '../../store';
import { ChartCard } from './ChartCard';
import { saturationEnd } from './saturationEnd';
import { ScenarioLegend } from './ScenarioLegend';
import { sweepAxisNames, sweepCaption } from './sweepCaption';
import { sweepStatusText } from './sweepStatus';
import type { CompareColumn } from './useComparison';

const sweepKinds: ReadonlyArray<{ kind: SweepKind; label: string }> = [
  { kind: 'load', label: 'Load 0 → saturation' },
  { kind: 'regions', label: 'Number of regions' },
  { kind: 'replicas', label: 'Database copies' },
  { kind: 'hitRatio', label: 'Cache hit ratio' },
];

const xFormat: Record<SweepKind, (x: number) => string> = {
  load: formatRps,
  regions: (x) => `${x}`,
  replicas: (x) => `${x}`,
  hitRatio: formatPercent,
};

function seriesOf(run: SweepRun, columns: readonly CompareColumn[], y: 'p99Ms' | 'monthlyUsd'): LineSeries[] {
  return columns.flatMap((column, i) => {
    const curve = run.curves[column.tabId];
    return curve && curve.points.length > 0 ? [{ id: column.tabId, name: column.document.name, ...seriesStroke(i), points: curve.points.map((p) => [p.x, p[y]] as const) }] : [];
  });
}

/** Count axes: a design has 1, 2, 3 regions or copies, never 1.75. */
const countsThings: Record<SweepKind, boolean> = { load: false, regions: true, replicas: true, hitRatio: false };

/** A marker where each p99 curve stops because its design saturates there. */
function saturationEnds(run: SweepRun, columns: readonly CompareColumn[]) {
  return columns.flatMap((column, i) => {
    const end = saturationEnd(run.curves[column.tabId]?.points ?? []);
    return end ? [{ x: end.x, y: end.p99Ms, colour: seriesColour(i), label: `saturates at ${xFormat[run.kind](end.saturatedAtX)}`, seriesName: column.document.name }] : [];
  });
}

/** Where each pair of cost curves crosses (serverless vs provisioned, one design vs another). */
function costCrossovers(series: readonly LineSeries[]) {
  return series.flatMap((a, i) => series.slice(i + 1).flatMap((b) => curveCrossovers(a.points, b.points).map((c) => ({ ...c, cheaper: c.lowerAfter === 'a' ? a.name : b.name, dearer: c.lowerAfter === 'a' ? b.name : a.name }))));
}

/** Sweeps on demand, computed on the worker pool and drawn as their points arrive: p99 and cost against the swept value. */
export function SweepPanel({ columns }: { columns: readonly CompareColumn[] }) {
  const run = useMeridianStore((state) => state.sweepRun);
  const startSweep = useMeridianStore((state) => state.startSweep);
  const cancelSweep = useMeridianStore((state) => state.cancelSweep);
  const cost = run ? seriesOf(run, columns, 'monthlyUsd') : [];
  const crossings = run?.kind === 'load' ? costCrossovers(cost) : [];
  const format = xFormat[run?.kind ?? 'load'];
  const xLabel = run ? sweepAxisNames[run.kind] : '';
  const caption = run
    ? sweepCaption(
        run.kind,
        columns.map((column) => ({ name: column.document.name, xLabel: run.curves[column.tabId]?.xLabel ?? '', nothing: run.curves[column.tabId]?.outcome?.kind === 'nothingToSweep' })),
      )
    : '';
  return (
    <section className="compare-sweeps" aria-label="Sweeps" data-testid="compare.sweeps" data-status={run?.status ?? 'idle'}>
      <header className="compare-sweeps__header">
        <h2 className="compare__section-title">Sweeps</h2>
        {sweepKinds.map(({ kind, label }) => (
          <button key={kind} type="button" className={`button${run?.kind === kind ? ' button--primary' : ''}`} data-testid={`compare.sweep.${kind}`} onClick={() => startSweep(kind)}>
            {label}
          </button>
        ))}
        {run?.status === 'running' && (
          <button type="button" className="button button--danger" data-testid="compare.sweep.cancel" onClick={cancelSweep}>
            Cancel
          </button>
        )}
        {run && <span className="compare-sweeps__status" data-testid="compare.sweep.status">{sweepStatusText(run, columns.map((column) => ({ tabId: column.tabId, name: column.document.name })))}</span>}
      </header>
      {run && (
        <p className="compare-sweeps__caption" data-testid="compare.sweep.caption">
          {caption}
        </p>
      )}
      {run && <ScenarioLegend columns={columns} />}
      {run && (
        <div className="compare-sweeps__charts">
          <ChartCard title={`p99 vs ${xLabel}`} testId="compare.chart.sweep-p99">
            <SeriesLineChart series={seriesOf(run, columns, 'p99Ms')} formatX={format} formatY={formatMs} xName={xLabel} integerX={countsThings[run.kind]} ends={saturationEnds(run, columns)} />
          </ChartCard>
          <ChartCard title={`Monthly cost vs ${xLabel}`} testId="compare.chart.sweep-cost">
            <SeriesLineChart series={cost} formatX={format} formatY={formatUsd} xName={xLabel} integerX={countsThings[run.kind]} marks={crossings.map((c) => ({ x: c.x, y: c.y, label: formatRps(c.x) }))} />
            {crossings.map((c) => (
              <p key={`${c.x}:${c.cheaper}`} className="compare-sweeps__crossover" data-testid="compare.sweep.crossover">
                Above {formatRps(c.x)}, {c.cheaper} costs less than {c.dearer}.
              </p>
            ))}
          </ChartCard>
        </div>
      )}
    </section>
  );
}
