import { Activity, ChevronDown, LoaderCircle, Maximize2, Minimize2, TriangleAlert } from 'lucide-react';
import { useMeridianStore, useResults } from '../../store';
import { PanelBoundary } from '../boundary/PanelBoundary';
import { ChaosPanel, ExplainDialog } from '../onDemandPanels';
import { Dashboard } from './Dashboard';
import { EngineRestartNotice } from './EngineRestartNotice';
import { ResultsTabs } from './ResultsTabs';
import { ResultsUpdating } from './ResultsUpdating';
import { useResultLabels } from './useResultLabels';
import './results.css';

/** The engine's live figures for the open scenario, with a breakdown behind every headline. */
export function ResultsPanel() {
  const open = useMeridianStore((state) => state.panels.results);
  const expanded = useMeridianStore((state) => state.resultsExpanded);
  const { togglePanel, toggleResultsExpanded, explain } = useMeridianStore.getState();
  const { status, report, reportRevision, error, evaluationMs } = useResults();
  const labels = useResultLabels();
  const explaining = useMeridianStore((state) => state.explaining);
  const chaos = useMeridianStore((state) => state.resultsTab === 'chaos');

  return (
    <section className={`results${open ? '' : ' is-collapsed'}`} aria-label="Results" data-testid="results.panel" data-status={status} data-revision={reportRevision ?? undefined} aria-busy={status === 'computing'}>
      <header className="results__header">
        <Activity size={16} aria-hidden />
        <ResultsTabs />
        <ResultsUpdating />
        <button
          type="button"
          className="icon-button"
          onClick={toggleResultsExpanded}
          aria-pressed={expanded}
          aria-label={expanded ? 'Narrow the results' : 'Widen the results'}
          title={expanded ? 'Narrow the results' : 'Widen the results'}
          data-testid="results.expand"
        >
          {expanded ? <Minimize2 size={15} /> : <Maximize2 size={15} />}
        </button>
        <button type="button" className="icon-button" onClick={() => togglePanel('results')} aria-expanded={open} aria-label={open ? 'Collapse results' : 'Expand results'}>
          <ChevronDown size={16} className="results__chevron" />
        </button>
      </header>
      {open && (
        <div className="results__body">
          <EngineRestartNotice />
          {chaos ? (
            <PanelBoundary name="Chaos" testId="chaos" onClose={() => useMeridianStore.getState().setResultsTab('results')}>
              <ChaosPanel />
            </PanelBoundary>
          ) : status === 'error' ? (
            <div className="results__message results__message--error" role="alert" data-testid="results.error">
              <TriangleAlert size={16} aria-hidden />
              <div>
                <p data-testid="results.error.message">{error}</p>
                <p className="results__hint">Your design is unchanged and still saved. Undo the last edit, or reload the page if the engine stopped.</p>
              </div>
            </div>
          ) : report ? (
            <>
              <Dashboard report={report} labels={labels} onExplain={explain} />
              {evaluationMs !== null && (
                <p className="results__footnote" data-testid="results.timing">
                  Evaluated in {evaluationMs < 10 ? evaluationMs.toFixed(1) : Math.round(evaluationMs)} ms in the engine worker
                </p>
              )}
            </>
          ) : (
            <div className="results__message" data-testid="results.loading">
              <LoaderCircle size={16} className="results__spin" aria-hidden />
              <p>Computing latency, capacity, availability, recovery and cost…</p>
            </div>
          )}
        </div>
      )}
      {explaining && report && <ExplainDialog report={report} target={explaining} labels={labels} onClose={() => explain(null)} />}
    </section>
  );
}
