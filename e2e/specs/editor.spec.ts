import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { PalettePage } from '../pages/PalettePage';

const shots = '/tmp/shots';

let canvas: CanvasPage;
let palette: PalettePage;
let inspector: InspectorPage;

test.beforeAll(() => mkdir(shots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  palette = new PalettePage(page);
  inspector = new InspectorPage(page);
  await canvas.open();
});

test('opens on the example scenario, with its live results', async ({ page }) => {
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Three-tier web app, two zones');
  for (const id of ['users-eu', 'users-us', 'dns', 'lb', 'app-a', 'app-b', 'cache', 'db']) await expect(canvas.node(id)).toBeVisible();
  await expect(canvas.group('zone-a')).toContainText('eu-west-1a');
  await expect(canvas.group('eu-west-1')).toContainText('Europe (Ireland)');
  await expect(canvas.node('app-a')).toContainText('3 × m6i.large');
  await expect(page.getByTestId('results.card.availability')).toContainText('nines');
  await expect(page.getByTestId('toolbar.files')).toBeAttached();
  await page.screenshot({ path: `${shots}/editor-example.png` });
});

test('a compute node dragged from the palette into zone eu-west-1a lands in that zone', async ({ page }) => {
  await palette.dragTo('compute', canvas.group('zone-a'), { x: 220, y: 75 });

  await expect(canvas.node('compute')).toBeVisible();
  expect(await canvas.isInside(canvas.node('compute'), canvas.group('zone-a'))).toBe(true);
  await expect(inspector.title).toHaveText('Compute');
  await expect(inspector.field('groupId')).toHaveValue('zone-a');
  await page.screenshot({ path: `${shots}/editor-dropped-compute.png` });
});

test('connecting the new node to the database draws a call edge', async ({ page }) => {
  await palette.dragTo('compute', canvas.group('zone-a'), { x: 220, y: 75 });
  await canvas.connect('compute', 'db');

  // A perfectly vertical edge has a zero-width box, which Playwright calls hidden: check it is drawn instead.
  await expect(canvas.edge('e-compute-db')).toHaveAttribute('aria-label', 'Call from Compute to Orders DB (primary a, standby b)');
  await expect(inspector.title).toHaveText('Call edge');
  await expect(inspector.root).toContainText('Compute → Orders DB');
  await page.screenshot({ path: `${shots}/editor-connected.png` });
});

test('an edge between two elements of the same name is headed by the names its accessible name reads out, never by a bare id', async ({ page }) => {
  for (const id of ['app-a', 'app-b']) {
    await canvas.select(id);
    await inspector.setField('name', 'App servers');
    await expect(canvas.node(id)).toContainText('App servers');
  }
  await canvas.edge('e-lb-b').click({ force: true });

  await expect(inspector.title).toHaveText('Call edge');
  // The same naming as everything else (`elementNames`): the id beside a name only where two share it.
  await expect(canvas.edge('e-lb-b')).toHaveAttribute('aria-label', 'Call from Application LB to App servers (app-b)');
  await expect(inspector.subtitle).toHaveText('Application LB → App servers (app-b)');
  await page.screenshot({ path: `${shots}/editor-edge-duplicate-names.png` });
});

