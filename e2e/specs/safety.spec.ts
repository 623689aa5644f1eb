import { expect, test } from '@playwright/test';
import { recordNetwork } from '../journeys/networkRecorder';
import { workshopJourney } from '../journeys/workshopJourney';

test('a whole journey makes no request beyond the app’s own origin (SPEC §5)', async ({ page, context, baseURL }) => {
  const network = recordNetwork(context);
  await workshopJourney(page);
  expect(network.urls.length).toBeGreaterThan(10);
  expect(network.offOrigin(new URL(baseURL ?? '').origin)).toEqual([]);
});

test('user text is rendered as text: markup in a scenario name and a node name stays literal', async ({ page }) => {
  await page.goto('/');
  const markup = '<img src=x onerror="window.__xss=1"><b>bold</b>';
  await page.getByTestId('toolbar.scenario-name').waitFor();
  const name = page.getByTestId('inspector.field.name');
  await name.fill(markup);
  await name.press('Enter');
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
