import type { Locator, Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The edge labels on the canvas: which are drawn, which wait for a hover, what they cover and how large they read. */
export class EdgeLabels {
  constructor(readonly page: Page) {}

  label(edgeId: string): Locator {
    return this.page.getByTestId(`canvas.edge.${edgeId}.label`);
  }

  /** Labels drawn without a hover (those with room on their edge), by edge id. */
  async alwaysShown(): Promise<string[]> {
    return this.page.locator('.edge-label:not(.edge-label--on-hover)').evaluateAll((labels) =>
      labels.filter((label) => label.textContent?.trim()).map((label) => label.getAttribute('data-testid')?.replace(/^canvas\.edge\.(.*)\.label$/, '$1') ?? ''),
    );
  }

  /** Every drawn label that covers a card, a group's title or another drawn label, in words. Empty when none does. */
  async collisions(): Promise<string[]> {
    const box = async (locator: Locator, what: string) => ({ what, box: await locator.boundingBox() });
    const labels = await Promise.all((await this.alwaysShown()).map((id) => box(this.label(id), `the label of ${id}`)));
    const cards = await Promise.all((await this.page.locator('.node-card').all()).map((card, i) => box(card, `card ${i}`)));
    const titles = await Promise.all((await this.page.locator('.group-frame__header').all()).map((title, i) => box(title, `group title ${i}`)));
    const problems: string[] = [];
    for (const [i, label] of labels.entries()) {
      for (const other of [...cards, ...titles, ...labels.slice(i + 1)]) {
        if (label.box && other.box && overlaps(label.box, other.box)) problems.push(`${label.what} covers ${other.what}`);
      }
    }
    return problems;
  }

  /** The smallest label text on screen, in pixels: its font size times the zoom it is drawn at. */
  async smallestTextPx(): Promise<number> {
    return this.page.locator('.edge-label:not(.edge-label--on-hover)').evaluateAll((texts) =>
      Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * ((text as SVGGraphicsElement).getScreenCTM()?.a ?? 0))),
    );
  }
}
