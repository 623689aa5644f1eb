import type { StateCreator } from 'zustand';
import {
  copyFragment,
  deleteElementsCommand,
  duplicateElementsCommand,
  gridSize,
  pasteCommand,
  type Command,
  type CommandResult,
} from '../../commands';
import type { MeridianState } from '../index';

/** Editor actions: run a command against the document and apply its result. */
export interface EditorSlice {
  /** Performs a command; on success commits its scenario (one undo step if it records undo) and its selection. */
  dispatch: <Args>(command: Command<Args>, args: Args) => CommandResult;
  copySelection: () => void;
  pasteClipboard: () => void;
  duplicateSelection: () => void;
  deleteSelection: () => void;
}

/** Copies land two grid steps away from their original, and further with each paste. */
const pasteStep = gridSize * 2;

export const createEditorSlice: StateCreator<MeridianState, [], [], EditorSlice> = (set, get) => ({
  dispatch: (command, args) => {
    const { scenario, commitScenario } = get();
    const result = command.perform(scenario, args);
    if (!result.ok) return result;
    if (result.scenario !== scenario) commitScenario(result.scenario, { recordUndo: command.recordsUndo });
    if (result.selection) set({ selection: result.selection });
    return result;
  },
  copySelection: () => {
    const { scenario, selection } = get();
    const fragment = copyFragment(scenario, selection);
    if (fragment) set({ clipboard: fragment, pasteCount: 0 });
  },
  pasteClipboard: () => {
    const { clipboard, pasteCount, dispatch, showNotice } = get();
    if (!clipboard) return;
    const step = pasteStep * (pasteCount + 1);
    const result = dispatch(pasteCommand, { fragment: clipboard, offset: { x: step, y: step } });
    if (result.ok) set({ pasteCount: pasteCount + 1 });
    else showNotice('info', result.reason);
  },
  duplicateSelection: () => {
    const { selection, dispatch, showNotice } = get();
    if (selection.length === 0) return;
    const result = dispatch(duplicateElementsCommand, { ids: selection, offset: { x: pasteStep, y: pasteStep } });
    if (!result.ok) showNotice('info', result.reason);
  },
  deleteSelection: () => {
    const { selection, dispatch } = get();
    if (selection.length > 0) dispatch(deleteElementsCommand, { ids: selection });
  },
});
