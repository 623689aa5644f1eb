import './chartTooltip.css';

/** One line of a chart's hover readout: what it is about, its figure with its unit, and its series' colour. */
export interface TooltipRow {
  key: string;
  name: string;
  value: string;
  colour?: string;
}

/** What a chart shows on hover: where the cursor is (a load, a time, a design), then one row per figure. */
export interface TooltipReadout {
  heading: string;
  rows: readonly TooltipRow[];
}

/**
 * Every chart's hover readout, one look: the heading, then "Design name — 153 ms" per row, each after
 * its series' swatch. Set above the plot area (`chart-tooltip--above`, its bottom edge where it is
 * anchored), so that it never covers the curves the reader is pointing at.
 */
export function ChartTooltip({ heading, rows, className = '' }: TooltipReadout & { className?: string }) {
  return (
    <div className={`chart-tooltip chart-tooltip--above ${className}`} data-testid="chart.tooltip">
      <p className="chart-tooltip__heading">{heading}</p>
      {rows.map((row) => (
        <p key={row.key} className="chart-tooltip__row" data-testid="chart.tooltip.row">
          {row.colour && <span className="chart-tooltip__swatch" style={{ background: row.colour }} aria-hidden />}
          <span>
            {row.name} <span className="chart-tooltip__value">— {row.value}</span>
          </span>
        </p>
      ))}
    </div>
  );
}
