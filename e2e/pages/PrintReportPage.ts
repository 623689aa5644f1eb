import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The printed report as Chromium's print produces it: its file and each page's text, read by poppler's pdftotext. */
export interface PrintedPdf {
  path: string;
  pageCount: number;
  pageTexts: string[];
}

/** The printable report: "Print report…" in the Export-as menu, its preview of the pages, and the PDF. */
export class PrintReportPage {
  readonly dialog: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('print');
    this.pages = this.dialog.locator('article.print-page');
  }

  /** "Print report…", then waits until every scenario's report is in. */
  async open() {
    await this.page.getByTestId('files.export-as').click();
    await this.page.getByTestId('files.export.print').click();
    await expect(this.dialog).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }

  sheet(index: number): Locator {
    return this.page.getByTestId(`print.page.${index}`);
  }

  /** What "Save as PDF" writes (print media, the page size and margins the report's @page asks for). */
  async pdf(): Promise<PrintedPdf> {
    const path = join(mkdtempSync(join(tmpdir(), 'meridian-report-')), 'report.pdf');
    writeFileSync(path, await this.page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageTexts = Array.from({ length: pageCount }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'], { encoding: 'utf8' }));
    return { path, pageCount, pageTexts };
  }
}
