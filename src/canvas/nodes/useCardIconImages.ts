import type { LucideIcon } from 'lucide-react';
import { useLayoutEffect, type RefObject } from 'react';
import type { ComponentKind } from '../../model';
import { cardIconImageUrl } from './cardIconImage';
import { componentLooks, usersIcon, type NodeFamily } from './nodeIcons';

export type CardIconKey = ComponentKind | 'users';

const cardIcons: [CardIconKey, LucideIcon, NodeFamily][] = [
  ...Object.entries(componentLooks).map(([kind, look]): [CardIconKey, LucideIcon, NodeFamily] => [kind as ComponentKind, look.icon, look.family]),
  ['users', usersIcon, 'users'],
];

/** The CSS variable that holds a card icon's image (`useCardIconImages`): a card's icon tile paints it. */
export const cardIconVariable = (key: CardIconKey) => `var(--card-icon-${key})`;

/**
 * Puts every card icon, drawn in its family's colour of the theme in force, into CSS variables on the
 * canvas element (through the CSSOM, which the Content-Security-Policy allows), and draws them again
 * when the document's theme changes.
 */
export function useCardIconImages(canvasRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const draw = () => {
      const style = getComputedStyle(canvas);
      for (const [key, icon, family] of cardIcons) {
        canvas.style.setProperty(`--card-icon-${key}`, cardIconImageUrl(icon, style.getPropertyValue(`--family-${family}`).trim()));
      }
    };
    draw();
    const themeWatch = new MutationObserver(draw);
    themeWatch.observe(document.documentElement, { attributes: true });
    return () => themeWatch.disconnect();
  }, [canvasRef]);
}
