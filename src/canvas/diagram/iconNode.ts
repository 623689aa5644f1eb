import type { LucideIcon, LucideIconNode } from 'lucide-react';
import { xmlElement } from './xmlMarkup';

/**
 * The SVG elements a lucide icon draws, read without React or a DOM: each lucide-react icon is a
 * `forwardRef` whose render function hands its icon data (`{ node }`, 24 × 24 units) to lucide's
 * `Icon`. lucide-react exports no other way to reach the drawing (`iconNode.test` checks every icon the canvas uses).
 */
export function iconNodeOf(icon: LucideIcon): LucideIconNode[] {
  const render = (icon as unknown as { render?: (props: object, ref: null) => { props?: { icon?: { node?: unknown } } } }).render;
  const node = render?.({}, null).props?.icon?.node;
  if (!Array.isArray(node)) throw new Error('This lucide-react version draws its icons in a way the export does not know.');
  return node as LucideIconNode[];
}

/** A lucide icon's shapes as SVG markup (its rects, lines and paths, in 24 × 24 units), for a drawing or an image. */
export function iconShapesMarkup(icon: LucideIcon): string {
  return iconNodeOf(icon)
    .map(([tag, attributes]) => xmlElement(tag, Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'key')) as Record<string, string | number>))
    .join('');
}
