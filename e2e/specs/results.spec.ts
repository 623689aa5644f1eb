import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatAvailability, formatMs, formatNines, formatPercent, formatRps, formatUsd } from '../../src/format';
import { downtimeShareText } from '../../src/export/singlePointText';
import { createChainScenario } from '../../src/model/fixtures/chainScenario';
import { cliReport } from '../fixtures/cliReport';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';
import { ResultsPage } from '../pages/ResultsPage';

const shots = '/tmp/shots';

let canvas: CanvasPage;
let inspector: InspectorPage;
let results: ResultsPage;

test.beforeAll(() => mkdir(shots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  inspector = new InspectorPage(page);
  results = new ResultsPage(page);
  await canvas.open();
});

test('the example shows p99, availability and cost, the same figures as the CLI', async ({ page }) => {
  // The CLI's report for the same example the app opens on, computed while the app settles.
  const cliExample = cliReport('example-three-tier.json');
  await results.settled();
  const cli = await cliExample;
  for (const [id, figure] of Object.entries(cli.latency.byPopulation)) await expect(results.value(`p99.${id}`)).toHaveText(formatMs(figure.p99Ms ?? Infinity));
  await expect(results.value('availability')).toHaveText(formatAvailability(cli.availability.unavailability));
  await expect(results.card('availability')).toContainText(formatNines(cli.availability.nines));
  await expect(results.value('cost')).toHaveText(`${formatUsd(cli.cost.monthlyUsd)} / month`);
  await expect(results.card('cost')).toContainText(`${formatUsd(cli.cost.perMillionRequestsUsd)} per million requests`);
  await expect(results.card('recovery.verdict')).toHaveText(cli.recovery.events.every((event) => event.meetsTargets) ? 'pass' : 'fail');
  await expect(results.value('capacity')).toHaveText(formatRps(cli.capacity.maxRequestsPerSecond));
  await expect(results.chart('cdf').getByTestId('chart.cdf.line')).toHaveCount(2);

  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveText('17 %');
  // SPOF badges say the kind of single point and its share of the downtime (#16.7), as the CLI's report ranks them.
  const shareOf = (id: string) => downtimeShareText(cli.availability.singlePoints.find((point) => point.id === id)?.shareOfDowntime ?? Number.NaN, cli.availability.unavailability);
  const cacheSpof = canvas.node('cache').getByTestId('canvas.node.cache.spof');
  await expect(cacheSpof).toHaveText(`SPOF managed ${shareOf('cache')}`);
  await expect(cacheSpof).toHaveAttribute('title', /^Single point of failure, managed service, 99\.99 % SLA: [\d.]+ % of the downtime \(\d+(st|nd|rd|th) of 6 single points/);
  await expect(canvas.group('zone-a').getByTestId('canvas.group.zone-a.spof')).toHaveText(`SPOF ${shareOf('zone-a')}`);
  await expect(canvas.node('users-eu')).toContainText(`p99 ${formatMs(cli.latency.byPopulation['users-eu']?.p99Ms ?? Infinity)}`);
  // Its label has no room on the edge at this size, so it is drawn while the edge is hovered.
  await canvas.edge('e-eu-dns').dispatchEvent('mouseover');
  await expect(canvas.edge('e-eu-dns')).toContainText('280 req/s');
  console.log(await page.getByTestId('results.timing').innerText());
  await page.screenshot({ path: `${shots}/results-example.png` });
});

test('raising the average load past saturation turns the p99 cards and the bottleneck red', async ({ page }) => {
  await results.settled();
  await inspector.setField('workload.requestsPerSecond', '5000');
  const saturated = /^saturated at [\d.]+k? req\/s$/;
  await expect(results.value('p99.users-eu')).toHaveText(saturated);
  await expect(results.card('p99.users-eu')).toHaveClass(/headline--bad/);
  await expect(results.value('p99.users-us')).toHaveText(saturated);
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveText('saturated');
  await expect(canvas.node('app-a')).toHaveClass(/is-alarm/);
  await expect(results.utilization('app-a')).toContainText('saturated');
  await page.screenshot({ path: `${shots}/results-saturated.png` });
});

test('more app instances lower their utilization', async () => {
  await results.settled();
  await expect(results.utilization('app-a')).toContainText('17 %');
  await canvas.select('app-a');
  await inspector.setField('instances', '6');
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveText('8.3 %');
  await expect(results.utilization('app-a')).toContainText('8.3 %');
  await expect(results.utilization('app-b')).toContainText('17 %');
});

test('a design of many components lists its 12 busiest, and every one on request', async ({ page }) => {
  const scenario = createChainScenario(20);
  const path = '/tmp/meridian-results-chain-20.json';
  await writeFile(path, JSON.stringify(scenario));
  await new FilesPage(page).importFile(path);
  await expect(page.getByRole('heading', { level: 1, name: scenario.name })).toBeVisible();
  await expect(results.utilizationRows()).toHaveCount(12);
  await expect(results.utilizationMore()).toHaveText('Show all 20 components');
  await results.utilizationMore().click();
  await expect(results.utilizationRows()).toHaveCount(20);
  await expect(results.utilizationMore()).toHaveText('Show the 12 busiest');
  await results.utilizationMore().click();
  await expect(results.utilizationRows()).toHaveCount(12);
});

test('moving a node changes only the layout: nothing is recomputed', async ({ page }) => {
  await results.settled();
  const revision = await results.root.getAttribute('data-revision');
  const box = await canvas.node('users-us').boundingBox();
  if (!box) throw new Error('users-us is not on screen');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 100, box.y + box.height / 2 + 20, { steps: 10 });
  await page.mouse.up();
  await canvas.select('app-a');
  await inspector.setField('instances', '4');
  await expect(results.root).toHaveAttribute('data-revision', String(Number(revision) + 1));
});

