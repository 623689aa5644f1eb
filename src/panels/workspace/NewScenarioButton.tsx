import { Plus } from 'lucide-react';
import { createBlankScenario } from '../../model';
import { useMeridianStore } from '../../store';

/** Opens an empty design in a new tab, next to the current one, which stays as it was. */
export function openNewScenario(): void {
  const { tabs, documentOf, openScenarios } = useMeridianStore.getState();
  const taken = new Set(tabs.map((tab) => documentOf(tab.id)?.id));
  let n = 1;
  while (taken.has(`new-design-${n}`)) n += 1;
  openScenarios([createBlankScenario(`new-design-${n}`, n === 1 ? 'New design' : `New design ${n}`)]);
}

export function NewScenarioButton() {
  return (
    <button type="button" className="scenario-tab__action scenario-tabs__new" aria-label="New scenario" title="New scenario (opens in a new tab)" data-testid="workspace.new" onClick={openNewScenario}>
      <Plus size={14} />
    </button>
  );
}
