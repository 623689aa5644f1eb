import { memo } from 'react';
import './charts.css';

export interface BarRow {
  id: string;
  label: string;
  value: number;
  /** The value as written beside the bar, with its unit. */
  valueText: string;
  /** Bar and value colour (a CSS colour); the accent when absent. */
  colour?: string;
  /** A short tag after the label ("bottleneck"). */
  tag?: string;
  testId?: string;
  /** Tooltip of the row. */
  title?: string;
}

interface BarListProps {
  rows: readonly BarRow[];
  /** The value a full-width bar stands for; defaults to the largest value (or the marker). */
  scaleMax?: number;
  /** A vertical line across every bar: a target or a limit. */
  marker?: number;
  label: string;
}

interface BarListRowProps extends Omit<BarRow, 'id' | 'value'> {
  /** The bar's length and the marker's place, percent of the track. */
  fillPercent: number;
  markerPercent: number | undefined;
}

/** One row; memoised on its (plain) props, so a long list repaints only the rows whose figures changed. */
const BarListRow = memo(function BarListRow({ label, valueText, colour, tag, testId, title, fillPercent, markerPercent }: BarListRowProps) {
  return (
    <li className="bar-list__row" style={colour ? { ['--bar' as string]: colour } : undefined} data-testid={testId} title={title}>
      <span className="bar-list__label">
        <span className="bar-list__name">{label}</span>
        {tag && <span className="bar-list__tag">{tag}</span>}
      </span>
      <span className="bar-list__value">{valueText}</span>
      <span className="bar-list__track" aria-hidden>
        <span className="bar-list__fill" style={{ width: `${fillPercent}%` }} />
        {markerPercent !== undefined && <span className="bar-list__marker" style={{ left: `${markerPercent}%` }} />}
      </span>
    </li>
  );
});

/**
 * Horizontal bars as a list: each row its full label, its value in words and a bar. In a column
 * 300 px wide this reads better than an SVG chart, whose axis labels would have to be cut.
 */
export function BarList({ rows, scaleMax, marker, label }: BarListProps) {
  const max = scaleMax ?? Math.max(marker ?? 0, ...rows.map((row) => row.value));
  const share = (value: number) => (max > 0 ? Math.min(value / max, 1) * 100 : 0);
  return (
    <ul className="bar-list" aria-label={label}>
      {rows.map(({ id, value, ...row }) => (
        <BarListRow key={id} {...row} fillPercent={share(value)} markerPercent={marker === undefined ? undefined : share(marker)} />
      ))}
    </ul>
  );
}