test('a headline opens its explanation: the engine’s terms, their sum and the figure', async ({ page }) => {
  await results.settled();
  await results.explain('availability');
  await expect(results.explanation).toContainText('Availability');
  expect(await results.explanationTerms.count()).toBeGreaterThanOrEqual(2);
  // It leads with the weakest links by share of downtime, single points of failure marked by kind.
  const weakest = results.explanation.getByTestId('results.explain.section.0');
  await expect(weakest).toContainText('Weakest links');
  await expect(weakest.getByTestId('results.explain.term').first()).toContainText(/eu-west-1a: \d+\.\d % of downtime · single point of failure \(zone outage\)/);
  const overall = results.explanation.getByTestId('results.explain.section.1');
  await expect(overall.getByTestId('results.explain.section.1.sum')).toHaveText(await overall.getByTestId('results.explain.section.1.headline').innerText());
  await page.screenshot({ path: `${shots}/results-explain-availability.png` });
  await page.keyboard.press('Escape');
  await expect(results.explanation).toHaveCount(0);

  await results.explain('p99.users-eu');
  // A waterfall of the path as the request meets it: the client's connection first, a router's targets as one mixed row.
  const p99 = results.explanation.getByTestId('results.explain.section.0');
  await expect(p99).toContainText('p99, step by step');
  await expect(p99.getByTestId('results.explain.term').first()).toContainText('connection set-up to Application LB');
  await expect(p99).toContainText('App servers (zone a) or App servers (zone b), 50/50');
  await expect(p99.getByTestId('results.explain.section.0.sum')).toHaveText(await p99.getByTestId('results.explain.section.0.headline').innerText());
  await expect(results.explanation).toContainText('Mean latency');
  await page.screenshot({ path: `${shots}/results-explain-latency.png` });
  await results.explanation.getByTestId('results.explain.close').click();

  await results.explain('cost');
  await expect(results.explanation).toContainText('Data transfer');
  await page.screenshot({ path: `${shots}/results-explain-cost.png` });
  await page.keyboard.press('Escape');

  await results.explain('recovery');
  await expect(results.explanation.getByTestId('results.explain.section.0')).toContainText('misses 1 h');
  // The figure itself reads as the miss its heading names, not as a pass.
  await expect(results.explanation.getByTestId('results.explain.section.0.headline').locator('xpath=ancestor::div[1]')).toHaveClass('is-fail');
  await page.screenshot({ path: `${shots}/results-explain-recovery.png` });
});

