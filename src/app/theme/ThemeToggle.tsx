import { Moon, Sun } from 'lucide-react';
import { chooseTheme, useTheme } from './theme';

/** Switches between the light and the dark theme; the choice is saved. */
export function ThemeToggle() {
  const theme = useTheme((state) => state.theme);
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = `Switch to the ${next} theme`;
  return (
    <button type="button" className="icon-button" onClick={() => chooseTheme(next)} aria-label={label} title={label} data-testid="toolbar.theme" data-theme-now={theme}>
      {theme === 'dark' ? <Sun size={17} aria-hidden="true" /> : <Moon size={17} aria-hidden="true" />}
    </button>
  );
}
