import { describe, expect, it } from 'vitest';
import { isTypingTarget, matchesShortcut, type KeyPress } from './matchesShortcut';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('matchesShortcut', () => {
  it('matches Ctrl and ⌘ as Mod', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(press('z'), 'Mod+Z')).toBe(false);
  });

  it('tells undo from redo by Shift', () => {
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(press('y', { ctrlKey: true }), 'Mod+Y')).toBe(true);
  });

  it('reads Plus as the plus key', () => {
    expect(matchesShortcut(press('+', { shiftKey: true }), 'Plus')).toBe(true);
    expect(matchesShortcut(press('='), 'Plus')).toBe(false);
  });

  it('matches plain keys only without modifiers', () => {
    expect(matchesShortcut(press('Delete'), 'Delete')).toBe(true);
    expect(matchesShortcut(press('Backspace', { ctrlKey: true }), 'Backspace')).toBe(false);
  });

  it('matches a punctuation key with or without Shift (layouts differ)', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesShortcut(press('?'), '?')).toBe(true);
    expect(matchesShortcut(press('/'), '?')).toBe(false);
    expect(matchesShortcut(press('?', { ctrlKey: true }), '?')).toBe(false);
  });

  it('treats nothing as a typing target outside a DOM', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});
