import type { LucideIcon } from 'lucide-react';
import { iconShapesMarkup } from '../diagram/iconNode';
import { xmlElement } from '../diagram/xmlMarkup';

/**
 * A lucide icon drawn in `colour` as a CSS image (`url("data:image/svg+xml,…")`), for a card's icon
 * tile: an image paints as one picture, where an inline `<svg>` (even one `<use>` of a shared symbol)
 * brings transforms and clips of its own that the browser re-layerizes, per card, on every frame.
 */
export function cardIconImageUrl(icon: LucideIcon, colour: string): string {
  const svg = xmlElement(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 24 24', fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    iconShapesMarkup(icon),
  );
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}
