import { describe, expect, it } from 'vitest';
import { actionRegistry, redoAction, undoAction } from '../../commands';
import { appShortcuts, keysText, shortcutRows } from './shortcutList';

describe('shortcutRows', () => {
  it('lists every action of the registry that has a shortcut, then the app’s own', () => {
    const rows = shortcutRows(actionRegistry, false);
    expect(rows).toContainEqual({ label: undoAction.label, keys: ['Ctrl+Z'] });
    expect(rows).toContainEqual({ label: redoAction.label, keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] });
    expect(rows.slice(-appShortcuts.length)).toEqual(appShortcuts);
    expect(rows.length).toBe(actionRegistry.filter((a) => (a.shortcuts ?? []).length > 0).length + appShortcuts.length);
  });

  it('writes Mod as ⌘ on a Mac', () => {
    expect(keysText('Mod+Shift+Z', true)).toBe('⌘+Shift+Z');
  });

  it('writes the plus key and the arrows as people see them on their keys', () => {
    expect(keysText('Plus', false)).toBe('+');
    expect(keysText('Shift+ArrowLeft', false)).toBe('Shift+←');
  });
});
