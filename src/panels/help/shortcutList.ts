import type { ActionEntry } from '../../commands';
import { helpAction } from './helpAction';

/** One line of the shortcut help: the keys (alternatives) and what they do. */
export interface ShortcutRow {
  label: string;
  keys: string[];
}

/** Shortcuts handled by the app itself rather than by an action of the registry. */
export const appShortcuts: readonly ShortcutRow[] = [
  { label: helpAction.label, keys: [...(helpAction.shortcuts ?? [])] },
  { label: 'Clear the selection, close a dialog', keys: ['Escape'] },
  { label: 'Select several nodes', keys: ['Shift+click'] },
  { label: "Line a card up with its neighbours' edges and centres (guides show, it snaps)", keys: ['Drag'] },
];

const arrows: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓' };

/** `Mod+Shift+Z` as people press it on this platform: `Ctrl+Shift+Z`, or `⌘+Shift+Z` on a Mac. */
export function keysText(shortcut: string, mac: boolean): string {
  return shortcut
    .replaceAll('Mod', mac ? '⌘' : 'Ctrl')
    .replace(/Plus$/, '+')
    .replace(/Arrow(Left|Right|Up|Down)$/, (_, side: string) => arrows[side] ?? side);
}

/** Every action that has a shortcut, in registry order, then the app's own. */
export function shortcutRows(registry: readonly ActionEntry[], mac: boolean): ShortcutRow[] {
  const actions = registry.filter((action) => (action.shortcuts ?? []).length > 0).map((action) => ({ label: action.label, keys: (action.shortcuts ?? []).map((keys) => keysText(keys, mac)) }));
  return [...actions, ...appShortcuts];
}
