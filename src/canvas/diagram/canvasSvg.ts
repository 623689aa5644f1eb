import type { LucideIcon } from 'lucide-react';
import type { EdgeKind } from '../../model';
import { edgeAppearance } from '../edges/edgeAppearance';
import type { NodeFamily } from '../nodes/nodeIcons';
import type { Diagram, DiagramCard, DiagramEdge, DiagramGroup } from './diagramGeometry';
import type { DiagramPalette } from './diagramPalette';
import { iconShapesMarkup } from './iconNode';
import { escapeXml, paint, round, xmlElement, textWidthPx, wrapText } from './xmlMarkup';

export interface CanvasSvgOptions {
  /** A heading above the drawing (the scenario's name). */
  title?: string;
  /** A key of edge kinds and node colours below the drawing. */
  legend?: boolean;
}

const marginPx = 40;
const titleHeightPx = 48;
const legendHeightPx = 64;
const edgeKinds: readonly EdgeKind[] = ['call', 'async', 'replication'];
const familyNames: Record<NodeFamily, string> = { routing: 'Routing', compute: 'Compute', data: 'Data', messaging: 'Messaging', external: 'External', users: 'Users' };

const text = (attributes: Record<string, string | number | undefined>, content: string) => xmlElement('text', attributes, escapeXml(content));

