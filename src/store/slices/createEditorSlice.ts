import type { StateCreator } from 'zustand';
import {
  collectDescendants,
  copyFragment,
  deleteElementsCommand,
  moveNodesCommand,
  duplicateElementsCommand,
  guardCallAmplification,
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
  /** Selects every node on the canvas (groups, components, populations), not the edges. */
  selectAllNodes: () => void;
  /** Moves the selected nodes by (dx, dy) canvas pixels, as one undo step; false when nothing is selected. */
  nudgeSelection: (dx: number, dy: number) => boolean;
}

export const createEditorSlice: StateCreator<MeridianState, [], [], EditorSlice> = (set, get) => ({
  dispatch: (command, args) => {
    const { scenario, commitScenario } = get();
    const result = guardCallAmplification(scenario, command.perform(scenario, args));
    if (!result.ok) return result;
    if (result.scenario !== scenario) commitScenario(result.scenario, { recordUndo: command.recordsUndo });
    if (result.selection) set({ selection: result.selection });
    return result;
  },
  copySelection: () => {
    const { scenario, selection } = get();
    const fragment = copyFragment(scenario, selection);
    if (fragment) set({ clipboard: fragment });
  },
  pasteClipboard: () => {
    const { clipboard, dispatch, showNotice } = get();
    if (!clipboard) return;
    const result = dispatch(pasteCommand, { fragment: clipboard });
    if (!result.ok) showNotice('info', result.reason);
  },
  duplicateSelection: () => {
    const { selection, dispatch, showNotice } = get();
    if (selection.length === 0) return;
    const result = dispatch(duplicateElementsCommand, { ids: selection });
    if (!result.ok) showNotice('info', result.reason);
  },
  deleteSelection: () => {
    const { selection, dispatch } = get();
    if (selection.length > 0) dispatch(deleteElementsCommand, { ids: selection });
  },
  selectAllNodes: () => {
    const { scenario } = get();
    set({ selection: [...scenario.groups, ...scenario.components, ...scenario.clients].map((element) => element.id) });
  },
  nudgeSelection: (dx, dy) => {
    const { scenario, selection, dispatch } = get();
    // A node inside a selected group moves with it, not a second time on its own.
    const carried = collectDescendants(scenario, selection);
    const positions = Object.fromEntries(
      selection.flatMap((id) => {
        const layout = scenario.layout.nodes[id];
        return layout && !carried.has(id) ? [[id, { x: layout.x + dx, y: layout.y + dy }]] : [];
      }),
    );
    if (Object.keys(positions).length === 0) return false;
    dispatch(moveNodesCommand, { positions });
    return true;
  },
});
