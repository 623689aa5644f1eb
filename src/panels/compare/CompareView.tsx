import { useMeridianStore } from '../../store';
import { CompareCharts } from './CompareCharts';
import { CompareHeader } from './CompareHeader';
import { CompareNotes } from './CompareNotes';
import { CompareThumbnails } from './CompareThumbnails';
import { ScenarioLegend } from './ScenarioLegend';
import { SweepPanel } from './SweepPanel';
import { TradeoffTable } from './TradeoffTable';
import { useComparison } from './useComparison';
import './compare.css';

/**
 * The compare view, in place of the editor: 2–4 scenarios side by side — their canvases with the
 * differences from the baseline marked, the tradeoff table with deltas and winners, charts over the
 * compared scenarios, and sweeps on demand.
 */
export function CompareView() {
  const view = useComparison();
  const openGallery = useMeridianStore((state) => state.tabs.length < 2);
  const { columns, concerns, baselineIndex, computing } = view;
  return (
    <main className="compare" data-testid="compare.view" data-status={computing || !concerns ? 'computing' : 'ready'}>
      <CompareHeader view={view} />
      {columns.length < 2 ? (
        <p className="compare__empty" data-testid="compare.empty">
          {openGallery ? 'Only one scenario is open. Duplicate it as a variant, or open a template with “Templates”, then compare.' : 'Choose at least two scenarios above to compare them.'}
        </p>
      ) : (
        <div className="compare__body">
          <CompareThumbnails columns={columns} baselineIndex={baselineIndex} />
          <CompareNotes columns={columns} baselineIndex={baselineIndex} />
          {columns.map((column) => column.error && <p key={column.tabId} className="compare__error">{column.error}</p>)}
          {concerns ? <TradeoffTable columns={columns} concerns={concerns} baselineIndex={baselineIndex} /> : <p className="compare__computing">Evaluating the scenarios…</p>}
          <ScenarioLegend columns={columns} />
          {concerns && <CompareCharts columns={columns} />}
          <SweepPanel columns={columns} />
        </div>
      )}
    </main>
  );
}
