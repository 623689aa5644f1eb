import { Activity, ChevronDown } from 'lucide-react';
import { useMeridianStore } from '../../store';
import './results.css';

const measures = ['Latency', 'Capacity', 'Availability', 'RTO / RPO', 'Cost'];

/** Where the engine's live numbers will appear; until it lands, says so plainly rather than showing made-up figures. */
export function ResultsPanel() {
  const open = useMeridianStore((state) => state.panels.results);
  const toggle = useMeridianStore((state) => state.togglePanel);
  return (
    <section className={`results${open ? '' : ' is-collapsed'}`} aria-label="Results" data-testid="results.panel">
      <header className="results__header">
        <Activity size={16} aria-hidden />
        <h2 className="results__title">Results</h2>
        <button type="button" className="icon-button" onClick={() => toggle('results')} aria-expanded={open} aria-label={open ? 'Collapse results' : 'Expand results'}>
          <ChevronDown size={16} className="results__chevron" />
        </button>
      </header>
      {open && (
        <div className="results__empty" data-testid="results.empty">
          <p>Live results (latency, capacity, availability, RTO/RPO, cost) appear here as the engine lands.</p>
          <ul className="results__measures" aria-hidden>
            {measures.map((measure) => (
              <li key={measure}>{measure}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
