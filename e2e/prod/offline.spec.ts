import { expect, test } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { ResultsPage } from '../pages/ResultsPage';

test('after its first load the app opens and computes offline', async ({ page, context }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await new ResultsPage(page).settled();
  // The service worker has cached this version's files once it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(canvas.node('app-a')).toBeVisible();
  await new ResultsPage(page).settled();
  await expect(page.getByTestId('results.card.availability.value')).toHaveText(/%$/);
  // A deep link opens the app too.
  await page.goto('/some/where?x=1');
  await expect(page.getByTestId('toolbar')).toBeVisible();
  await context.setOffline(false);
});
