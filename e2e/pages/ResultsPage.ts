import { expect, type Locator, type Page } from '@playwright/test';

/** The results panel: headline cards, charts, and the breakdown behind each headline. */
export class ResultsPage {
  readonly root: Locator;
  readonly dashboard: Locator;
  readonly updating: Locator;
  readonly expandButton: Locator;
  readonly explanation: Locator;
  readonly explanationTerms: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('results.panel');
    this.dashboard = page.getByTestId('results.dashboard');
    this.updating = page.getByTestId('results.updating');
    this.expandButton = page.getByTestId('results.expand');
    this.explanation = page.getByTestId('results.explain');
    this.explanationTerms = this.explanation.getByTestId('results.explain.term');
  }

  card(name: string): Locator {
    return this.page.getByTestId(`results.card.${name}`);
  }

  /** The big figure of a headline card. */
  value(name: string): Locator {
    return this.page.getByTestId(`results.card.${name}.value`);
  }

  chart(name: string): Locator {
    return this.page.getByTestId(`results.chart.${name}`);
  }

  utilization(componentId: string): Locator {
    return this.page.getByTestId(`results.utilization.${componentId}`);
  }

  /** The rows of the utilization list, busiest first. */
  utilizationRows(): Locator {
    return this.chart('utilization').getByRole('listitem');
  }

  /** Lists every component's utilization, or only the busiest again. */
  utilizationMore(): Locator {
    return this.page.getByTestId('results.utilization.more');
  }

  /** Waits until the engine has answered for the document as it is now. */
  async settled() {
    await expect(this.root).toHaveAttribute('data-status', 'ready');
  }

  async explain(name: string) {
    await this.card(name).click();
    await expect(this.explanation).toBeVisible();
  }
}
