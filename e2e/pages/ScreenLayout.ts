import type { Page } from '@playwright/test';
import { CanvasPage } from './CanvasPage';
import { FilesPage } from './FilesPage';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DrawnDocument {
  groups: { id: string; name: string; parentId: string | null }[];
  components: { id: string; name: string; groupId: string | null }[];
  clients: { id: string; name: string }[];
}

/** Less than a pixel: frames and cards are drawn on whole canvas pixels, the screen rounds. */
const tolerancePx = 1;

const overlaps = (a: Box, b: Box) => a.x + tolerancePx < b.x + b.width && b.x + tolerancePx < a.x + a.width && a.y + tolerancePx < b.y + b.height && b.y + tolerancePx < a.y + a.height;
const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - tolerancePx && inner.y >= outer.y - tolerancePx && inner.x + inner.width <= outer.x + outer.width + tolerancePx && inner.y + inner.height <= outer.y + outer.height + tolerancePx;

/**
 * The containment invariant as a person sees it: who holds whom from the exported document, where
 * everything is from the boxes drawn on screen.
 */
export class ScreenLayout {
  readonly canvas: CanvasPage;
  readonly files: FilesPage;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.files = new FilesPage(page);
  }

  /** Every break of the invariant on screen, in words: siblings that overlap, a node outside its group. Empty when it holds. */
  async problems(): Promise<string[]> {
    await this.canvas.viewSettled();
    const drawn = JSON.parse((await this.files.exportedDocument()).text) as DrawnDocument;
    const groupIds = new Set(drawn.groups.map((group) => group.id));
    const nodes = [
      ...drawn.groups.map((group) => ({ id: group.id, name: group.name, parent: group.parentId, locator: this.canvas.group(group.id) })),
      ...drawn.components.map((c) => ({ id: c.id, name: c.name, parent: c.groupId, locator: this.canvas.node(c.id) })),
      ...drawn.clients.map((client) => ({ id: client.id, name: client.name, parent: null, locator: this.canvas.node(client.id) })),
    ].map((node) => ({ ...node, parent: node.parent !== null && groupIds.has(node.parent) ? node.parent : null }));
    const boxes = new Map<string, Box | null>();
    for (const node of nodes) boxes.set(node.id, await node.locator.boundingBox());
    const nameOf = (id: string) => nodes.find((node) => node.id === id)?.name ?? id;
    const problems: string[] = [];
    for (const [i, node] of nodes.entries()) {
      const box = boxes.get(node.id);
      if (!box) {
        problems.push(`${node.name} is not drawn`);
        continue;
      }
      const frame = node.parent === null ? null : boxes.get(node.parent);
      if (node.parent !== null && frame && !contains(frame, box)) problems.push(`${node.name} is drawn outside ${nameOf(node.parent)}`);
      for (const other of nodes.slice(i + 1)) {
        const otherBox = boxes.get(other.id);
        if (other.parent === node.parent && otherBox && overlaps(box, otherBox)) problems.push(`${node.name} overlaps ${other.name}`);
      }
    }
    return problems;
  }

  /** Whether a node lies wholly in the visible part of the canvas. */
  async inView(id: string, kind: 'node' | 'group'): Promise<boolean> {
    await this.canvas.viewSettled();
    const [box, pane] = [await (kind === 'node' ? this.canvas.node(id) : this.canvas.group(id)).boundingBox(), await this.canvas.pane.boundingBox()];
    return box !== null && pane !== null && contains(pane, box);
  }
}