/** A lucide icon at (x, y), `sizePx` square, stroked in `colour`: its own rects, lines and paths. */
function icon(source: LucideIcon, x: number, y: number, sizePx: number, colour: string): string {
  const inner = iconShapesMarkup(source);
  const transform = `translate(${round(x)} ${round(y)}) scale(${round(sizePx / 24)})`;
  return xmlElement('g', { transform, fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, inner);
}

function groupMarkup(group: DiagramGroup, palette: DiagramPalette): string {
  const look = palette.group[group.kind];
  const { x, y, width, height } = group.box;
  const frame = xmlElement('rect', { x, y, width, height, rx: 12, ...paint(look.fill, 'fill'), ...paint(look.stroke, 'stroke'), 'stroke-width': 1.5, 'stroke-dasharray': group.kind === 'zone' ? '6 4' : undefined });
  const heading = xmlElement(
    'text',
    { x: x + 32, y: y + 21, fill: look.text, 'font-size': 12.5 },
    `${xmlElement('tspan', { 'font-weight': 650 }, escapeXml(group.name))}${xmlElement('tspan', { dx: 6, 'font-size': 11.5, 'fill-opacity': 0.75 }, escapeXml(group.detail))}`,
  );
  return xmlElement('g', { id: `group-${group.id}` }, `<title>${escapeXml(`${group.name} (${group.kindLabel})`)}</title>${frame}${icon(group.icon, x + 12, y + 9, 14, look.text)}${heading}`);
}

/** A card's name on two lines as on screen, or on three smaller ones when that keeps it whole. */
function cardName(name: string, widthPx: number): { lines: string[]; fontSizePx: number; lineHeightPx: number } {
  const regular = wrapText(name, widthPx, 12.5, 2);
  if (regular.whole) return { lines: regular.lines, fontSizePx: 12.5, lineHeightPx: 15 };
  return { lines: wrapText(name, widthPx, 11, 3).lines, fontSizePx: 11, lineHeightPx: 13 };
}

function cardMarkup(card: DiagramCard, palette: DiagramPalette): string {
  const family = palette.family[card.family];
  const { x, y, width, height } = card.box;
  const users = card.kind === 'client';
  const radius = users ? height / 2 : 8;
  const body = xmlElement('rect', { x: x + 0.5, y: y + 0.5, width: width - 1, height: height - 1, rx: radius, ...paint(palette.card, 'fill'), ...paint(users ? palette.usersBorder : palette.cardBorder, 'stroke') });
  const accent = users ? '' : xmlElement('rect', { x, y: y + 1, width: 3, height: height - 2, rx: 1.5, ...paint(family.stroke, 'fill') });
  const iconX = x + 11;
  const iconY = y + (height - 30) / 2;
  const iconBox = xmlElement('rect', { x: iconX, y: iconY, width: 30, height: 30, rx: users ? 15 : 6, ...paint(family.soft, 'fill') });
  const textX = iconX + 39;
  const textWidth = x + width - 10 - textX;
  const name = cardName(card.name, textWidth);
  const detailLine = wrapText(card.detail, textWidth, 11, 1).lines[0] ?? '';
  const blockHeight = name.lines.length * name.lineHeightPx + 2 + 14;
  const top = y + (height - blockHeight) / 2;
  const nameText = xmlElement(
    'text',
    { x: textX, y: top + name.fontSizePx - 0.5, fill: palette.text, 'font-size': name.fontSizePx, 'font-weight': 600 },
    name.lines.map((line, i) => xmlElement('tspan', { x: textX, dy: i === 0 ? undefined : name.lineHeightPx }, escapeXml(line))).join(''),
  );
  const detail = text({ x: textX, y: top + name.lines.length * name.lineHeightPx + 13, fill: palette.textMuted, 'font-size': 11 }, detailLine);
  return xmlElement('g', { id: `node-${card.id}` }, `<title>${escapeXml(`${card.name} (${card.kindLabel}) — ${card.detail}`)}</title>${body}${accent}${iconBox}${icon(card.icon, iconX + 6, iconY + 6, 18, family.stroke)}${nameText}${detail}`);
}

function markers(palette: DiagramPalette): string {
  return edgeKinds
    .map((kind) => {
      const fill = paint(palette.edge[kind], 'fill');
      const end = xmlElement('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto', markerUnits: 'userSpaceOnUse' }, xmlElement('path', { d: 'M0,1L10,5L0,9z', ...fill }));
      const start = xmlElement('marker', { id: `arrow-start-${kind}`, viewBox: '0 0 10 10', refX: 1, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto', markerUnits: 'userSpaceOnUse' }, xmlElement('path', { d: 'M10,1L0,5L10,9z', ...fill }));
      return end + start;
    })
    .join('');
}

function edgeMarkup(edge: DiagramEdge, palette: DiagramPalette): string {
  const look = edgeAppearance[edge.kind];
  const line = xmlElement('path', {
    d: edge.path,
    fill: 'none',
    ...paint(palette.edge[edge.kind], 'stroke'),
    'stroke-width': edge.kind === 'replication' ? 2.2 : 1.6,
    'stroke-dasharray': look.dash,
    'marker-end': `url(#arrow-${edge.kind})`,
    'marker-start': look.bothEnds ? `url(#arrow-start-${edge.kind})` : undefined,
  });
  if (!edge.label) return xmlElement('g', { id: `edge-${edge.id}` }, line);
  const width = textWidthPx(edge.label, 11) + 8;
  const background = xmlElement('rect', { x: edge.labelX - width / 2, y: edge.labelY - 9, width, height: 18, rx: 4, ...paint(palette.card, 'fill') });
  const label = text({ x: edge.labelX, y: edge.labelY + 4, 'text-anchor': 'middle', fill: palette.textMuted, 'font-size': 11 }, edge.label);
  return xmlElement('g', { id: `edge-${edge.id}` }, line + background + label);
}

function legendMarkup(x: number, y: number, palette: DiagramPalette): string {
  let cursor = x;
  const parts: string[] = [];
  for (const kind of edgeKinds) {
    const look = edgeAppearance[kind];
    parts.push(xmlElement('path', { d: `M${round(cursor)},${round(y + 14)}h30`, ...paint(palette.edge[kind], 'stroke'), 'stroke-width': 2, 'stroke-dasharray': look.dash, 'marker-end': `url(#arrow-${kind})` }));
    parts.push(text({ x: cursor + 38, y: y + 18, fill: palette.textMuted, 'font-size': 12 }, look.label));
    cursor += 38 + textWidthPx(look.label, 12) + 24;
  }
  cursor = x;
  for (const family of Object.keys(familyNames) as NodeFamily[]) {
    parts.push(xmlElement('rect', { x: cursor, y: y + 34, width: 12, height: 12, rx: 3, ...paint(palette.family[family].stroke, 'fill') }));
    parts.push(text({ x: cursor + 18, y: y + 44, fill: palette.textMuted, 'font-size': 12 }, familyNames[family]));
    cursor += 18 + textWidthPx(familyNames[family], 12) + 20;
  }
  return xmlElement('g', { id: 'legend' }, parts.join(''));
}

/** Width the legend needs, so that a small drawing still shows it whole. */
const legendWidthPx = 520;

/**
 * The canvas as a standalone SVG 1.1 document made of shapes, paths and text (no `foreignObject`,
 * nothing a vector editor or draw.io cannot open): the theme's background, groups as framed
 * rectangles, components as cards with their lucide icon as paths, every name as selectable text,
 * edges as the canvas curves them with their labels; an optional title and legend.
 */
export function canvasSvg(diagram: Diagram, palette: DiagramPalette, options: CanvasSvgOptions = {}): { svg: string; width: number; height: number } {
  const { bounds } = diagram;
  const top = options.title ? titleHeightPx : 0;
  const width = Math.ceil(Math.max(bounds.width + 2 * marginPx, options.legend ? legendWidthPx + 2 * marginPx : 0));
  const height = Math.ceil(bounds.height + 2 * marginPx + top + (options.legend ? legendHeightPx : 0));
  const drawing = [...diagram.groups.map((group) => groupMarkup(group, palette)), ...diagram.edges.map((edge) => edgeMarkup(edge, palette)), ...diagram.cards.map((card) => cardMarkup(card, palette))].join('\n');
  const parts = [
    `<defs>${markers(palette)}</defs>`,
    xmlElement('rect', { width, height, ...paint(palette.background, 'fill') }),
    options.title ? text({ x: marginPx, y: marginPx + 14, fill: palette.text, 'font-size': 20, 'font-weight': 650 }, options.title) : '',
    xmlElement('g', { transform: `translate(${round(marginPx - bounds.x)} ${round(marginPx + top - bounds.y)})` }, `\n${drawing}\n`),
    options.legend ? legendMarkup(marginPx, marginPx + top + bounds.height + 24, palette) : '',
  ];
  const root = { xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': palette.fontFamily };
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xmlElement('svg', root, `\n${parts.filter(Boolean).join('\n')}\n`)}\n`, width, height };
}
