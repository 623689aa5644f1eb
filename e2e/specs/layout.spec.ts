import { expect, test } from '@playwright/test';
import { CanvasPage, type ScreenBox } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { PalettePage } from '../pages/PalettePage';

/** What tidy-up promises for the example: each layer above the next, zones side by side, siblings apart. */
const layers = [['users-eu', 'dns'], ['users-us', 'dns'], ['dns', 'aws'], ['lb', 'zone-a'], ['lb', 'zone-b'], ['app-a', 'cache'], ['app-a', 'db']];
const siblings = [['users-eu', 'users-us', 'dns', 'aws'], ['lb', 'zone-a', 'zone-b'], ['app-a', 'cache', 'db']];
const exampleIds = [...new Set([...layers.flat(), ...siblings.flat()])];

/** Where the boxes (read in one frame) break that promise, in words; empty when it holds. */
function tidyProblems(boxes: Record<string, ScreenBox>): string[] {
  const problems: string[] = [];
  for (const [upper = '', lower = ''] of layers) {
    const [a, b] = [boxes[upper], boxes[lower]];
    if (!a || !b || a.bottom >= b.top) problems.push(`${upper} is not above ${lower}`);
  }
  const [zoneA, zoneB] = [boxes['zone-a'], boxes['zone-b']];
  if (!zoneA || !zoneB || Math.abs(zoneA.top - zoneB.top) > 0.5 || zoneA.right >= zoneB.left) problems.push('zone-a and zone-b are not side by side');
  for (const row of siblings) {
    for (const [i, one] of row.entries()) {
      for (const other of row.slice(i + 1)) {
        const [a, b] = [boxes[one], boxes[other]];
        if (a && b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${one} and ${other} overlap`);
      }
    }
  }
  return problems;
}

let canvas: CanvasPage;
let palette: PalettePage;
let inspector: InspectorPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  palette = new PalettePage(page);
  inspector = new InspectorPage(page);
  await canvas.open();
});

test('a zone added from the palette lands in free space inside its region, which grows to hold it', async ({ page }) => {
  await canvas.select('lb');
  await canvas.clickEmpty();
  await palette.item('zone').click();
  const added = page.locator('[data-testid^="canvas.group."][data-testid$="1c"]');
  await expect(added).toBeVisible();
  for (const zone of ['zone-a', 'zone-b']) expect(await canvas.overlap(added, canvas.group(zone))).toBe(false);
  expect(await canvas.isInside(added, canvas.group('eu-west-1'))).toBe(true);
  expect(await canvas.isInside(canvas.group('eu-west-1'), canvas.group('aws'))).toBe(true);
});

test('"Placed in" moves the card into its new zone on screen', async () => {
  await canvas.select('cache');
  await inspector.field('groupId').selectOption('zone-b');
  await expect.poll(() => canvas.isInside(canvas.node('cache'), canvas.group('zone-b'))).toBe(true);
  expect(await canvas.overlap(canvas.node('cache'), canvas.node('app-b'))).toBe(false);
});

test('a duplicate lands beside its original, not on it', async ({ page }) => {
  await canvas.select('app-b');
  await page.keyboard.press('Control+d');
  await expect(canvas.node('app-b-copy')).toBeVisible();
  expect(await canvas.overlap(canvas.node('app-b-copy'), canvas.node('app-b'))).toBe(false);
  expect(await canvas.isInside(canvas.node('app-b-copy'), canvas.group('zone-b'))).toBe(true);
});

test('Tidy up puts a scrambled design back in layers with no sibling overlapping, in one undo step', async ({ page }) => {
  // Scrambled as a person would: both populations dragged down level with Route 53, one on each side.
  const dns = await canvas.node('dns').boundingBox();
  if (!dns) throw new Error('the example is not on screen');
  const middleY = dns.y + dns.height / 2;
  await canvas.drag('users-eu', { x: dns.x + dns.width * 1.5 + 30, y: middleY });
  await canvas.drag('users-us', { x: dns.x - dns.width / 2 - 30, y: middleY });
  const scrambled = ['users-eu is not above dns', 'users-us is not above dns'];
  await expect.poll(async () => tidyProblems(await canvas.boxes(exampleIds))).toEqual(expect.arrayContaining(scrambled));

  await page.getByTestId('canvas.tidy-up').click();
  await expect.poll(async () => tidyProblems(await canvas.boxes(exampleIds))).toEqual([]);
  await expect(page.getByTestId('canvas.tidy-up')).toHaveText('Tidy up');

  await page.keyboard.press('Control+z');
  await expect.poll(async () => tidyProblems(await canvas.boxes(exampleIds))).toEqual(expect.arrayContaining(scrambled));
  await page.keyboard.press('Shift+F');
  await canvas.select('db');
  await expect(inspector.title).toHaveText('Orders DB (primary a, standby b)');
  await canvas.clickEmpty();
  await page.keyboard.press('Control+y');
  await expect.poll(async () => tidyProblems(await canvas.boxes(exampleIds))).toEqual([]);
  await expect(page.getByTestId('toolbar.redo')).toBeDisabled();
});

test('Ctrl+A selects every node and no page text; arrows nudge the selection by a grid step, one undo step each', async ({ page }) => {
  await canvas.clickEmpty();
  await page.keyboard.press('Control+a');
  expect((await canvas.selectedNodeIds()).sort()).toEqual(['app-a', 'app-b', 'aws', 'cache', 'db', 'dns', 'eu-west-1', 'lb', 'users-eu', 'users-us', 'zone-a', 'zone-b']);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');

  await canvas.select('users-us');
  const before = await canvas.node('users-us').boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await canvas.node('users-us').boundingBox())?.x).toBeGreaterThan((before?.x ?? 0) + 5);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await canvas.node('users-us').boundingBox())?.x).toBeCloseTo(before?.x ?? 0, 0);
});

test('a marquee drawn over the canvas selects nodes, never the text of the panels', async ({ page }) => {
  const pane = await canvas.pane.boundingBox();
  const dns = await canvas.node('dns').boundingBox();
  if (!pane || !dns) throw new Error('the canvas is not on screen');
  await page.keyboard.down('Shift');
  await page.mouse.move(dns.x - 30, dns.y - 30);
  await page.mouse.down();
  await page.mouse.move(dns.x + dns.width + 30, dns.y + dns.height + 30, { steps: 8 });
  await page.mouse.move(pane.x + pane.width + 200, dns.y + dns.height + 30, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  expect(await canvas.selectedNodeIds()).toContain('dns');
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
});

test('the ? dialog lists tidy-up, select-all, nudging and the zoom keys', async ({ page }) => {
  await page.locator('body').press('?');
  const dialog = page.getByTestId('help.dialog');
  for (const label of ['Tidy up the layout', 'Select every node', 'Nudge the selection', 'Zoom in', 'Zoom out', 'Zoom to fit the design']) {
    await expect(dialog.getByTestId('help.shortcut').filter({ hasText: label }).first()).toBeVisible();
  }
});

test('"New scenario" opens a blank design in a new tab, and the open one stays as it was', async ({ page }) => {
  await page.getByTestId('workspace.new').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('New design');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('button', { name: 'Three-tier web app, two zones' }).click();
  await expect(canvas.node('app-a')).toBeVisible();
});

test('the template gallery shows each design drawn and finds templates by search', async ({ page }) => {
  await page.getByTestId('toolbar.templates').click();
  await expect(page.getByTestId('templates.thumbnail.edge-serverless')).toBeVisible();
  await page.getByTestId('templates.search').fill('serverless');
  await expect(page.getByTestId('templates.card.edge-serverless')).toBeVisible();
  await expect(page.getByTestId('templates.card.monolith-one-vm')).toHaveCount(0);
});

test('a card dragged near a neighbour\'s edge shows a guide and snaps onto it, off the grid if need be', async ({ page }) => {
  // app-a and the cache sit in zone a at x = 30, between two grid lines: only the guide can line them up.
  const cache = await canvas.node('cache').boundingBox();
  const app = await canvas.node('app-a').boundingBox();
  if (!cache || !app) throw new Error('the example is not on screen');
  const grab = { x: cache.x + cache.width / 2, y: cache.y + cache.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 60, grab.y + 30, { steps: 6 });
  await page.mouse.move(grab.x + 5, grab.y + 30, { steps: 6 });
  await expect(page.getByTestId('canvas.guide.x').first()).toBeVisible();
  await page.mouse.up();
  await expect(page.getByTestId('canvas.guide.x')).toHaveCount(0);
  await expect.poll(async () => (await canvas.node('cache').boundingBox())?.y).toBeGreaterThan(cache.y + 10);
  expect((await canvas.node('cache').boundingBox())?.x).toBeCloseTo(app.x, 0);
  await page.locator('body').press('?');
  await expect(page.getByTestId('help.shortcut').filter({ hasText: 'guides show, it snaps' })).toBeVisible();
});
