import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { ChaosPage } from '../pages/ChaosPage';
import { ComparePage } from '../pages/ComparePage';

/** The heavy-work pool's workers running in the page (the editor's own engine worker is not one). */
async function poolWorkers(page: Page) {
  const named = await Promise.all(page.workers().map(async (worker) => ({ worker, name: await worker.evaluate(() => self.name) })));
  return named.filter(({ name }) => name === 'meridian-pool').map(({ worker }) => worker);
}

/** Makes the page see a machine with `cores` cores, which sizes the pool. */
const pretendCores = (page: Page, cores: number) =>
  page.addInitScript((count) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => count }), cores);

let compare: ComparePage;

test.beforeEach(({ page }) => {
  compare = new ComparePage(page);
});

test('heavy work starts no worker until it is asked for, then spreads over one per core, reused', async ({ page }) => {
  await pretendCores(page, 4);
  await compare.open();
  expect(await poolWorkers(page)).toHaveLength(0);
  await compare.compareTemplates('edge-serverless', 'monolith-two-zones');
  await compare.settled();
  // Two documents, evaluated at once: two workers.
  expect(await poolWorkers(page)).toHaveLength(2);
  await compare.runSweep('load');
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  // Every worker plans a sweep at once, before its chunks go out: all four.
  expect(await poolWorkers(page)).toHaveLength(4);
  await compare.runSweep('hitRatio');
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(await poolWorkers(page)).toHaveLength(4);
});

test('a pool worker that crashes fails the sweep it was computing, with the reason, and is replaced', async ({ page }) => {
  await pretendCores(page, 2);
  await compare.open();
  await compare.compareTemplates('edge-serverless', 'monolith-two-zones');
  await compare.settled();
  // The next message each gets kills it before comlink sees it: an uncaught error, as a bug in the engine would throw.
  // Both, as the sweep's first outline may go to either (a crash on the other's outline only restarts that worker).
  const trapped = await poolWorkers(page);
  expect(trapped).toHaveLength(2);
  for (const worker of trapped) {
    await worker.evaluate(() =>
      self.addEventListener(
        'message',
        (event) => {
          event.stopImmediatePropagation();
          throw new Error('simulated crash');
        },
        { capture: true, once: true },
      ),
    );
  }
  await compare.runSweep('load');
  // The first design's curve fails at once; the next sweep stops the second design's, which this test does not need.
  await expect(compare.sweepStatus).toContainText('The sweep stopped: Uncaught Error: simulated crash', { timeout: 30_000 });
  await compare.runSweep('load');
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(compare.sweepStatus).toHaveText('done');
  expect(await poolWorkers(page)).toHaveLength(2);
});

test('a sweep is not held up by a chaos run, even on a single core', async ({ page }) => {
  await pretendCores(page, 1);
  const canvas = new CanvasPage(page);
  const chaos = new ChaosPage(page);
  await canvas.open();
  await chaos.open();
  await chaos.seconds.fill('600');
  await chaos.pace.selectOption({ label: '10× real time' });
  await chaos.run.click();
  await expect(chaos.cancel).toBeVisible();
  await compare.compareTemplates('edge-serverless', 'monolith-two-zones');
  await compare.settled();
  await compare.runSweep('load');
  // The chaos run takes a minute at this pace; the sweep, a second or two on the pool's other worker.
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(compare.sweepStatus).toHaveText('done');
});
