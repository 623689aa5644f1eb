import { expect, type Locator, type Page } from '@playwright/test';

/** Reaching the relay through the dev server's proxy, and re-syncing after a restart, on a machine shared with other runs. */
export const relayTimeout = { timeout: 30_000 };

/** "Design together": the toolbar button, its dialog, an invitation, and others' presence on the canvas. */
export class TogetherPage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly link: Locator;
  readonly status: Locator;
  readonly people: Locator;
  readonly invitation: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('together.open');
    this.dialog = page.getByTestId('together.dialog');
    this.link = page.getByTestId('together.link.url');
    this.status = page.getByTestId('together.status');
    this.people = page.getByTestId('together.people');
    this.invitation = page.getByTestId('together.invitation');
  }

  /** Shares the active tab in a new room as `name`; returns the link for the others, once online. */
  async start(name: string): Promise<string> {
    await this.button.click();
    await this.page.getByTestId('together.name').fill(name);
    await this.page.getByTestId('together.start').click();
    await expect(this.status).toHaveAttribute('data-status', 'online', relayTimeout);
    const link = await this.link.inputValue();
    await this.page.getByTestId('together.done').click();
    return link;
  }

  /** Opens a design-together link as `name` and joins. */
  async join(link: string, name: string) {
    await this.page.goto(link);
    await this.page.getByTestId('together.invitation.name').fill(name);
    await this.page.getByTestId('together.invitation.join').click();
    await expect(this.button).toHaveAttribute('data-status', 'online', relayTimeout);
  }

  cursorOf(name: string): Locator {
    return this.page.getByTestId('presence.cursor').filter({ hasText: name });
  }
}
