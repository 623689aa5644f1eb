import type { ActionEntry } from '../../commands';
import { useShortcutsDialog } from './useShortcutsDialog';

/** Opens the keyboard-shortcut help; bound to `?` by the app's shortcut handler. */
export const helpAction: ActionEntry = { id: 'help', label: 'Show keyboard shortcuts', shortcuts: ['?'], recordsUndo: false };

export const openShortcutsDialog = () => useShortcutsDialog.getState().setOpen(true);
