import { useMemo } from 'react';
import { CdfChart, formatMs, formatRps, seriesColour, type CdfSeries } from '../../../charts';
import type { LatencyReport } from '../../../engine';
import { DashboardSection } from '../DashboardSection';

interface LatencySectionProps {
  latency: LatencyReport;
  nameOf: (id: string) => string;
}

/** The distribution of response time per population; a saturated population has none to draw. */
export function LatencySection({ latency, nameOf }: LatencySectionProps) {
  const populations = Object.entries(latency.byPopulation);
  const series = useMemo(
    () =>
      Object.entries(latency.byPopulation).flatMap(([id, figure], index): CdfSeries[] =>
        figure.saturated || figure.cdf.length === 0 ? [] : [{ id, name: nameOf(id), colour: seriesColour(index), points: figure.cdf }],
      ),
    [latency, nameOf],
  );
  return (
    <DashboardSection title="Response time" hint="share of requests ≤ time" testId="results.chart.cdf">
      {series.length > 0 && <CdfChart series={series} formatX={formatMs} />}
      <ul className="dashboard__legend">
        {populations.map(([id, figure], index) => (
          <li key={id} className={figure.saturated ? 'is-saturated' : undefined}>
            <span className="dashboard__swatch" style={{ background: seriesColour(index) }} aria-hidden />
            <span className="dashboard__legend-name">{nameOf(id)}</span>
            <span className="dashboard__legend-value">{figure.saturated ? `saturated at ${formatRps(figure.saturatesAtRequestsPerSecond)}` : `p99 ${formatMs(figure.p99Ms)}`}</span>
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}