test('a refused connection says why, and adds nothing', async ({ page }) => {
  await canvas.connect('db', 'app-a');

  await expect(canvas.connectionError).toContainText('A database does not call other components');
  await expect(canvas.edge('e-db-app-a')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/editor-connection-refused.png` });
});

test('the edge-kind toggle chooses the kind of new connections', async () => {
  await canvas.edgeKind('async').click();
  await expect(canvas.edgeKind('async')).toHaveAttribute('aria-pressed', 'true');
  await canvas.connect('app-a', 'db');
  await expect(canvas.connectionError).toContainText('Async messages go through a queue');
});

test('editing instances updates the node; an invalid value shows an inline error and never reaches the model; undo restores', async ({ page }) => {
  await canvas.select('app-a');
  await expect(inspector.field('instances')).toHaveValue('3');

  await inspector.setField('instances', '5');
  await expect(canvas.node('app-a')).toContainText('5 × m6i.large');

  await inspector.field('instances').fill('0');
  await expect(inspector.error('instances')).toHaveText('Must be ≥ 1');
  await inspector.field('instances').press('Enter');
  await inspector.field('instances').blur();
  await expect(inspector.error('instances')).toBeVisible();
  await expect(canvas.node('app-a')).toContainText('5 × m6i.large');
  await page.screenshot({ path: `${shots}/editor-invalid-field.png` });

  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await expect(canvas.node('app-a')).toContainText('3 × m6i.large');
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.node('app-a')).toContainText('5 × m6i.large');
});

test('Escape closes the region picker and adds no region', async ({ page }) => {
  const nodes = await page.locator('.react-flow__node').count();
  await palette.dragTo('region', canvas.pane, { x: 60, y: 300 });
  await expect(canvas.regionPicker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(canvas.regionPicker).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
});

test('shortcuts do not fire while typing in a field', async ({ page }) => {
  await canvas.select('app-a');
  await inspector.field('name').fill('Checkout');
  await page.keyboard.press('Backspace');
  await expect(inspector.field('name')).toHaveValue('Checkou');
  await expect(canvas.node('app-a')).toBeVisible();
});

test('adding a region asks which one: "frank" finds Europe (Frankfurt)', async ({ page }) => {
  await palette.dragTo('region', canvas.pane, { x: 60, y: 300 });
  await expect(page.getByRole('dialog', { name: 'Add a region' })).toBeVisible();
  await expect(page.getByTestId('region-picker.search')).toBeFocused();
  await page.getByTestId('region-picker.search').fill('frank');
  await expect(page.getByTestId('region-picker.option.aws:eu-central-1')).toContainText('Europe (Frankfurt)');
  await page.screenshot({ path: `${shots}/editor-region-picker.png` });
  await page.getByTestId('region-picker.option.aws:eu-central-1').click();

  await expect(canvas.group('eu-central-1')).toContainText('Europe (Frankfurt)');
  await expect(inspector.field('regionId')).toHaveValue('aws:eu-central-1');
});

test('duplicate, delete, undo and redo from the keyboard', async ({ page }) => {
  await canvas.select('app-b');
  await page.keyboard.press('Control+d');
  await expect(canvas.node('app-b-copy')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(canvas.node('app-b-copy')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvas.node('app-b-copy')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(canvas.node('app-b-copy')).toHaveCount(0);
});

test('dragging a node out of its zone into the other one moves it there, in one undo step', async ({ page }) => {
  const cache = canvas.node('cache');
  const target = await canvas.group('zone-b').boundingBox();
  const start = await cache.boundingBox();
  if (!target || !start) throw new Error('cache or zone-b not on screen');
  await page.mouse.move(start.x + 40, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height - 60, { steps: 15 });
  await page.mouse.up();

  await expect(inspector.field('groupId')).toHaveValue('zone-b');
  expect(await canvas.isInside(cache, canvas.group('zone-b'))).toBe(true);
  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await canvas.select('cache');
  await expect(inspector.field('groupId')).toHaveValue('zone-a');
});

test('shift-click selects several nodes; the inspector counts them and deletes them together', async ({ page }) => {
  await canvas.select('cache');
  await canvas.node('app-b').click({ modifiers: ['Shift'] });
  await expect(inspector.title).toHaveText('2 selected');
  await page.screenshot({ path: `${shots}/editor-multi-selection.png` });
  await inspector.deleteButton.click();
  await expect(canvas.node('cache')).toHaveCount(0);
  await expect(canvas.node('app-b')).toHaveCount(0);
  await expect(canvas.edge('e-a-cache')).toHaveCount(0);
});

test('copy and paste puts a copy beside the original, with fresh ids', async ({ page }) => {
  await canvas.select('lb');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(canvas.node('lb-copy')).toBeVisible();
  await expect(inspector.title).toHaveText('Application LB');
  await expect(inspector.field('groupId')).toHaveValue('eu-west-1');
});

test('resizing a zone from its corner keeps its contents in place, never past them, and is one undo step', async ({ page }) => {
  await canvas.group('zone-b').click({ position: { x: 200, y: 200 } });
  const before = await canvas.group('zone-b').boundingBox();
  const appBefore = await canvas.node('app-b').boundingBox();
  const handle = page.locator('.react-flow__node[data-id="zone-b"] .react-flow__resize-control.handle.top.right');
  const box = await handle.boundingBox();
  if (!before || !box) throw new Error('zone-b or its resize handle is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 80, box.y, { steps: 10 });
  await page.mouse.up();
  const after = await canvas.group('zone-b').boundingBox();
  expect(after && after.width).toBeLessThan(before.width - 30);
  expect(await canvas.node('app-b').boundingBox()).toEqual(appBefore);
  await page.screenshot({ path: `${shots}/editor-resized-zone.png` });

  // Dragged far past what it holds, the zone stops at its contents.
  const again = await handle.boundingBox();
  if (!again) throw new Error('the resize handle went away');
  await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
  await page.mouse.down();
  await page.mouse.move(again.x - 400, again.y + 300, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => canvas.isInside(canvas.node('app-b'), canvas.group('zone-b'))).toBe(true);

  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await canvas.group('zone-b').boundingBox())?.width).toBeCloseTo(before.width, 0);
});

test('on a 1024 px screen (a classroom projector) every toolbar button is on screen and named; narrower, the open tab stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const toolbar = page.getByTestId('toolbar');
  await expect.poll(() => toolbar.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  for (const button of await toolbar.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box && box.x + box.width <= 1024, await button.getAttribute('data-testid') ?? '').toBe(true);
  }
  for (const name of ['Templates', 'Compare', 'Lessons']) await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/editor-1024.png` });

  // Narrower still, a second tab overflows the strip: the one just opened is scrolled into view, whole.
  await page.setViewportSize({ width: 900, height: 768 });
  await toolbar.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByTestId('templates.open.multi-az-three-tier').click();
  const strip = await page.getByTestId('workspace.tabs').boundingBox();
  const close = await page.getByTestId('workspace.close').boundingBox();
  expect(strip && close && close.x >= strip.x && close.x + close.width <= strip.x + strip.width).toBe(true);
});
