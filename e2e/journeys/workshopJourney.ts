import { expect, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage, fixturePath } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';
import { ResultsPage } from '../pages/ResultsPage';

/**
 * What a workshop participant does in a few minutes: open the example, edit a fleet, read the
 * results and an explanation, export the report and the canvas in every format, import a file and
 * a broken one. The safety specs watch the network and the Content-Security-Policy through it.
 */
export async function workshopJourney(page: Page): Promise<void> {
  const canvas = new CanvasPage(page);
  const files = new FilesPage(page);
  const inspector = new InspectorPage(page);
  const results = new ResultsPage(page);
  await files.open();
  await expect(canvas.node('app-a')).toBeVisible();
  await results.settled();

  await canvas.select('app-a');
  await inspector.setField('instances', '4');
  await results.settled();
  await canvas.clickEmpty();
  await results.explain('availability');
  await page.keyboard.press('Escape');

  for (const item of ['report-md', 'report-csv', 'canvas-png', 'canvas-svg'] as const) expect((await files.exportAs(item)).bytes.length).toBeGreaterThan(100);
  await files.exportedDocument();

  await files.importFile(fixturePath('valid-scenario.json'));
  await expect(files.notice(/^Imported /)).toBeVisible();
  await files.importFile(fixturePath('invalid-scenario.json'));
  await expect(files.errorDialog).toBeVisible();
  await files.errorDialogClose.click();
  await results.settled();
}
