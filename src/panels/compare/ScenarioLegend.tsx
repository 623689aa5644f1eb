import { seriesColour } from '../../charts';
import type { CompareColumn } from './useComparison';

/** Which colour stands for which scenario in every chart of the compare view. */
export function ScenarioLegend({ columns }: { columns: readonly CompareColumn[] }) {
  return (
    <ul className="compare-legend" aria-label="Chart colours">
      {columns.map((column, i) => (
        <li key={column.tabId}>
          <span className="compare-legend__swatch" style={{ background: seriesColour(i) }} aria-hidden />
          {column.document.name}
        </li>
      ))}
    </ul>
  );
}
