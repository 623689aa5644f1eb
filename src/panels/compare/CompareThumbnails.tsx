import { useMemo } from 'react';
import { useMeridianStore } from '../../store';
import { diffScenario } from './scenarioDiff';
import { ScenarioThumbnail } from './ScenarioThumbnail';
import type { CompareColumn } from './useComparison';

interface CompareThumbnailsProps {
  columns: readonly CompareColumn[];
  baselineIndex: number;
}

function diffSummary(added: number, changed: number, removed: number): string {
  const parts = [added > 0 && `${added} added`, changed > 0 && `${changed} changed`, removed > 0 && `${removed} removed`].filter(Boolean);
  return parts.length === 0 ? 'same elements as the baseline' : `${parts.join(', ')} vs the baseline`;
}

/** Opens a compared scenario in the editor. */
function editTab(tabId: string) {
  const { switchTab, setMainView } = useMeridianStore.getState();
  switchTab(tabId);
  setMainView('editor');
}

/** The compared canvases side by side, small, each with what differs from the baseline highlighted; a click opens one in the editor. */
export function CompareThumbnails({ columns, baselineIndex }: CompareThumbnailsProps) {
  const baseline = columns[baselineIndex]?.document;
  const diffs = useMemo(() => columns.map((column, i) => (baseline && i !== baselineIndex ? diffScenario(baseline, column.document) : null)), [columns, baseline, baselineIndex]);
  return (
    <section className="compare-thumbnails" aria-label="Canvases" style={{ ['--columns' as string]: columns.length }}>
      {columns.map((column, i) => {
        const diff = diffs[i] ?? null;
        return (
          <figure key={column.tabId} className="compare-thumbnails__item" data-testid={`compare.canvas.${i}`}>
            <button type="button" className="compare-thumbnails__open" title={`Edit ${column.document.name}`} data-testid={`compare.canvas.${i}.open`} onClick={() => editTab(column.tabId)}>
              <ScenarioThumbnail scenario={column.document} diff={diff} testId={`compare.canvas.${i}.drawing`} />
            </button>
            <figcaption>
              <strong>{column.document.name}</strong>
              <span>{diff ? diffSummary(diff.added.size, diff.changed.size, diff.removed.length) : 'baseline'}</span>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
