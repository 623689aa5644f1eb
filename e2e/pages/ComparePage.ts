import { expect, type Locator, type Page } from '@playwright/test';

/** The template gallery, the scenario tabs and the compare view. */
export class ComparePage {
  readonly view: Locator;
  readonly table: Locator;
  readonly gallery: Locator;
  readonly tabs: Locator;
  readonly sweepStatus: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('compare.view');
    this.table = page.getByTestId('compare.table');
    this.gallery = page.getByTestId('templates.dialog');
    this.tabs = page.getByTestId('workspace.tabs');
    this.sweepStatus = page.getByTestId('compare.sweep.status');
  }

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByTestId('canvas.node.app-a')).toBeVisible();
  }

  /** Click 1: the toolbar's Templates button. */
  async openGallery() {
    // No time limit of its own: on a loaded machine the click can take seconds to be handled; the test's limit applies.
    if (!(await this.gallery.isVisible())) await this.page.getByTestId('toolbar.templates').click();
    await expect(this.gallery).toBeVisible();
    const back = this.page.getByTestId('templates.back');
    if (await back.isVisible()) await back.click();
  }

  /**
   * The three clicks from the toolbar to a comparison: Templates, "Compare with…" on the first
   * template, "Compare with this" on the second (`whilePicking` runs between the last two).
   */
  async compareTemplates(firstId: string, secondId: string, whilePicking: () => Promise<void> = async () => {}) {
    await this.openGallery();
    await this.page.getByTestId(`templates.compare.${firstId}`).click();
    await whilePicking();
    await this.page.getByTestId(`templates.pick.${secondId}`).click();
    await expect(this.view).toBeVisible();
  }

  /** Waits until the compare worker has evaluated the documents shown. */
  async settled() {
    await expect(this.view).toHaveAttribute('data-status', 'ready');
  }

  concernRow(concern: string): Locator {
    return this.page.getByTestId(`compare.table.row.${concern}`);
  }

  /** The table cell of a figure for the scenario in column `index`. */
  cell(concern: string, key: string, index: number): Locator {
    return this.page.getByTestId(`compare.table.cell.${concern}.${key}.${index}`);
  }

  chart(name: string): Locator {
    return this.page.getByTestId(`compare.chart.${name}`);
  }

  /** Moves the mouse over a chart's plot area (`plot`), at these shares of its width and height from its top left. */
  async hoverPlot(plot: Locator, xShare: number, yShare: number) {
    const box = await plot.boundingBox();
    if (!box) throw new Error('the plot is not on screen');
    await this.page.mouse.move(box.x + box.width * xShare, box.y + box.height * yShare);
  }

  async runSweep(kind: string) {
    await this.page.getByTestId(`compare.sweep.${kind}`).click();
  }
}
