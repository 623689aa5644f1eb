import type { StateCreator } from 'zustand';
import type { Scenario } from '../../model';
import type { MeridianState } from '../index';
import { keepExistingIds } from '../keepExistingIds';
import { nextTabId, variantOf, type ScenarioHistory, type WorkspaceTab } from '../workspaceTabs';

/** A tab closed by the person, kept so that closing can be undone. */
export interface ClosedTab {
  tab: WorkspaceTab;
  document: Scenario;
  history: ScenarioHistory;
  /** Where the tab stood in the order. */
  index: number;
}

/** The most scenarios the compare view shows side by side. */
export const maxCompared = 4;

/**
 * Several scenarios in one workspace, one tab each. The active tab's document is the scenario slice's
 * `scenario` (with its undo history in `past` / `future`); the other tabs' documents and histories wait
 * here, so every tab keeps its own undo history across switches.
 */
export interface WorkspaceSlice {
  tabs: WorkspaceTab[];
  activeTabId: string;
  /** Documents of the tabs that are not active, by tab id. */
  backgroundDocuments: Record<string, Scenario>;
  backgroundHistories: Record<string, ScenarioHistory>;
  /** Most recent last; `reopenClosedTab` undoes the last close. */
  closedTabs: ClosedTab[];
  /** Tabs shown in the compare view, in column order, and the one every delta is measured from. */
  comparedTabIds: string[];
  baselineTabId: string | null;
  /** Opens documents as new tabs after the active one and makes the first of them active; returns their tab ids. */
  openScenarios: (documents: readonly Scenario[]) => string[];
  switchTab: (tabId: string) => void;
  /** Opens a copy of a tab's document after the active tab, named as a variant, and switches to it. */
  duplicateTab: (tabId: string) => void;
  renameTab: (tabId: string, name: string) => void;
  /** Closes a tab (never the last one); `reopenClosedTab` brings it back with its history. */
  closeTab: (tabId: string) => void;
  reopenClosedTab: () => void;
  /** The document of any tab, active or not. */
  documentOf: (tabId: string) => Scenario | undefined;
  setCompared: (tabIds: readonly string[], baselineTabId?: string) => void;
  /** Switches between the editor and the compare view; with fewer than two tabs chosen, compares the first four. */
  toggleCompareView: () => void;
  /** Puts another browser tab's saved version of a scenario in a tab, without undo (what was there is not this tab's edit to undo). */
  replaceTabDocument: (tabId: string, document: Scenario) => void;
  /** Replaces the whole workspace (restore), each tab with the undo history saved with it, if any. */
  restoreWorkspace: (tabs: readonly { tab: WorkspaceTab; document: Scenario; history?: ScenarioHistory }[], activeTabId: string) => void;
}

const firstTab: WorkspaceTab = { id: 'tab-1' };
const emptyHistory: ScenarioHistory = { past: [], future: [] };

