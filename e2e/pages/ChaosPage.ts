import { expect, type Locator, type Page } from '@playwright/test';

/** The chaos view in the results panel: planned failures, run controls, measured vs analytic, and the charts. */
export class ChaosPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly run: Locator;
  readonly cancel: Locator;
  readonly progress: Locator;
  readonly seconds: Locator;
  readonly pace: Locator;
  readonly addTarget: Locator;
  readonly add: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('results.tab.chaos');
    this.panel = page.getByTestId('chaos.panel');
    this.run = page.getByTestId('chaos.run');
    this.cancel = page.getByTestId('chaos.cancel');
    this.progress = page.getByTestId('chaos.progress');
    this.seconds = page.getByTestId('chaos.seconds');
    this.pace = page.getByTestId('chaos.pace');
    this.addTarget = page.getByTestId('chaos.add.target');
    this.add = page.getByTestId('chaos.add');
  }

  async open() {
    await this.tab.click();
    await expect(this.panel).toBeVisible();
  }

  failure(target: string): Locator {
    return this.page.getByTestId(`chaos.failure.${target}`);
  }

  /** Sets when a planned failure happens and how long it lasts (null: to the end of the run). */
  async schedule(target: string, atSeconds: number, durationSeconds: number | null) {
    await this.page.getByTestId(`chaos.failure.${target}.at`).fill(String(atSeconds));
    await this.page.getByTestId(`chaos.failure.${target}.duration`).fill(durationSeconds === null ? '' : String(durationSeconds));
  }

  chart(name: 'requests' | 'success' | 'latency' | 'utilization' | 'queues'): Locator {
    return this.page.getByTestId(`chaos.chart.${name}`);
  }

  figure(name: string): Locator {
    return this.page.getByTestId(`chaos.${name}`);
  }

  async finished() {
    await expect(this.progress).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  }
}
