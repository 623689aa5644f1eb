import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ELK from 'elkjs/lib/elk.bundled.js';
import { tidyLayout } from '../../src/commands';
import { twoRegionDesign } from '../../src/commands/test/twoRegionDesign';
import { createBlankScenario, createClient, createComponent, createEdge, createGroup, type Scenario } from '../../src/model';
import { CanvasPage } from '../pages/CanvasPage';
import { EdgeLabels } from '../pages/EdgeLabels';
import { FilesPage } from '../pages/FilesPage';

/** Opens a design in its own tab through the file picker, as a person does. */
async function openDesign(files: FilesPage, scenario: Scenario, fileName: string) {
  const path = test.info().outputPath(fileName);
  await writeFile(path, JSON.stringify(scenario));
  await files.importFile(path);
}

/** Users far above their DNS (a long edge), and an app server beside its cache, 40 px apart (an edge with no room for its label). */
function nearAndFar(): Scenario {
  return {
    ...createBlankScenario('near-and-far', 'Near and far'),
    clients: [createClient('users', 'Users in Europe', 'aws:eu-west-1', 1)],
    groups: [createGroup('provider', 'aws', 'AWS', null, 'aws'), createGroup('region', 'eu', 'Europe (Ireland)', 'aws', 'aws:eu-west-1'), createGroup('zone', 'eu-a', 'eu-west-1a', 'eu', 'eu-west-1a')],
    components: [createComponent('dns', 'dns', 'Route 53'), createComponent('compute', 'app', 'App servers', 'eu-a'), createComponent('cache', 'cache', 'Cache', 'eu-a')],
    edges: [createEdge('call', 'e-users-dns', 'users', 'dns'), createEdge('call', 'e-dns-app', 'dns', 'app'), createEdge('call', 'e-app-cache', 'app', 'cache')],
    layout: {
      nodes: {
        users: { x: 200, y: -520 },
        dns: { x: 200, y: -160 },
        aws: { x: 0, y: 0, width: 520, height: 260 },
        eu: { x: 20, y: 40, width: 480, height: 200 },
        'eu-a': { x: 20, y: 60, width: 440, height: 120 },
        app: { x: 20, y: 40 },
        cache: { x: 240, y: 40 },
      },
    },
  };
}

/** App servers posting orders to a queue that workers consume: two async edges, side by side in one zone. */
function ordersThroughAQueue(): Scenario {
  return {
    ...createBlankScenario('orders-queue', 'Orders through a queue'),
    clients: [createClient('users', 'Users in Europe', 'aws:eu-west-1', 1)],
    groups: [createGroup('provider', 'aws', 'AWS', null, 'aws'), createGroup('region', 'eu', 'Europe (Ireland)', 'aws', 'aws:eu-west-1'), createGroup('zone', 'eu-a', 'eu-west-1a', 'eu', 'eu-west-1a')],
    components: [createComponent('compute', 'app', 'App servers', 'eu-a'), createComponent('queue', 'queue', 'Orders queue', 'eu-a'), createComponent('compute', 'worker', 'Order workers', 'eu-a')],
    edges: [createEdge('call', 'e-users-app', 'users', 'app'), createEdge('async', 'e-enqueue', 'app', 'queue'), createEdge('async', 'e-consume', 'queue', 'worker')],
    layout: {
      nodes: {
        users: { x: 60, y: -220 },
        aws: { x: 0, y: 0, width: 820, height: 260 },
        eu: { x: 20, y: 40, width: 780, height: 200 },
        'eu-a': { x: 20, y: 60, width: 740, height: 120 },
        app: { x: 20, y: 40 },
        queue: { x: 270, y: 40 },
        worker: { x: 520, y: 40 },
      },
    },
  };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new FilesPage(page).open();
});

test('a long edge shows its label always; an edge between two cards side by side shows it on hover only', async ({ page }) => {
  const labels = new EdgeLabels(page);
  await openDesign(new FilesPage(page), nearAndFar(), 'near-and-far.json');
  await expect(labels.label('e-users-dns')).toContainText('req/s');
  await new CanvasPage(page).viewSettled();
  await expect(labels.label('e-users-dns')).not.toHaveClass(/edge-label--on-hover/);
  await expect(labels.label('e-users-dns')).toHaveCSS('opacity', '1');
  // Not drawn at all until its edge is hovered: a large design draws no label it has no room for.
  await expect(labels.label('e-app-cache')).toHaveCount(0);
  const [app, cache] = [await page.getByTestId('canvas.node.app').boundingBox(), await page.getByTestId('canvas.node.cache').boundingBox()];
  if (!app || !cache) throw new Error('the app server and its cache are not on screen');
  await page.mouse.move((app.x + app.width + cache.x) / 2, app.y + app.height / 2);
  await expect(labels.label('e-app-cache')).toBeVisible();
  await expect(labels.label('e-app-cache')).toHaveClass(/edge-label--on-hover/);
  await expect(labels.label('e-app-cache')).toContainText('req/s');
  expect(await labels.collisions()).toEqual([]);
});

test('at "fit" on 1440 × 900 the two-region design\'s labels read at 11 px or more and cover no card, group title or other label', async ({ page }) => {
  const labels = new EdgeLabels(page);
  const canvas = new CanvasPage(page);
  // Laid out here, as Tidy up lays it out, so the test does not wait on the layout worker.
  const design = twoRegionDesign();
  const elk = new ELK();
  await openDesign(new FilesPage(page), { ...design, layout: await tidyLayout(design, (graph) => elk.layout(graph)) }, 'two-regions.json');
  await expect(labels.label('e-users-eu-dns')).toContainText('req/s');
  await page.getByTestId('toolbar.fit').click();
  await canvas.viewSettled();
  await page.screenshot({ path: test.info().outputPath('two-region-labels-at-fit.png') });
  const shown = await labels.alwaysShown();
  expect(shown.length).toBeGreaterThanOrEqual(10);
  expect(await labels.collisions()).toEqual([]);
  const smallestPx = await labels.smallestTextPx();
  test.info().annotations.push({ type: 'smallest edge label at fit, screen px', description: smallestPx.toFixed(1) }, { type: 'labels drawn at fit', description: `${shown.length} of ${design.edges.length}` });
  expect(smallestPx).toBeGreaterThanOrEqual(10.9);
});

test('async edges are dashed and still: only the one selected moves, and none for a person who asks for less motion', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await openDesign(new FilesPage(page), ordersThroughAQueue(), 'orders-queue.json');
  await canvas.viewSettled();
  const enqueue = canvas.edge('e-enqueue');
  await expect(enqueue.locator('.react-flow__edge-path')).toHaveCSS('stroke-dasharray', '6px, 4px');
  // Animations running on the canvas's edges: an endless one repaints the canvas every frame.
  const movingEdges = () =>
    page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running' && (animation.effect as KeyframeEffect | null)?.target?.closest('.react-flow__edge')).length);
  expect(await movingEdges()).toBe(0);
  await page.screenshot({ path: '/tmp/edges-async-still.png' });

  await enqueue.click({ force: true });
  await expect(enqueue).toHaveClass(/selected/);
  await expect.poll(movingEdges).toBe(1);

  await canvas.clickEmpty();
  await expect(enqueue).not.toHaveClass(/selected/);
  await expect.poll(movingEdges).toBe(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await enqueue.click({ force: true });
  await expect(enqueue).toHaveClass(/selected/);
  expect(await movingEdges()).toBe(0);
});
