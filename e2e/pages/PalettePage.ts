import type { Locator, Page } from '@playwright/test';

/** The palette on the left: every kind of node that can be put on the canvas. */
export class PalettePage {
  constructor(readonly page: Page) {}

  item(kind: string): Locator {
    return this.page.getByTestId(`palette.item.${kind}`);
  }

  /** Drags an item with a real HTML5 drag onto `target`, at `position` inside it (pixels from its top-left). */
  async dragTo(kind: string, target: Locator, position: { x: number; y: number }) {
    await this.item(kind).dragTo(target, { targetPosition: position });
  }

  /** Drops an item at a spot of `target` whatever is drawn over that spot (a card, a nested frame), as a person's drop would. */
  async dropOnto(kind: string, target: Locator, position: { x: number; y: number }) {
    await this.item(kind).dragTo(target, { targetPosition: position, force: true });
  }
}
