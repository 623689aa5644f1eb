import type { Scenario } from '../model';
import { useMeridianStore } from '../store';
import { watchdogBudgetMs, type WatchdogOptions } from '../worker';

const elementsOf = (scenario: Scenario | undefined) =>
  scenario ? scenario.components.length + scenario.edges.length + scenario.clients.length + scenario.groups.length : 0;

/**
 * The watchdog of every engine worker (the editor's and the pool's): its budget follows the largest
 * design open in any tab, since the pool works on any of them (compare, sweeps, chaos).
 */
export const engineWatchdog: WatchdogOptions = {
  budgetMs: () => {
    const state = useMeridianStore.getState();
    return watchdogBudgetMs(Math.max(0, ...state.tabs.map((tab) => elementsOf(state.documentOf(tab.id)))));
  },
};
