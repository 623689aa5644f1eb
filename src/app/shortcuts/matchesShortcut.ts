/** The parts of a keyboard event a shortcut looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press is a shortcut written like `Mod+Shift+Z`, `Delete`, `Mod+Y`, `?` or `Plus`.
 * `Mod` is Ctrl or ⌘ (either is accepted, so the same shortcut works on every platform). Shift is
 * not compared for a punctuation key: typing `?` takes Shift on some keyboards and not on others.
 */
export function matchesShortcut(press: KeyPress, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const named = parts.pop()?.toLowerCase();
  // `+` separates the parts of a shortcut, so the plus key itself is written `Plus`.
  const key = named === 'plus' ? '+' : named;
  const wantsMod = parts.includes('Mod');
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  return (
    press.key.toLowerCase() === key &&
    (press.ctrlKey || press.metaKey) === wantsMod &&
    (press.shiftKey === wantsShift || /^[^\p{L}\p{N}]$/u.test(key ?? '')) &&
    press.altKey === wantsAlt
  );
}

/** Typing in a field must never trigger canvas shortcuts (Backspace deletes a character, not a node). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
