import type { StateCreator } from 'zustand';
import type { Scenario } from '../../model';
import type { ComparedOutcome } from '../../worker';
import { evaluatedDocument } from '../evaluatedDocument';
import type { MeridianState } from '../index';

/** The printable report being prepared or shown: one page per scenario. */
export interface PrintReport {
  /** Increases with every request, so that a late evaluation of an earlier one is dropped. */
  id: number;
  /** The tabs printed, one page each, in order. */
  tabIds: string[];
  /** The document printed for each tab, by tab id. */
  documents: Record<string, Scenario>;
  /** Each tab's report as the heavy-work pool delivered it, by tab id; empty until all are in. */
  outcomes: Record<string, ComparedOutcome>;
}

export interface PrintSlice {
  printReport: PrintReport | null;
  /**
   * Opens the printable report of what the person is looking at: the compared scenarios in the compare
   * view (as it evaluates them), else every open tab in tab order. The heavy-work pool evaluates them.
   */
  openPrintReport: () => void;
  printReportEvaluated: (id: number, outcomes: Record<string, ComparedOutcome>) => void;
  closePrintReport: () => void;
}

/** The tabs a printed report covers, in order (see `openPrintReport`). */
function printedTabIds(state: MeridianState): string[] {
  return state.mainView === 'compare' && state.comparedTabIds.length > 0 ? state.comparedTabIds : state.tabs.map((tab) => tab.id);
}

export const createPrintSlice: StateCreator<MeridianState, [], [], PrintSlice> = (set, get) => ({
  printReport: null,
  openPrintReport: () => {
    const state = get();
    const comparing = state.mainView === 'compare';
    const documents: Record<string, Scenario> = {};
    for (const tabId of printedTabIds(state)) {
      const document = comparing ? evaluatedDocument(state, tabId) : state.documentOf(tabId);
      if (document) documents[tabId] = document;
    }
    set({ printReport: { id: (state.printReport?.id ?? 0) + 1, tabIds: Object.keys(documents), documents, outcomes: {} } });
  },
  printReportEvaluated: (id, outcomes) => set((state) => (state.printReport?.id === id ? { printReport: { ...state.printReport, outcomes } } : {})),
  closePrintReport: () => set({ printReport: null }),
});
