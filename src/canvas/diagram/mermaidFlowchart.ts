import type { ComponentKind } from '../../model';
import type { Diagram, DiagramCard } from './diagramGeometry';

/**
 * Text for inside a Mermaid `"…"` label: Mermaid's entity codes for the characters its grammar or
 * its HTML labels would read (`#quot;`, `#lt;`…), `#` first so that the codes are not re-read.
 */
export function mermaidText(text: string): string {
  return text
    .replaceAll('#', '#35;')
    .replaceAll('"', '#quot;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replaceAll('\n', ' ');
}

/** Shapes that say what a node is: users as stadiums, data stores as cylinders, queues as subroutines. */
const shapes: Partial<Record<ComponentKind | 'client', [string, string]>> = {
  client: ['([', '])'],
  database: ['[(', ')]'],
  cache: ['[(', ')]'],
  objectStorage: ['[(', ')]'],
  queue: ['[[', ']]'],
};

const arrows = { call: '-->', async: '-.->', replication: '<-.->' } as const;

/**
 * The design as a Mermaid flowchart: providers, regions and zones as nested subgraphs holding their
 * components (name and kind), users outside them, and every edge with its kind's arrow (solid call,
 * dotted async, two-way dotted replication) and label. Ids are generated (`n1`, `g1`) because
 * Mermaid gives meaning to words such as `end`; every name is quoted and escaped.
 */
export function mermaidFlowchart(diagram: Diagram): string {
  const ids = new Map<string, string>();
  diagram.groups.forEach((group, i) => ids.set(group.id, `g${i + 1}`));
  diagram.cards.forEach((card, i) => ids.set(card.id, `n${i + 1}`));
  const node = (card: DiagramCard) => {
    const [open, close] = shapes[card.kind] ?? ['[', ']'];
    return `${ids.get(card.id)}${open}"${mermaidText(card.name)}<br/>${mermaidText(card.kindLabel)}"${close}`;
  };
  const lines = ['flowchart TD'];
  /** Writes what `parentId` holds; returns how many lines that took. */
  const write = (parentId: string | null, depth: number): number => {
    const start = lines.length;
    const indent = '  '.repeat(depth);
    for (const group of diagram.groups.filter((g) => g.parentId === parentId)) {
      lines.push(`${indent}subgraph ${ids.get(group.id)}["${mermaidText(`${group.name} (${group.kindLabel})`)}"]`);
      // Mermaid draws an empty subgraph as a bare label over its neighbours: an empty zone says so instead.
      if (write(group.id, depth + 1) === 0) lines.push(`${indent}  ${ids.get(group.id)}_empty["(empty)"]`);
      lines.push(`${indent}end`);
    }
    for (const card of diagram.cards.filter((c) => c.parentId === parentId)) lines.push(`${indent}${node(card)}`);
    return lines.length - start;
  };
  write(null, 1);
  for (const edge of diagram.edges) {
    const label = edge.label ? `|"${mermaidText(edge.label)}"|` : '';
    lines.push(`  ${ids.get(edge.from)} ${arrows[edge.kind]}${label} ${ids.get(edge.to)}`);
  }
  return `${lines.join('\n')}\n`;
}
