import { useEffect } from 'react';
import {
  copyAction,
  deleteElementsCommand,
  duplicateElementsCommand,
  fitViewAction,
  gridSize,
  nudgeAction,
  nudgeFurtherAction,
  pasteCommand,
  presenterAction,
  redoAction,
  selectAllAction,
  tidyUpCommand,
  undoAction,
  zoomInAction,
  zoomOutAction,
  type ActionEntry,
} from '../../commands';
import { tidyUpDesign } from '../../canvas';
import { helpAction, openShortcutsDialog } from '../../panels';
import { useMeridianStore, type MeridianState } from '../../store';
import { isTypingTarget, matchesShortcut } from './matchesShortcut';

/**
 * Each action's shortcuts (from its registry entry) and what it does in the editor. An action
 * returns false when it had nothing to act on, so the browser keeps the key (Ctrl+C with nothing
 * selected still copies page text; Ctrl+V with an empty clipboard still pastes).
 */
const bindings: ReadonlyArray<[ActionEntry, (state: MeridianState) => boolean]> = [
  [undoAction, (state) => (state.undo(), true)],
  [redoAction, (state) => (state.redo(), true)],
  [copyAction, (state) => state.selection.length > 0 && (state.copySelection(), true)],
  [pasteCommand, (state) => state.clipboard !== null && (state.pasteClipboard(), true)],
  [duplicateElementsCommand, (state) => state.selection.length > 0 && (state.duplicateSelection(), true)],
  [deleteElementsCommand, (state) => state.selection.length > 0 && (state.deleteSelection(), true)],
  // Ctrl+A on the editor selects the design, never the page's text.
  [selectAllAction, (state) => state.mainView === 'editor' && (state.selectAllNodes(), true)],
  [zoomInAction, (state) => state.mainView === 'editor' && (state.requestView('zoomIn'), true)],
  [zoomOutAction, (state) => state.mainView === 'editor' && (state.requestView('zoomOut'), true)],
  [fitViewAction, (state) => state.mainView === 'editor' && (state.requestView('fit'), true)],
  [tidyUpCommand, (state) => state.mainView === 'editor' && (void tidyUpDesign(), true)],
  [presenterAction, (state) => (state.togglePresenting(), true)],
  [helpAction, () => (openShortcutsDialog(), true)],
];

const arrowSteps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Arrow keys nudge the selection through the document (one undo step each). They are caught on the
 * way down, before React Flow's own node handler, which would move the nodes on screen only.
 */
function nudge(event: KeyboardEvent, state: MeridianState): boolean {
  const step = arrowSteps[event.key];
  const action = [nudgeAction, nudgeFurtherAction].find((entry) => entry.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut)));
  if (!step || !action || state.mainView !== 'editor') return false;
  const distance = action === nudgeFurtherAction ? gridSize * 5 : gridSize;
  return state.nudgeSelection(step[0] * distance, step[1] * distance);
}

/** Editor shortcuts, listened for on the window but never while a field has the focus or a dialog is open. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    // The printable report covers the editor: its keys (Delete, arrows, undo) must not change the design behind it.
    const ignored = (event: KeyboardEvent) => event.defaultPrevented || isTypingTarget(event.target) || useMeridianStore.getState().regionPicker !== null || useMeridianStore.getState().printReport !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (ignored(event)) return;
      const state = useMeridianStore.getState();
      if (event.key === 'Escape') {
        state.setSelection([]);
        return;
      }
      const binding = bindings.find(([action]) => action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut)));
      if (binding?.[1](state)) event.preventDefault();
    };
    const onArrowKey = (event: KeyboardEvent) => {
      if (ignored(event) || (event.target instanceof Element && event.target.closest('dialog[open]'))) return;
      if (nudge(event, useMeridianStore.getState())) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onArrowKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onArrowKey, { capture: true });
    };
  }, []);
}
