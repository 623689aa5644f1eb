import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { syntheticScenario } from '../../bench/syntheticScenario';
import { autoLayout } from '../../src/commands';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';
import { ResultsPage } from '../pages/ResultsPage';

// How fast a drag among 500 nodes runs is measured by `npm run bench -- browser --only=drag`, never here.
const scenarioPath = '/tmp/meridian-synthetic-500.json';

test('a node dragged among 500 moves with its edges, re-evaluates nothing and is undone in one step', async ({ page }) => {
  test.setTimeout(240_000);
  const scenario = syntheticScenario(500, 42);
  await writeFile(scenarioPath, JSON.stringify({ ...scenario, layout: autoLayout(scenario) }));
  const files = new FilesPage(page);
  const canvas = new CanvasPage(page);
  const results = new ResultsPage(page);
  await files.open();
  await files.importFile(scenarioPath);
  await expect(page.locator('.react-flow__node-component')).toHaveCount(scenario.components.length, { timeout: 120_000 });
  await expect(results.root).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  const revision = await results.root.getAttribute('data-revision');

  const node = canvas.node('svc-1-20');
  const edgeId = scenario.edges.find((candidate) => candidate.from === 'svc-1-20')?.id;
  if (edgeId === undefined) throw new Error('svc-1-20 calls nothing');
  const edge = canvas.edge(edgeId).locator('path.react-flow__edge-path');
  const box = await node.boundingBox();
  const pathBefore = await edge.getAttribute('d');
  if (!box) throw new Error('svc-1-20 is not on screen');
  const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 30, y0 + 20, { steps: 10 });
  await page.mouse.move(x0 + 8, y0, { steps: 5 }); // dropped in its own zone: the drag changes the layout only
  await page.mouse.up();

  await expect.poll(async () => (await node.boundingBox())?.x).not.toBeCloseTo(box.x, 0);
  await expect(edge).not.toHaveAttribute('d', pathBefore ?? '');
  await expect(results.root).toHaveAttribute('data-revision', revision ?? '');

  // One undo puts the node back where it was: the drag's many steps were one command.
  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await node.boundingBox())?.x).toBeCloseTo(box.x, 0);
  await expect.poll(async () => (await node.boundingBox())?.y).toBeCloseTo(box.y, 0);
  await expect(edge).toHaveAttribute('d', pathBefore ?? '');

  // Results still follow the next real edit.
  await new InspectorPage(page).setField('workload.requestsPerSecond', '450');
  await expect(results.root).toHaveAttribute('data-revision', String(Number(revision) + 1), { timeout: 60_000 });
  await expect(results.root).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
});
