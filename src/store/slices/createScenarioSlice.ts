import type { StateCreator } from 'zustand';
import { createExampleScenario, type Scenario } from '../../model';
import type { MeridianState } from '../index';

/** The scenario document: the single source of truth, with its undo history. */
export interface ScenarioSlice {
  scenario: Scenario;
  past: Scenario[];
  future: Scenario[];
  /** Replaces the whole document (import, restore, example); undoable unless `recordUndo` is false. */
  loadScenario: (scenario: Scenario, options?: { recordUndo?: boolean }) => void;
}

export const createScenarioSlice: StateCreator<MeridianState, [], [], ScenarioSlice> = (set) => ({
  scenario: createExampleScenario(),
  past: [],
  future: [],
  loadScenario: (scenario, options) =>
    set((state) =>
      options?.recordUndo === false
        ? { scenario, past: [], future: [] }
        : { scenario, past: [...state.past, state.scenario], future: [] },
    ),
});
