import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A file in e2e/fixtures. */
export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The files region: Import…, Export, the drop target, notices and the import error dialog. */
export class FilesPage {
  readonly importButton: Locator;
  readonly exportButton: Locator;
  readonly notices: Locator;
  readonly errorDialog: Locator;
  readonly errorDialogIssues: Locator;
  readonly errorDialogClose: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByTestId('files.import');
    this.exportButton = page.getByTestId('files.export');
    this.notices = page.getByTestId('files.notice');
    this.errorDialog = page.getByTestId('files.error-dialog');
    this.errorDialogIssues = page.getByTestId('files.error-dialog.issues').getByRole('listitem');
    this.errorDialogClose = page.getByTestId('files.error-dialog.close');
    this.dropOverlay = page.getByTestId('files.drop-overlay');
  }

  /** Opens the app and waits until the saved work has been restored. */
  async open() {
    await this.page.goto('/');
    await this.waitUntilRestored();
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilRestored();
  }

  private async waitUntilRestored() {
    await expect(this.page.getByTestId('files.restoring')).toHaveCount(0);
    await expect(this.importButton).toBeVisible();
  }

  /** Imports through the file picker, as a person does. */
  async importFile(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(path);
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Downloads one of "Export as…", optionally with a title and legend on images. */
  async exportAs(item: 'report-md' | 'report-csv' | 'canvas-png' | 'canvas-svg' | 'canvas-drawio' | 'canvas-mermaid', { titleAndLegend = false } = {}): Promise<{ fileName: string; bytes: Buffer }> {
    await this.page.getByTestId('files.export-as').click();
    await this.page.getByTestId('files.export.title-and-legend').setChecked(titleAndLegend);
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`files.export.${item}`).click();
    const done = await download;
    return { fileName: done.suggestedFilename(), bytes: await readFile(await done.path()) };
  }

  /** Exports and reads back the downloaded document. */
  async exportedDocument(): Promise<{ fileName: string; text: string }> {
    const download = await this.export();
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Drags a file from outside the browser over the window, as the OS does, optionally dropping it. */
  async dragFileOver(path: string, { drop }: { drop: boolean }) {
    const text = await readFile(path, 'utf8');
    const name = path.split('/').at(-1) ?? 'dropped.json';
    const dataTransfer = await this.page.evaluateHandle(([content, fileName]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      return transfer;
    }, [text, name] as const);
    const target = this.page.locator('body');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    if (drop) await target.dispatchEvent('drop', { dataTransfer });
  }

  notice(text: string | RegExp): Locator {
    return this.notices.filter({ hasText: text });
  }
}
