import { useMemo } from 'react';
import { CdfChart, formatMs, formatRps, seriesColour, type CdfSeries } from '../../../charts';
import type { LatencyReport, LatencySummary } from '../../../engine';
import { DashboardSection } from '../DashboardSection';

interface LatencySectionProps {
  latency: LatencyReport;
  nameOf: (id: string) => string;
}

function legendValue(figure: LatencySummary): string {
  if (figure.connected === false) return 'not connected';
  return figure.saturated ? `saturated at ${formatRps(figure.saturatesAtRequestsPerSecond)}` : `p99 ${formatMs(figure.p99Ms)}`;
}

/** The distribution of response time per population; a saturated or unconnected population has none to draw. */
export function LatencySection({ latency, nameOf }: LatencySectionProps) {
  const populations = Object.entries(latency.byPopulation);
  const series = useMemo(
    () =>
      Object.entries(latency.byPopulation).flatMap(([id, figure], index): CdfSeries[] =>
        figure.saturated || figure.connected === false || figure.cdf.length === 0 ? [] : [{ id, name: nameOf(id), colour: seriesColour(index), points: figure.cdf }],
      ),
    [latency, nameOf],
  );
  return (
    <DashboardSection title="Response time" hint="share of requests ≤ time" testId="results.chart.cdf">
      {series.length > 0 && <CdfChart series={series} formatX={formatMs} />}
      <ul className="dashboard__legend">
        {populations.map(([id, figure], index) => (
          <li key={id} className={figure.saturated || figure.connected === false ? 'is-saturated' : undefined}>
            <span className="dashboard__swatch" style={{ background: seriesColour(index) }} aria-hidden />
            <span className="dashboard__legend-name">{nameOf(id)}</span>
            <span className="dashboard__legend-value">{legendValue(figure)}</span>
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}