export const createWorkspaceSlice: StateCreator<MeridianState, [], [], WorkspaceSlice> = (set, get) => {
  /** The state change that makes `tabId` active, parking the current document and history in the background. */
  const activation = (state: MeridianState, tabId: string, documents: Record<string, Scenario>, histories: Record<string, ScenarioHistory>) => {
    const { [tabId]: scenario, ...others } = { ...documents, [state.activeTabId]: state.scenario };
    const { [tabId]: history = emptyHistory, ...otherHistories } = { ...histories, [state.activeTabId]: { past: state.past, future: state.future } };
    if (!scenario) return {};
    return { activeTabId: tabId, scenario, past: history.past, future: history.future, backgroundDocuments: others, backgroundHistories: otherHistories, selection: keepExistingIds(state.selection, scenario) };
  };

  return {
    tabs: [firstTab],
    activeTabId: firstTab.id,
    backgroundDocuments: {},
    backgroundHistories: {},
    closedTabs: [],
    comparedTabIds: [],
    baselineTabId: null,
    openScenarios: (documents) => {
      const state = get();
      const ids: string[] = [];
      const added: Record<string, Scenario> = {};
      let tabs = state.tabs;
      for (const document of documents) {
        const id = nextTabId([...tabs, ...state.closedTabs.map((closed) => closed.tab)]);
        ids.push(id);
        added[id] = document;
        const at = tabs.findIndex((tab) => tab.id === state.activeTabId) + ids.length;
        tabs = [...tabs.slice(0, at), { id }, ...tabs.slice(at)];
      }
      const [first] = ids;
      if (first !== undefined) set((current) => ({ tabs, ...activation(current, first, { ...current.backgroundDocuments, ...added }, current.backgroundHistories) }));
      return ids;
    },
    switchTab: (tabId) => {
      if (tabId !== get().activeTabId) set((state) => activation(state, tabId, state.backgroundDocuments, state.backgroundHistories));
    },
    duplicateTab: (tabId) => {
      const { documentOf, tabs, openScenarios } = get();
      const document = documentOf(tabId);
      if (document) openScenarios([variantOf(document, tabs.map((tab) => get().documentOf(tab.id)?.name ?? ''))]);
    },
    renameTab: (tabId, name) => {
      const trimmed = name.trim();
      const state = get();
      const document = state.documentOf(tabId);
      if (!document || trimmed === '' || trimmed === document.name) return;
      const renamed = { ...document, name: trimmed.slice(0, 120) };
      if (tabId === state.activeTabId) state.commitScenario(renamed, { recordUndo: true });
      else set({ backgroundDocuments: { ...state.backgroundDocuments, [tabId]: renamed } });
    },
    closeTab: (tabId) => {
      const state = get();
      const index = state.tabs.findIndex((tab) => tab.id === tabId);
      const tab = state.tabs[index];
      if (!tab || state.tabs.length < 2) return;
      if (tabId === state.activeTabId) state.switchTab((state.tabs[index + 1] ?? state.tabs[index - 1] ?? tab).id);
      set((current) => {
        const { [tabId]: document, ...documents } = current.backgroundDocuments;
        const { [tabId]: history = emptyHistory, ...histories } = current.backgroundHistories;
        if (!document) return {};
        const comparedTabIds = current.comparedTabIds.filter((id) => id !== tabId);
        return {
          tabs: current.tabs.filter((t) => t.id !== tabId),
          backgroundDocuments: documents,
          backgroundHistories: histories,
          closedTabs: [...current.closedTabs, { tab, document, history, index }],
          comparedTabIds,
          baselineTabId: current.baselineTabId === tabId ? (comparedTabIds[0] ?? null) : current.baselineTabId,
        };
      });
    },
    reopenClosedTab: () =>
      set((state) => {
        const closed = state.closedTabs.at(-1);
        if (!closed) return {};
        const tabs = [...state.tabs.slice(0, closed.index), closed.tab, ...state.tabs.slice(closed.index)];
        return {
          tabs,
          closedTabs: state.closedTabs.slice(0, -1),
          ...activation(state, closed.tab.id, { ...state.backgroundDocuments, [closed.tab.id]: closed.document }, { ...state.backgroundHistories, [closed.tab.id]: closed.history }),
        };
      }),
    documentOf: (tabId) => {
      const state = get();
      return tabId === state.activeTabId ? state.scenario : state.backgroundDocuments[tabId];
    },
    setCompared: (tabIds, baselineTabId) => {
      const known = new Set(get().tabs.map((tab) => tab.id));
      const comparedTabIds = [...new Set(tabIds)].filter((id) => known.has(id)).slice(0, maxCompared);
      const baseline = baselineTabId !== undefined && comparedTabIds.includes(baselineTabId) ? baselineTabId : comparedTabIds.includes(get().baselineTabId ?? '') ? get().baselineTabId : (comparedTabIds[0] ?? null);
      set({ comparedTabIds, baselineTabId: baseline });
    },
    toggleCompareView: () => {
      const { mainView, comparedTabIds, tabs, setCompared, setMainView } = get();
      if (mainView === 'compare') return setMainView('editor');
      if (comparedTabIds.length < 2) setCompared(tabs.map((tab) => tab.id));
      setMainView('compare');
    },
    replaceTabDocument: (tabId, document) => {
      const state = get();
      if (tabId === state.activeTabId) return state.loadScenario(document, { recordUndo: false });
      if (!state.backgroundDocuments[tabId]) return;
      const { [tabId]: _history, ...histories } = state.backgroundHistories;
      set({ backgroundDocuments: { ...state.backgroundDocuments, [tabId]: document }, backgroundHistories: histories });
    },
    restoreWorkspace: (entries, activeTabId) => {
      const active = entries.find(({ tab }) => tab.id === activeTabId) ?? entries[0];
      if (!active) return;
      const background = entries.filter((entry) => entry !== active);
      set({
        tabs: entries.map(({ tab }) => tab),
        activeTabId: active.tab.id,
        scenario: active.document,
        past: active.history?.past ?? [],
        future: active.history?.future ?? [],
        backgroundDocuments: Object.fromEntries(background.map(({ tab, document }) => [tab.id, document])),
        backgroundHistories: Object.fromEntries(background.flatMap(({ tab, history }) => (history ? [[tab.id, history]] : []))),
        closedTabs: [],
        comparedTabIds: [],
        baselineTabId: null,
        selection: [],
      });
    },
  };
};
