import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';

/** The lesson's design: its workspace tab's document, when that tab is still open. */
export function lessonDocument(tabId: string | null): Scenario | null {
  if (tabId === null) return null;
  return useMeridianStore.getState().documentOf(tabId) ?? null;
}

/**
 * Shows `scenario` in the lesson's own tab (undoable there), or opens it as a new tab when the
 * lesson has none yet: a lesson never replaces the person's other work. Returns the tab id.
 */
export function showLessonDesign(tabId: string | null, scenario: Scenario): string {
  const main = useMeridianStore.getState();
  if (tabId !== null && main.tabs.some((tab) => tab.id === tabId)) {
    main.switchTab(tabId);
    useMeridianStore.getState().loadScenario(scenario);
    return tabId;
  }
  const [opened] = main.openScenarios([scenario]);
  return opened ?? main.activeTabId;
}
