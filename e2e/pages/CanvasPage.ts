import { expect, type Locator, type Page } from '@playwright/test';

/** A box on screen, in page pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas: nodes, groups, edges, the edge-kind toggle and the connection error. */
export class CanvasPage {
  readonly root: Locator;
  readonly pane: Locator;
  readonly connectionError: Locator;
  readonly notice: Locator;
  readonly regionPicker: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('canvas');
    this.pane = this.root.locator('.react-flow__pane');
    this.connectionError = page.getByTestId('canvas.connection-error');
    this.notice = page.getByTestId('canvas.notice');
    this.regionPicker = page.getByTestId('region-picker');
  }

  /** Opens the app on the example scenario, once the canvas has drawn it. */
  async open() {
    await this.page.goto('/');
    await expect(this.node('app-a')).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  group(id: string): Locator {
    return this.page.getByTestId(`canvas.group.${id}`);
  }

  edge(id: string): Locator {
    return this.root.getByTestId(`rf__edge-${id}`);
  }

  edgeKind(kind: 'call' | 'async' | 'replication'): Locator {
    return this.page.getByTestId(`canvas.edge-kind.${kind}`);
  }

  async select(id: string) {
    await this.node(id).click();
  }

  /** Clicks an empty spot of the canvas (clears the selection, takes the focus off any field). */
  async clickEmpty() {
    await this.pane.click({ position: { x: 12, y: 200 } });
  }

  /** Draws a connection by dragging from one node's source handle to another's target handle. */
  async connect(fromId: string, toId: string) {
    const from = this.page.getByTestId(`canvas.node.${fromId}.source`);
    const to = this.page.getByTestId(`canvas.node.${toId}.target`);
    const start = await from.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error(`handles of ${fromId} or ${toId} are not on screen`);
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Whether `inner`'s box lies inside `outer`'s on screen. */
  async isInside(inner: Locator, outer: Locator): Promise<boolean> {
    const a = await inner.boundingBox();
    const b = await outer.boundingBox();
    if (!a || !b) return false;
    return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  }

  /** Whether two elements' boxes overlap on screen (touching edges do not). */
  async overlap(a: Locator, b: Locator): Promise<boolean> {
    const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
    if (!boxA || !boxB) return false;
    return boxA.x < boxB.x + boxB.width && boxB.x < boxA.x + boxA.width && boxA.y < boxB.y + boxB.height && boxB.y < boxA.y + boxA.height;
  }

  /**
   * The on-screen boxes of nodes and groups, by id, all read in one frame: read one after the other, an
   * animated zoom to fit could move the view between two of them. A node not on the page is left out.
   */
  async boxes(ids: readonly string[]): Promise<Record<string, ScreenBox>> {
    return this.page.evaluate((wanted) => {
      const found: Record<string, ScreenBox> = {};
      for (const id of wanted) {
        const element = document.querySelector(`[data-testid="canvas.node.${id}"]`) ?? document.querySelector(`[data-testid="canvas.group.${id}"]`);
        if (!element) continue;
        const { left, top, right, bottom } = element.getBoundingClientRect();
        found[id] = { left, top, right, bottom };
      }
      return found;
    }, ids);
  }

  /** Drags a card by its middle until its middle is at `to` (page pixels), in small steps as a hand would. */
  async drag(id: string, to: { x: number; y: number }) {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`${id} is not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Waits until the view stops moving (an animated zoom to fit), so a drop lands where it was aimed. */
  async viewSettled() {
    const viewport = this.root.locator('.react-flow__viewport');
    let last: string | null = null;
    await expect
      .poll(async () => {
        const now = await viewport.getAttribute('style');
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
  }

  /** Ids of the nodes React Flow shows as selected. */
  async selectedNodeIds(): Promise<string[]> {
    return this.root.locator('.react-flow__node.selected').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? ''));
  }
}
