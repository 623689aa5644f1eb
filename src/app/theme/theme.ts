import { create } from 'zustand';

export type Theme = 'light' | 'dark';

const storageKey = 'meridian.theme';
const darkQuery = '(prefers-color-scheme: dark)';

function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be disabled; the system preference still applies
  }
}

const systemTheme = (): Theme => (matchMedia(darkQuery).matches ? 'dark' : 'light');

/** The theme in force: the one the person chose (saved), else the system's. */
export const useTheme = create<{ theme: Theme }>()(() => ({ theme: 'light' }));

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  useTheme.setState({ theme });
}

/**
 * Applies the theme before the first render (no flash of the wrong one) and follows the system's
 * preference until the person picks a theme with `chooseTheme`.
 */
export function startTheme(): void {
  apply(savedTheme() ?? systemTheme());
  matchMedia(darkQuery).addEventListener('change', () => {
    if (savedTheme() === null) apply(systemTheme());
  });
}

/** The person's choice, kept across visits. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(storageKey, theme);
  } catch {
    // Not saved, but applied for this visit.
  }
  apply(theme);
}
