import { expect, type Locator, type Page } from '@playwright/test';

/** Share links: the "Share link" button, the link dialog, and the dialog that asks before a link is opened. */
export class SharePage {
  readonly shareButton: Locator;
  readonly linkDialog: Locator;
  readonly linkUrl: Locator;
  readonly linkClose: Locator;
  readonly openDialog: Locator;
  readonly openName: Locator;
  readonly openConfirm: Locator;
  readonly openCancel: Locator;

  constructor(readonly page: Page) {
    this.shareButton = page.getByTestId('files.share');
    this.linkDialog = page.getByTestId('share.link');
    this.linkUrl = page.getByTestId('share.link.url');
    this.linkClose = page.getByTestId('share.link.close');
    this.openDialog = page.getByTestId('share.open');
    this.openName = page.getByTestId('share.open.name');
    this.openConfirm = page.getByTestId('share.open.confirm');
    this.openCancel = page.getByTestId('share.open.cancel');
  }

  /** Makes a link of the open scenario and reads it from the dialog. */
  async shareScenario(): Promise<string> {
    await this.shareButton.click();
    await expect(this.linkDialog).toBeVisible();
    const url = await this.linkUrl.inputValue();
    await this.linkClose.click();
    return url;
  }
}
