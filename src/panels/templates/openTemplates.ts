import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';

/** Opens one template as a new tab, in the editor. */
export function openTemplate(template: Scenario): void {
  const { openScenarios, setMainView } = useMeridianStore.getState();
  openScenarios([template]);
  setMainView('editor');
}

/** Opens two or more templates as new tabs and shows them side by side, the first as the baseline. */
export function compareTemplates(templates: readonly Scenario[]): void {
  const { openScenarios, setCompared, setMainView } = useMeridianStore.getState();
  const tabIds = openScenarios(templates);
  setCompared(tabIds, tabIds[0]);
  setMainView('compare');
}
