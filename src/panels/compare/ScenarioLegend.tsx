import { seriesStroke } from '../../charts';
import type { CompareColumn } from './useComparison';

/** Which line stands for which scenario in every chart of the compare view. */
export function ScenarioLegend({ columns }: { columns: readonly CompareColumn[] }) {
  return (
    <ul className="compare-legend" aria-label="Chart colours">
      {columns.map((column, i) => {
        const stroke = seriesStroke(i);
        return (
          <li key={column.tabId}>
            {/* The line as the charts draw it: colour, width and dashes. */}
            <svg className="compare-legend__swatch" width="22" height="8" aria-hidden>
              <line x1="0" y1="4" x2="22" y2="4" stroke={stroke.colour} strokeWidth={stroke.widthPx} strokeDasharray={stroke.dash} />
            </svg>
            {column.document.name}
          </li>
        );
      })}
    </ul>
  );
}
