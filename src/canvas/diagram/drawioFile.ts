import type { Box } from '../edges/floatingEdgeGeometry';
import type { Diagram, DiagramCard, DiagramEdge, DiagramGroup } from './diagramGeometry';
import type { DiagramPalette } from './diagramPalette';
import { xmlElement } from './xmlMarkup';

/** draw.io's own style strings: `key=value;…`. */
const style = (entries: Record<string, string | number | undefined>) =>
  Object.entries(entries)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join(';');

/** draw.io takes `#rrggbb`; a CSS colour it cannot read (rgba) falls back to its default. */
const hex = (colour: string) => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : undefined);

/** A child's geometry is relative to its container, as draw.io nests them. */
const geometry = (box: Box, parent: Box | undefined) =>
  xmlElement('mxGeometry', { x: box.x - (parent?.x ?? 0), y: box.y - (parent?.y ?? 0), width: box.width, height: box.height, as: 'geometry' });

const cellId = (prefix: string, id: string) => `${prefix}-${id}`;

function groupCell(group: DiagramGroup, parent: DiagramGroup | undefined, palette: DiagramPalette): string {
  const look = palette.group[group.kind];
  const cellStyle = style({
    rounded: 1, arcSize: 4, absoluteArcSize: 1, container: 1, collapsible: 0, whiteSpace: 'wrap', html: 0, verticalAlign: 'top', align: 'left',
    spacingLeft: 10, spacingTop: 4, fontStyle: 1, fillColor: 'none', strokeColor: hex(look.stroke), fontColor: hex(look.text), dashed: group.kind === 'zone' ? 1 : undefined, meridianKind: group.kind,
  });
  const attributes = { id: cellId('g', group.id), value: `${group.name} (${group.kindLabel})`, style: cellStyle, vertex: 1, parent: parent ? cellId('g', parent.id) : '1' };
  return xmlElement('mxCell', attributes, geometry(group.box, parent?.box));
}

function cardCell(card: DiagramCard, parent: DiagramGroup | undefined, palette: DiagramPalette): string {
  const family = palette.family[card.family];
  const cellStyle = style({
    rounded: 1, arcSize: card.kind === 'client' ? 50 : 12, whiteSpace: 'wrap', html: 0, fillColor: hex(palette.card), strokeColor: hex(family.stroke), fontColor: hex(palette.text), strokeWidth: 1.5, meridianKind: card.kind,
  });
  const attributes = { id: cellId('n', card.id), value: `${card.name}\n${card.kindLabel}`, style: cellStyle, vertex: 1, parent: parent ? cellId('g', parent.id) : '1' };
  return xmlElement('mxCell', attributes, geometry(card.box, parent?.box));
}

const edgeStyles: Record<DiagramEdge['kind'], Record<string, string | number>> = {
  call: { endArrow: 'block', endFill: 1 },
  async: { endArrow: 'block', endFill: 1, dashed: 1, dashPattern: '6 4' },
  replication: { startArrow: 'block', startFill: 1, endArrow: 'block', endFill: 1, dashed: 1, dashPattern: '1 4', strokeWidth: 2 },
};

function edgeCell(edge: DiagramEdge, palette: DiagramPalette): string {
  const cellStyle = style({ curved: 1, html: 0, strokeColor: hex(palette.edge[edge.kind]), fontColor: hex(palette.textMuted), labelBackgroundColor: hex(palette.card), ...edgeStyles[edge.kind], meridianKind: edge.kind });
  const attributes = { id: cellId('e', edge.id), value: edge.label ?? '', style: cellStyle, edge: 1, parent: '1', source: cellId('n', edge.from), target: cellId('n', edge.to) };
  return xmlElement('mxCell', attributes, xmlElement('mxGeometry', { relative: 1, as: 'geometry' }));
}

/**
 * The drawing as a draw.io (diagrams.net) file: an uncompressed `mxfile` whose providers, regions
 * and zones are containers holding their components (positions relative to them, as draw.io nests),
 * components and users as rounded shapes labelled with their name and kind, edges as connectors
 * between them styled by kind (dashed async, two-way dotted replication) with their labels.
 */
export function drawioFile(diagram: Diagram, palette: DiagramPalette, name: string): string {
  const groups = new Map(diagram.groups.map((group) => [group.id, group]));
  const parentOf = (id: string | null) => (id === null ? undefined : groups.get(id));
  const cells = [
    xmlElement('mxCell', { id: '0' }),
    xmlElement('mxCell', { id: '1', parent: '0' }),
    ...diagram.groups.map((group) => groupCell(group, parentOf(group.parentId), palette)),
    ...diagram.cards.map((card) => cardCell(card, parentOf(card.parentId), palette)),
    // After the shapes they join: a reader that resolves ids in one pass finds both ends.
    ...diagram.edges.map((edge) => edgeCell(edge, palette)),
  ];
  const model = xmlElement('mxGraphModel', { grid: 1, gridSize: 20, guides: 1, page: 0, background: hex(palette.background) }, xmlElement('root', {}, `\n${cells.join('\n')}\n`));
  const file = xmlElement('mxfile', { host: 'Meridian', type: 'device' }, xmlElement('diagram', { id: 'meridian', name }, model));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${file}\n`;
}
