import { expect, test } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { ChaosPage } from '../pages/ChaosPage';

let canvas: CanvasPage;
let chaos: ChaosPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  chaos = new ChaosPage(page);
  await canvas.open();
  await chaos.open();
});

test('fail a zone of the example: the canvas turns red, the LB fails over, the charts show the error spike and the recovery', async ({ page }) => {
  await canvas.group('zone-b').locator('.group-frame__header').click();
  await expect(chaos.failure('zone-b')).toBeVisible();
  await chaos.schedule('zone-b', 10, 120);
  await chaos.seconds.fill('160');
  await chaos.pace.selectOption({ label: '10× real time' });
  await chaos.run.click();

  // While zone-b is down and the LB has not yet noticed (30 s × 3 health checks: 9 s of wall time at 10×), the canvas says so.
  await expect(canvas.node('app-b')).toHaveAttribute('data-chaos-state', 'down', { timeout: 30_000 });
  await expect(canvas.node('lb')).toHaveAttribute('data-chaos-state', 'failingOver');
  await expect(canvas.group('zone-b')).toHaveAttribute('data-chaos-state', 'down');
  await expect(chaos.figure('measured.recovery')).toHaveText('failing…');
  await page.screenshot({ path: '/tmp/chaos-during.png' });

  await chaos.finished();
  await expect(canvas.node('lb')).not.toHaveAttribute('data-chaos-state', 'failingOver');
  // Measured: the last failed request comes just after the LB's 90 s detection; analytic RTO: 90 s.
  await expect(chaos.figure('measured.recovery')).toHaveText('1 m 30 s');
  await expect(chaos.figure('analytic.rto')).toHaveText('RTO 1 m 30 s');
  await expect(chaos.figure('measured.failed')).toContainText(/failed \((1[0-9]|2[0-9])\.\d %\)/);
  await expect(chaos.figure('analytic.availability')).toContainText('%');
  // Every chart has drawn the whole run: a point per 1 s window (160), the first line of each at least.
  for (const name of ['requests', 'success', 'latency', 'utilization', 'queues'] as const) {
    await expect.poll(async () => ((await chaos.chart(name).locator('.recharts-line-curve').first().getAttribute('d')) ?? '').split('L').length).toBeGreaterThan(150);
  }
  await expect(chaos.chart('success').locator('.recharts-reference-line')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/chaos-after.png' });
  await chaos.chart('queues').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/chaos-charts.png' });
});

test('a run can be cancelled and a failure planned from the list', async () => {
  await chaos.addTarget.selectOption('db/primary');
  await chaos.add.click();
  await expect(chaos.failure('db/primary')).toBeVisible();
  await chaos.seconds.fill('600');
  await chaos.pace.selectOption({ label: '10× real time' });
  await chaos.run.click();
  await expect(chaos.cancel).toBeVisible();
  await chaos.cancel.click();
  await expect(chaos.progress).toHaveAttribute('data-status', 'cancelled');
  await expect(chaos.progress.locator('.chaos__progress-bar')).toHaveClass(/\bis-stopped\b/);
  await expect(chaos.run).toBeVisible();
});

test('an outage shorter than detection + failover: service comes back with the repair, and the summary says the failover never completed', async () => {
  await chaos.addTarget.selectOption('zone-b');
  await chaos.add.click();
  // Zone b down for 30 s: the LB needs 30 s × 3 failed health checks (90 s) to route around it.
  await chaos.schedule('zone-b', 10, 30);
  await chaos.seconds.fill('80');
  await chaos.pace.selectOption({ label: 'as fast as possible' });
  await chaos.run.click();
  await chaos.finished();
  await expect(chaos.figure('measured.recovery')).toHaveAttribute('data-verdict', 'repairedBeforeFailover');
  await expect(chaos.figure('measured.recovery')).toContainText(/^back only when repaired, after (29|30) s: the 30 s outage was shorter than detection \+ failover \(1 m 30 s, Application LB\)/);
  await expect(chaos.figure('measured.recovery')).toContainText('so the failover never completed');
  await chaos.figure('compare').screenshot({ path: '/tmp/chaos-short-outage.png' });
});

test('warm standby losing its primary region: DNS fails over onto a standby that saturates, reported as saturated, not recovered', async ({ page }) => {
  await page.getByTestId('toolbar.templates').click();
  await page.getByTestId('templates.open.warm-standby').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Warm standby (us-east-1 → us-west-2)');
  await chaos.open();
  await chaos.addTarget.selectOption('east');
  await chaos.add.click();
  await chaos.schedule('east', 10, null);
  await chaos.seconds.fill('200');
  await chaos.pace.selectOption({ label: 'as fast as possible' });
  await chaos.run.click();
  await chaos.finished();
  // Requests succeed again after the 150 s DNS switch, but one standby instance takes 500 req/s it cannot serve.
  await expect(chaos.figure('measured.recovery')).toHaveAttribute('data-verdict', 'saturated');
  await expect(chaos.figure('measured.recovery')).toContainText(/^failed over, saturated: p99 \d+(\.\d+)? s.* \(API us-west-2a\)$/);
  await expect(chaos.figure('analytic.rto')).toHaveText('RTO 7 m 30 s');
  await chaos.figure('compare').screenshot({ path: '/tmp/chaos-saturated.png' });
});
