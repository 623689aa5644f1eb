import { create } from 'zustand';
import type { ScenarioIssue } from '../../model';

/** A refused import: which file and everything wrong with it, for the error dialog. */
export interface ImportFailure {
  fileName: string;
  issues: ScenarioIssue[];
}

interface ImportFailureState {
  failure: ImportFailure | null;
  showImportFailure: (failure: ImportFailure) => void;
  dismissImportFailure: () => void;
}

/** Shared by the toolbar's Import button, the window drop target and the dialog they open. */
export const useImportFailure = create<ImportFailureState>()((set) => ({
  failure: null,
  showImportFailure: (failure) => set({ failure }),
  dismissImportFailure: () => set({ failure: null }),
}));
