import { useMeridianStore, type ResultsTab } from '../../store';

const tabs: ReadonlyArray<[ResultsTab, string]> = [
  ['results', 'Results'],
  ['chaos', 'Chaos'],
];

/** The results panel's title: the live figures, or the chaos view beside them. */
export function ResultsTabs() {
  const current = useMeridianStore((state) => state.resultsTab);
  const { setResultsTab, panels, togglePanel } = useMeridianStore.getState();
  return (
    <h2 className="results__title results__tabs" role="tablist" aria-label="Results views">
      {tabs.map(([tab, label]) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={current === tab}
          className={`results__tab${current === tab ? ' is-active' : ''}`}
          data-testid={`results.tab.${tab}`}
          onClick={() => {
            setResultsTab(tab);
            if (!panels.results) togglePanel('results');
          }}
        >
          {label}
        </button>
      ))}
    </h2>
  );
}
