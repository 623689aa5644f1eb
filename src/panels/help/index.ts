export { ShortcutsDialog } from './ShortcutsDialog';
export { useShortcutsDialog } from './useShortcutsDialog';
export { helpAction, openShortcutsDialog } from './helpAction';
