import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasPage } from './CanvasPage';
import { InspectorPage } from './InspectorPage';
import { PalettePage } from './PalettePage';

/** Where on a target a palette item is dropped, as fractions of its width and height from its top-left corner. */
export type DropSpot = { x: number; y: number };

/**
 * Builds a design as a person does, one UI action per call (a drag, a click, a choice), and counts
 * the actions. Reading the screen (which node was just added) costs nothing.
 */
export class DesignBuilder {
  readonly canvas: CanvasPage;
  readonly palette: PalettePage;
  readonly inspector: InspectorPage;
  actions = 0;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.palette = new PalettePage(page);
    this.inspector = new InspectorPage(page);
  }

  private async act<T>(step: () => Promise<T>): Promise<T> {
    this.actions += 1;
    await this.canvas.viewSettled();
    return step();
  }

  private async drop(kind: string, target: Locator, spot: DropSpot) {
    const box = await target.boundingBox();
    if (!box) throw new Error(`the drop target for ${kind} is not on screen`);
    await this.palette.dropOnto(kind, target, { x: box.width * spot.x, y: box.height * spot.y });
  }

  /** The one node the last add selected. */
  private async added(): Promise<string> {
    await expect.poll(() => this.canvas.selectedNodeIds()).toHaveLength(1);
    const [id] = await this.canvas.selectedNodeIds();
    if (!id) throw new Error('nothing was selected after adding');
    return id;
  }

  /** "+" beside the tabs: a blank design in a new tab. */
  async newDesign() {
    await this.act(() => this.page.getByTestId('workspace.new').click());
    await expect(this.page.locator('.react-flow__node')).toHaveCount(0);
  }

  /** Drags a palette item onto `target` (a group, or the empty canvas); returns the new node's id. */
  async add(kind: string, target: Locator, spot: DropSpot): Promise<string> {
    const before = await this.page.locator('.react-flow__node').count();
    await this.act(() => this.drop(kind, target, spot));
    await expect(this.page.locator('.react-flow__node')).toHaveCount(before + 1);
    return this.added();
  }

  /** Drags a region onto the canvas and picks its catalog region in the dialog that opens: two actions. */
  async addRegion(target: Locator, spot: DropSpot, regionId: string): Promise<string> {
    await this.act(() => this.drop('region', target, spot));
    await this.act(() => this.page.getByTestId(`region-picker.option.${regionId}`).click());
    return this.added();
  }

  /** Chooses a value in a select field of the inspector. */
  async choose(field: string, value: string) {
    await this.act(() => this.inspector.field(field).selectOption(value));
  }

  /** Picks the kind of the next edges drawn. */
  async edgeKind(kind: 'call' | 'async' | 'replication') {
    await this.act(() => this.canvas.edgeKind(kind).click());
  }

  /** The toolbar's "Zoom to fit". */
  async zoomToFit() {
    await this.act(() => this.page.getByTestId('toolbar.fit').click());
    await this.canvas.viewSettled();
  }

  /** The smallest card name on the canvas, in screen pixels (its font size times the zoom). */
  async smallestNameFontPx(): Promise<number> {
    return this.canvas.root.locator('.node-card__name').evaluateAll((names: HTMLElement[]) =>
      Math.min(...names.map((name) => (name.getBoundingClientRect().height / (name.offsetHeight || 1)) * parseFloat(getComputedStyle(name).fontSize))),
    );
  }

  /** Draws a connection between two nodes; returns the edge's locator once it is drawn. */
  async connect(from: string, to: string) {
    const edges = this.page.locator('.react-flow__edge');
    const before = await edges.count();
    await this.act(() => this.canvas.connect(from, to));
    await expect(edges).toHaveCount(before + 1);
  }
}
