import type { StateCreator } from 'zustand';
import { createExampleScenario, type Scenario } from '../../model';
import type { MeridianState } from '../index';
import { keepExistingIds } from '../keepExistingIds';

/** How many steps undo can go back; older ones are forgotten. */
export const historyLimit = 200;

/** The scenario document: the single source of truth, with its undo history. */
export interface ScenarioSlice {
  scenario: Scenario;
  past: Scenario[];
  future: Scenario[];
  /** Replaces the whole document (import, restore, example); undoable unless `recordUndo` is false. */
  loadScenario: (scenario: Scenario, options?: { recordUndo?: boolean }) => void;
  /** Makes `next` the current document; with `recordUndo`, the current one goes onto the undo stack. */
  commitScenario: (next: Scenario, options: { recordUndo: boolean }) => void;
  undo: () => void;
  redo: () => void;
}

const pushed = (stack: Scenario[], scenario: Scenario) => [...stack, scenario].slice(-historyLimit);

export const createScenarioSlice: StateCreator<MeridianState, [], [], ScenarioSlice> = (set) => ({
  scenario: createExampleScenario(),
  past: [],
  future: [],
  loadScenario: (scenario, options) =>
    set((state) => ({
      scenario,
      selection: keepExistingIds(state.selection, scenario),
      ...(options?.recordUndo === false ? { past: [], future: [] } : { past: pushed(state.past, state.scenario), future: [] }),
    })),
  commitScenario: (next, { recordUndo }) =>
    set((state) => (recordUndo ? { scenario: next, past: pushed(state.past, state.scenario), future: [] } : { scenario: next })),
  undo: () =>
    set((state) => {
      const previous = state.past.at(-1);
      if (!previous) return {};
      return {
        scenario: previous,
        past: state.past.slice(0, -1),
        future: [state.scenario, ...state.future].slice(0, historyLimit),
        selection: keepExistingIds(state.selection, previous),
      };
    }),
  redo: () =>
    set((state) => {
      const [next, ...rest] = state.future;
      if (!next) return {};
      return { scenario: next, past: pushed(state.past, state.scenario), future: rest, selection: keepExistingIds(state.selection, next) };
    }),
});