test('the cost explanation names each line’s region and unit price, and says how it is computed', async ({ page }) => {
  await results.settled();
  await results.explain('cost');
  // The built-in example runs in eu-west-1: its fleets at eu-west-1's m6i.large price, its DNS at the global price.
  await expect(results.explanationTerms.filter({ hasText: 'App servers (zone a)' }).first()).toContainText('eu-west-1 at $0.107/h');
  await expect(results.explanationTerms.filter({ hasText: 'hosted zone' })).toContainText('global at $0.5/month');
  await expect(results.explanationTerms.filter({ hasText: '(estimated)' }).first()).toContainText('storage');
  // By region, beside the same lines at us-east-1 prices, and what eu-west-1's prices add.
  const byRegion = results.explanation.getByTestId('results.explain.section.1');
  await expect(byRegion).toContainText('By region, against us-east-1 prices');
  await expect(byRegion.getByTestId('results.explain.term').first()).toContainText(/^eu-west-1 \(at us-east-1 prices \$[\d,.]+\)/);
  await expect(byRegion).toContainText('The same bill at us-east-1 prices');
  await expect(byRegion).toContainText(/Regional premium: \+\d+\.\d % for eu-west-1 prices/);
  await results.explanation.getByTestId('results.explain.method').click();
  const doc = results.explanation.getByTestId('docs.page');
  await expect(doc).toHaveAttribute('data-page', 'cost');
  await expect(doc).toContainText('How the monthly cost is computed');
  await expect(doc.locator('table').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/results-explain-cost-method.png` });
  await doc.getByRole('button', { name: 'sources §3.6' }).first().click();
  await expect(doc).toHaveAttribute('data-page', 'sources');
  await expect(doc).toContainText('Prices by region');
  await results.explanation.getByTestId('docs.back').click();
  await expect(results.explanation).toContainText('Every line item the engine priced');
});

test('each node shows its share of a p99 and each edge its transfer cost; a click explains either', async ({ page }) => {
  // The CLI's report for the same example the app opens on, computed while the app settles.
  const cliExample = cliReport('example-three-tier.json');
  await results.settled();
  const cli = await cliExample;
  // app-a's largest share: of the population where its part of the p99 weighs most.
  const shares = Object.values(cli.latency.byPopulation).map((figure) => (figure.p99Breakdown.find((term) => term.elementId === 'app-a')?.value ?? 0) / figure.p99Ms);
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.p99share')).toHaveText(`${formatPercent(Math.max(...shares))} p99`);
  const transferUsd = (cli.cost.transferByEdge['e-dns-lb'] ?? []).reduce((sum, item) => sum + item.value, 0);
  await expect(page.getByTestId('canvas.edge.e-dns-lb.transfer').locator('text')).toHaveText(`${formatUsd(transferUsd)}/mo`);
  await expect(page.getByTestId('canvas.edge.e-lb-a.transfer')).toHaveCount(0); // same zone: free
  await page.screenshot({ path: '/tmp/live-badges.png' });

  await canvas.node('app-a').getByTestId('canvas.node.app-a.p99share').click();
  await expect(results.explanation).toContainText('Where the p99 of Users in Europe goes');
  await expect(results.explanation.locator('tr.is-highlighted')).toContainText('App servers (zone a)');
  const waterfall = results.explanation.getByTestId('results.explain.section.0');
  await expect(waterfall.getByTestId('results.explain.section.0.sum')).toHaveText(formatMs(cli.latency.byPopulation['users-eu']?.p99Ms ?? Infinity));
  await page.screenshot({ path: '/tmp/live-waterfall.png' });
  await page.keyboard.press('Escape');

  await page.getByTestId('canvas.edge.e-dns-lb.transfer').click();
  await expect(results.explanation).toContainText('Data transfer on Route 53 → Application LB');
  await expect(results.explanationTerms.first()).toContainText('Internet egress');
  await page.screenshot({ path: '/tmp/live-transfer.png' });
});

test('a problem the engine finds is marked on the element, with the reason', async ({ page }) => {
  await results.settled();
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.issue')).toHaveCount(0);
  await canvas.edge('e-lb-a').click({ force: true });
  await page.keyboard.press('Delete');
  const issue = canvas.node('app-a').getByTestId('canvas.node.app-a.issue');
  await expect(issue).toHaveAttribute('title', "No population's requests reach App servers (zone a): connect it to a caller, or remove it.");
  await page.screenshot({ path: '/tmp/live-issue.png' });
});

test('a crashed engine worker is restarted with a notice, and results resume', async ({ page }) => {
  await results.settled();
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (!worker) throw new Error('the engine worker is not running');
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    }, 0);
  });
  await expect(page.getByTestId('results.restarted')).toContainText('was restarted');
  await results.settled();
  await canvas.select('app-a');
  await inspector.setField('instances', '6');
  await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveText('8.3 %');
  await page.screenshot({ path: '/tmp/live-restarted.png' });
});

test('the results widen into a dashboard with room for every chart', async ({ page }) => {
  await results.settled();
  await results.expandButton.click();
  for (const chart of ['cdf', 'utilization', 'cost', 'recovery']) await expect(results.chart(chart)).toBeVisible();
  await page.screenshot({ path: `${shots}/results-wide.png` });
  await results.chart('recovery').scrollIntoViewIfNeeded();
  // Per class of failure: zone a's loss is set by its only cache (no database is restored: its standby is in zone b);
  // the one provider that holds the whole design is not survivable by construction.
  await expect(page.getByTestId('results.recovery.byClass.zone')).toHaveText(/^Zone loss1 h 3 m0 sZone eu-west-1a · Session cache$/);
  await expect(page.getByTestId('results.recovery.byClass.provider')).toContainText('Not survivable by construction — Everything runs on AWS');
  await page.screenshot({ path: `${shots}/results-wide-recovery.png` });
  await results.expandButton.click();
  await results.chart('cdf').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/results-narrow-charts.png` });
  await results.chart('cost').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/results-narrow-cost.png` });
  await results.chart('recovery').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/results-narrow-recovery.png` });
});

test.describe('when the engine worker cannot start', () => {
  test.beforeEach(async ({ page }) => {
    // Stands in for a worker script that fails to load: it never answers and reports an error.
    await page.addInitScript(() => {
      class BrokenWorker extends EventTarget {
        constructor() {
          super();
          setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'the worker script failed to load' })), 50);
        }
        postMessage() {}
        terminate() {}
      }
      window.Worker = BrokenWorker as unknown as typeof Worker;
    });
    await canvas.open();
  });

  test('the results say so, and the editor keeps working', async ({ page }) => {
    await expect(results.root).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId('results.error.message')).toHaveText('The engine worker stopped answering: the worker script failed to load');
    await canvas.select('app-a');
    await inspector.setField('instances', '4');
    await expect(canvas.node('app-a')).toContainText('4 × m6i.large');
    await expect(canvas.node('app-a').getByTestId('canvas.node.app-a.load')).toHaveCount(0);
    await page.screenshot({ path: `${shots}/results-error.png` });
  });
});
