import type { Layout, NodeLayout, Scenario } from '../../model';
import { cardSize, gridSize } from './nodeSizes';

const gap = gridSize * 2;
const padding = gridSize;
/** Room at the top of a group frame for its title. */
const header = gridSize * 2;
/** Cards per row inside a zone. */
const zoneColumns = 2;

interface Box {
  width: number;
  height: number;
}

/** Places `count` cards in rows of `columns` at (x0, y0); returns their positions. */
function cardGrid(ids: readonly string[], columns: number, x0: number, y0: number): Record<string, NodeLayout> {
  return Object.fromEntries(ids.map((id, i) => [id, { x: x0 + (i % columns) * (cardSize.width + gap), y: y0 + Math.floor(i / columns) * (cardSize.height + gap) }]));
}

function gridBox(count: number, columns: number): Box {
  const cols = Math.min(count, columns);
  const rows = Math.ceil(count / columns);
  return { width: cols * cardSize.width + Math.max(0, cols - 1) * gap, height: rows * cardSize.height + Math.max(0, rows - 1) * gap };
}

/**
 * A tidy layout for a scenario drawn without one (templates, generated documents): client populations
 * in a row on top, global components below them, then providers side by side; inside a provider its
 * regions side by side; inside a region its own components in a row above its zones; inside a zone
 * its components two to a row. Positions are relative to the parent group, as the canvas stores them.
 */
export function autoLayout(scenario: Scenario): Layout {
  const nodes: Record<string, NodeLayout> = {};
  const childGroups = (parentId: string | null) => scenario.groups.filter((g) => g.parentId === parentId);
  const componentsIn = (groupId: string | null) => scenario.components.filter((c) => c.groupId === groupId).map((c) => c.id);

  /** Lays out a group and everything inside it; returns its size. */
  const place = (groupId: string): Box => {
    const group = scenario.groups.find((g) => g.id === groupId);
    const cards = componentsIn(groupId);
    if (group?.kind === 'zone') {
      const box = gridBox(Math.max(cards.length, 1), zoneColumns);
      Object.assign(nodes, cardGrid(cards, zoneColumns, padding, header));
      return { width: box.width + 2 * padding, height: header + box.height + padding };
    }
    const cardRow = cards.length > 0 ? gridBox(cards.length, cards.length) : { width: 0, height: -gap };
    const top = header + cardRow.height + gap;
    let x = padding;
    let tallest = 0;
    for (const child of childGroups(groupId)) {
      const size = place(child.id);
      nodes[child.id] = { x, y: top, ...size };
      x += size.width + gap;
      tallest = Math.max(tallest, size.height);
    }
    const width = Math.max(x - gap + padding, cardRow.width + 2 * padding, cardSize.width + 2 * padding);
    Object.assign(nodes, cardGrid(cards, cards.length, padding + (width - 2 * padding - cardRow.width) / 2, header));
    return { width, height: top + Math.max(tallest, 0) + padding };
  };

  let x = 0;
  for (const top of childGroups(null)) {
    const size = place(top.id);
    nodes[top.id] = { x, y: 0, ...size };
    x += size.width + gap;
  }
  const totalWidth = Math.max(x - gap, 0);
  const centredRow = (ids: readonly string[], y: number) => {
    const row = gridBox(ids.length, ids.length);
    Object.assign(nodes, cardGrid(ids, ids.length, Math.round((totalWidth - row.width) / 2 / gridSize) * gridSize, y));
  };
  const globals = componentsIn(null);
  centredRow(globals, -(cardSize.height + 2 * gap));
  centredRow(
    scenario.clients.map((c) => c.id),
    -(cardSize.height + 2 * gap) * (globals.length > 0 ? 2 : 1),
  );
  return { nodes };
}
