import { FileDown, Table } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { maxCompared, useMeridianStore } from '../../store';
import { downloadBlob } from '../files/downloadFile';
import { comparisonCsv, comparisonMarkdown } from './comparisonTable';
import type { ComparisonView } from './useComparison';

function TabChoice({ tabId, checked, disabled }: { tabId: string; checked: boolean; disabled: boolean }) {
  const name = useMeridianStore((state) => state.documentOf(tabId)?.name ?? tabId);
  const toggle = () => {
    const { comparedTabIds, setCompared } = useMeridianStore.getState();
    setCompared(checked ? comparedTabIds.filter((id) => id !== tabId) : [...comparedTabIds, tabId]);
  };
  return (
    <label className={`compare-choice${checked ? ' compare-choice--on' : ''}`} data-testid={`compare.choose.${tabId}`}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={toggle} />
      {name}
    </label>
  );
}

/** Which tabs are compared (2–4), which one is the baseline, and the table's exports. */
export function CompareHeader({ view }: { view: ComparisonView }) {
  const tabIds = useMeridianStore(useShallow((state) => state.tabs.map((tab) => tab.id)));
  const compared = useMeridianStore((state) => state.comparedTabIds);
  const baseline = useMeridianStore((state) => state.baselineTabId);
  const setCompared = useMeridianStore((state) => state.setCompared);
  const { concerns, columns, baselineIndex } = view;
  const tableInput = concerns ? { documents: columns.map((c) => c.document), concerns, baselineIndex } : null;
  const stem = `comparison-${columns.length}-scenarios`;
  return (
    <header className="compare-header">
      <div className="compare-header__choices" role="group" aria-label="Scenarios to compare">
        {tabIds.map((tabId) => (
          <TabChoice key={tabId} tabId={tabId} checked={compared.includes(tabId)} disabled={!compared.includes(tabId) && compared.length >= maxCompared} />
        ))}
      </div>
      <label className="compare-header__baseline">
        Baseline
        <select className="select-input" value={baseline ?? ''} data-testid="compare.baseline" onChange={(event) => setCompared(compared, event.currentTarget.value)}>
          {columns.map((column) => (
            <option key={column.tabId} value={column.tabId}>
              {column.document.name}
            </option>
          ))}
        </select>
      </label>
      <div className="compare-header__exports">
        <button type="button" className="button button--ghost" disabled={!tableInput} data-testid="compare.export.markdown" onClick={() => tableInput && downloadBlob(new Blob([comparisonMarkdown(tableInput)], { type: 'text/markdown' }), `${stem}.md`)}>
          <FileDown size={15} /> Markdown
        </button>
        <button type="button" className="button button--ghost" disabled={!tableInput} data-testid="compare.export.csv" onClick={() => tableInput && downloadBlob(new Blob([comparisonCsv(tableInput)], { type: 'text/csv' }), `${stem}.csv`)}>
          <Table size={15} /> CSV
        </button>
      </div>
    </header>
  );
}
