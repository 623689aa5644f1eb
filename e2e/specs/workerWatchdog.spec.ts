import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { ResultsPage } from '../pages/ResultsPage';

// The watchdog's budget for the example is about ten seconds (it grows with the design's size).
const detection = { timeout: 40_000 };

function engineWorker(page: Page) {
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (!worker) throw new Error('the engine worker is not running');
  return worker;
}

async function editAndExpectRecovery(page: Page) {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  const results = new ResultsPage(page);
  await canvas.select('app-a');
  await inspector.setField('instances', '6');
  await expect(page.getByTestId('results.restarted')).toContainText('did not answer', detection);
  await expect(page.getByTestId('results.restarted')).toContainText('was restarted');
  await results.settled();
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveText('8.3 %');
}

test.beforeEach(async ({ page }) => {
  await new CanvasPage(page).open();
  await new ResultsPage(page).settled();
});

test('an engine worker stuck in a loop is restarted with a notice, and the edit is computed', async ({ page }) => {
  test.setTimeout(90_000);
  await engineWorker(page).evaluate(() => {
    setTimeout(() => {
      for (;;);
    }, 0);
  });
  await editAndExpectRecovery(page);
  await page.screenshot({ path: '/tmp/watchdog-hang.png' });
});

test('an engine worker that closes itself is restarted with a notice, and the edit is computed', async ({ page }) => {
  test.setTimeout(90_000);
  await engineWorker(page).evaluate(() => {
    setTimeout(() => (self as unknown as { close(): void }).close(), 0);
  });
  await editAndExpectRecovery(page);
});
