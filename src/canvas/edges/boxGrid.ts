import type { Box } from './floatingEdgeGeometry';

/** Side of a grid cell, canvas pixels: about a card and its gap, so a label's box touches a few cells. */
const cellPx = 240;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Boxes filed by the grid cells they touch, so that asking whether a box overlaps any of them looks
 * only at its neighbours: placing every label of a 1 000-component design against every card, title
 * and label already placed would otherwise take seconds.
 */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(boxes: Iterable<Box> = []) {
    for (const box of boxes) this.add(box);
  }

  private *cellKeys(box: Box): Generator<string> {
    for (let cx = Math.floor(box.x / cellPx); cx <= Math.floor((box.x + box.width) / cellPx); cx += 1) {
      for (let cy = Math.floor(box.y / cellPx); cy <= Math.floor((box.y + box.height) / cellPx); cy += 1) yield `${cx},${cy}`;
    }
  }

  add(box: Box): void {
    for (const key of this.cellKeys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  overlapsAny(box: Box): boolean {
    for (const key of this.cellKeys(box)) {
      if (this.cells.get(key)?.some((other) => overlaps(box, other))) return true;
    }
    return false;
  }
}
