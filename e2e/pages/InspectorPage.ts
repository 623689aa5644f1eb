import type { Locator, Page } from '@playwright/test';

/** The inspector on the right: fields of the selection, or of the scenario when nothing is selected. */
export class InspectorPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly subtitle: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('inspector');
    this.title = page.getByTestId('inspector.title');
    this.subtitle = page.getByTestId('inspector.subtitle');
    this.deleteButton = page.getByTestId('inspector.delete');
  }

  field(name: string): Locator {
    return this.page.getByTestId(`inspector.field.${name}`);
  }

  error(name: string): Locator {
    return this.page.getByTestId(`inspector.field.${name}.error`);
  }

  /** Types a value and commits it with Enter, as a person would. */
  async setField(name: string, value: string) {
    const field = this.field(name);
    await field.fill(value);
    await field.press('Enter');
  }
}
