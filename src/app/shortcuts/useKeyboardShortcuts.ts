import { useEffect } from 'react';
import { copyAction, deleteElementsCommand, duplicateElementsCommand, pasteCommand, presenterAction, redoAction, undoAction, type ActionEntry } from '../../commands';
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
  [presenterAction, (state) => (state.togglePresenting(), true)],
  [helpAction, () => (openShortcutsDialog(), true)],
];

/** Editor shortcuts, listened for on the window but never while a field has the focus. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const state = useMeridianStore.getState();
      if (state.regionPicker) return;
      if (event.key === 'Escape') {
        state.setSelection([]);
        return;
      }
      const binding = bindings.find(([action]) => action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut)));
      if (binding?.[1](state)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
