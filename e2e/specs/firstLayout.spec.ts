import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createExampleScenario, type Scenario } from '../../src/model';
import { CanvasPage } from '../pages/CanvasPage';
import { ComparePage } from '../pages/ComparePage';

/** What the page logs as errors, e.g. `<path> attribute d: Expected number, "MNaN,NaN…"` for an edge drawn before its ends were measured. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The first layout is done once every edge of the design is drawn (an edge waits for both its ends to be measured). */
async function everyEdgeDrawn(canvas: CanvasPage, scenario: Scenario) {
  for (const { id } of scenario.edges) await expect(canvas.edge(id).locator('path.react-flow__edge-path')).toHaveAttribute('d', /^M\s*-?\d/);
}

test('loading the example draws its edges without a single console error', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const canvas = new CanvasPage(page);
  await canvas.open();
  await everyEdgeDrawn(canvas, createExampleScenario());
  await page.screenshot({ path: test.info().outputPath('example-first-layout.png') });
  expect(errors).toEqual([]);
});

test('opening a template with provider, region and zone groups draws its edges without a single console error', async ({ page }) => {
  const warmStandby = JSON.parse(await readFile('templates/warm-standby.json', 'utf8')) as Scenario;
  expect(warmStandby.groups.length).toBeGreaterThan(0);
  const canvas = new CanvasPage(page);
  const compare = new ComparePage(page);
  await canvas.open();
  await everyEdgeDrawn(canvas, createExampleScenario());
  const errors = collectConsoleErrors(page);
  await compare.openGallery();
  await page.getByTestId('templates.open.warm-standby').click();
  await everyEdgeDrawn(canvas, warmStandby);
  await page.screenshot({ path: test.info().outputPath('warm-standby-first-layout.png') });
  expect(errors).toEqual([]);
});
