import { create } from 'zustand';
import type { ScenarioIssue } from '../../model';

/** A refused import: which file and everything wrong with it, for the error dialog. */
export interface ImportFailure {
  fileName: string;
  issues: ScenarioIssue[];
  /** Heading instead of "Could not import <fileName>" (a share link or a lesson step is not a file). */
  title?: string;
  /** What the problems belong to, in the dialog's sentence: "The file" unless said. */
  source?: string;
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
