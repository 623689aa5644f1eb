import type { EdgeKind, GroupKind } from '../../model';
import type { NodeFamily } from '../nodes/nodeIcons';

/** The theme's colours a drawing of the canvas needs, as CSS colour strings. */
export interface DiagramPalette {
  fontFamily: string;
  background: string;
  card: string;
  cardBorder: string;
  text: string;
  textMuted: string;
  usersBorder: string;
  family: Record<NodeFamily, { stroke: string; soft: string }>;
  group: Record<GroupKind, { fill: string; stroke: string; text: string }>;
  edge: Record<EdgeKind, string>;
}

const families: readonly NodeFamily[] = ['routing', 'compute', 'data', 'messaging', 'external', 'users'];
const groupKinds: readonly GroupKind[] = ['provider', 'region', 'zone'];
const edgeKinds: readonly EdgeKind[] = ['call', 'async', 'replication'];

/**
 * The palette of the theme in force on `element` (the canvas), read from the same CSS variables the
 * canvas is painted with, so that an export looks like the screen in either theme.
 */
export function readDiagramPalette(element: Element): DiagramPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(`--${name}`).trim();
  return {
    fontFamily: read('font-sans') || 'system-ui, sans-serif',
    background: read('canvas-bg') || '#ffffff',
    card: read('surface-raised'),
    cardBorder: read('border'),
    text: read('text'),
    textMuted: read('text-muted'),
    usersBorder: read('family-users-border'),
    family: Object.fromEntries(families.map((family) => [family, { stroke: read(`family-${family}`), soft: read(`family-${family}-soft`) }])) as DiagramPalette['family'],
    group: Object.fromEntries(groupKinds.map((kind) => [kind, { fill: read(`group-${kind}-bg`), stroke: read(`group-${kind}-border`), text: read(`group-${kind}-text`) }])) as DiagramPalette['group'],
    edge: Object.fromEntries(edgeKinds.map((kind) => [kind, read(`edge-${kind}`)])) as DiagramPalette['edge'],
  };
}
