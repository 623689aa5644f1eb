import { mkdir, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../../src/model';
import { figureText } from '../../src/panels/compare/tradeoffText';
import { cliReport } from '../fixtures/cliReport';
import { ComparePage } from '../pages/ComparePage';

const shots = '/tmp/shots';

/**
 * Whether a table cell's `data-value` (the engine's value in the browser, as String(value)) is the
 * CLI's. JSON turns Infinity into null. Node and Chromium may differ in the last bits of Math.sin/cos
 * (the latency engine's FFT), so numbers must agree to 1e-9 relative; text must be identical.
 */
function sameFigure(cell: string | null, cli: number | string | null): boolean {
  if (typeof cli === 'string') return cell === cli;
  const value = Number(cell);
  if (cli === null) return value === Infinity;
  return Math.abs(value - cli) <= 1e-9 * Math.max(1, Math.abs(cli));
}

/**
 * What workspace autosave has written to IndexedDB for this browser tab (`workspace:<session>`, the
 * session id in sessionStorage): how many tabs, and the active tab's scenario name.
 */
function savedWorkspace(page: Page): Promise<{ tabs: number; activeName: string } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('meridian');
        open.onsuccess = () => {
          const keys = open.result.transaction('scenarios').objectStore('scenarios').getAllKeys();
          keys.onsuccess = () => {
            const key = keys.result.find((candidate) => typeof candidate === 'string' && candidate.startsWith('workspace:'));
            if (key === undefined) {
              open.result.close();
              resolve(null);
              return;
            }
            const read = open.result.transaction('scenarios').objectStore('scenarios').get(key);
            read.onsuccess = () => {
              const record = read.result as { tabs: Array<{ id: string; document: { name: string } }>; activeTabId: string } | undefined;
              open.result.close();
              resolve(record ? { tabs: record.tabs.length, activeName: record.tabs.find((tab) => tab.id === record.activeTabId)?.document.name ?? '' } : null);
            };
          };
        };
      }),
  );
}

let compare: ComparePage;

test.beforeAll(() => mkdir(shots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  compare = new ComparePage(page);
  await compare.open();
});

test('from the gallery to a monolith and its microservices side by side in three clicks, every figure the CLI’s', async ({ page }) => {
  const files = ['shop-monolith.json', 'shop-microservices.json'];
  // The CLI runs while the browser works; the figures are compared once both are there.
  const cliReports = Promise.all(files.map(cliReport));
  await compare.compareTemplates('shop-monolith', 'shop-microservices', async () => {
    await expect(page.getByTestId('templates.card.shop-microservices')).toContainText('its counterpart', { timeout: 5000 });
    await page.screenshot({ path: `${shots}/compare-gallery-pick.png` });
  });
  await expect(compare.view).toBeVisible();
  await compare.settled();
  await expect(page.getByTestId('compare.table.head.0')).toContainText('Shop as a monolith');
  await expect(page.getByTestId('compare.table.head.1')).toContainText('Shop as microservices');

  const reports = await cliReports;
  // The view names what a figure points at (the bottleneck) in its own column's scenario.
  const documents = await Promise.all(files.map(async (file) => JSON.parse(await readFile(`templates/${file}`, 'utf8')) as Scenario));
  // Every cell the CLI's report has, with the raw figures (`data-value`) and the text the view must show.
  const expected: Array<{ testId: string; figures: Array<[string, number | string | null]>; text: string }> = [];
  for (const [index, report] of reports.entries()) {
    for (const row of report.tradeoffs.rows) {
      for (const [key, value] of Object.entries(row.values)) {
        // A failure class's RPO shares its RTO's line (`rtoSeconds.zone` shows "RTO / RPO").
        if (key.startsWith('rpoSeconds.')) continue;
        const rpoKey = `rpoSeconds.${key.slice('rtoSeconds.'.length)}`;
        const figures: Array<[string, number | string | null]> = key.startsWith('rtoSeconds.') && rpoKey in row.values ? [[key, value], [rpoKey, row.values[rpoKey] ?? null]] : [[key, value]];
        const text = figures.map(([figureKey, cli]) => figureText(figureKey, cli ?? Infinity, documents[index])).join(' / ');
        expected.push({ testId: `compare.table.cell.${row.concern}.${key}.${index}`, figures, text });
      }
    }
  }
  // One read of the whole table per try (a round trip per cell took seconds on a loaded machine), until it shows every figure.
  const mismatches = async () => {
    const shown = await compare.table.evaluate((table, testIds) => testIds.map((testId) => {
      const cell = table.querySelector(`[data-testid="${testId}"]`);
      return { value: cell?.getAttribute('data-value') ?? null, text: (cell?.querySelector('.compare-table__value')?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }), expected.map((cell) => cell.testId));
    return expected.flatMap(({ testId, figures, text }, i) => {
      const values = shown[i]?.value?.split('/') ?? [];
      const wrong = figures.flatMap(([figureKey, cli], k) => (sameFigure(values[k] ?? null, cli) ? [] : [`${testId} ${figureKey}: ${values[k]} in the view, ${cli} from the CLI`]));
      return shown[i]?.text === text ? wrong : [...wrong, `${testId}: "${shown[i]?.text}" shown, "${text}" expected`];
    });
  };
  await expect.poll(mismatches).toEqual([]);
  const checked = expected.reduce((count, cell) => count + cell.figures.length, 0);
  expect(checked).toBeGreaterThan(50);
  const costOf = (i: number) => reports[i]?.cost.monthlyUsd ?? 0;
  await expect(page.getByTestId('compare.table.winner.cost.0')).toBeVisible();
  await expect(page.getByTestId('compare.table.winner.cost.1')).toHaveCount(0);
  expect(costOf(0)).toBeLessThan(costOf(1));
  await expect(page.getByTestId('compare.canvas.1')).toContainText('vs the baseline');
  await expect(compare.chart('availability-cost').locator('.recharts-scatter')).toHaveCount(2);
  await expect(compare.chart('cdf.users-eu').getByTestId('chart.cdf.line')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/compare-view.png` });
  await compare.table.scrollIntoViewIfNeeded();
  await compare.concernRow('consistency').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/compare-table-bottom.png` });
  await compare.chart('availability-cost').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/compare-charts.png` });
});

test('a load sweep draws a curve per scenario, up to saturation', async ({ page }) => {
  await compare.compareTemplates('edge-serverless', 'monolith-two-zones');
  await compare.settled();
  await compare.runSweep('load');
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(compare.chart('sweep-cost').locator('.recharts-line')).toHaveCount(2);
  await expect(compare.chart('sweep-p99').locator('.recharts-line')).toHaveCount(2);
  // Both curves share one axis, up to twice the monolith's saturation load: the monolith's p99 ends there, the serverless one goes on.
  await expect(page.getByTestId('compare.sweep.status')).toHaveText('done');
  await expect(page.getByTestId('compare.sweep.caption')).toContainText('Varies the load offered to every design');
  // The monolith's curve ends with a marker that says it saturates there.
  await expect(compare.chart('sweep-p99').getByText(/^saturates at /)).toHaveCount(1);
  // The CDN's egress costs less per GB than the VMs' Internet egress: the edge design stays cheaper at every load, so no crossover is claimed.
  await expect(page.getByTestId('compare.sweep.crossover')).toHaveCount(0);
  // Hovered at mid-height, where both curves lie: the readout names the load and each design's p99 with its unit, above the plot, never over a curve.
  const plot = compare.chart('sweep-p99').locator('.recharts-cartesian-grid');
  await plot.scrollIntoViewIfNeeded();
  await compare.hoverPlot(plot, 0.3, 0.5);
  const tooltip = compare.chart('sweep-p99').getByTestId('chart.tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.chart-tooltip__heading')).toHaveText(/^offered load: [\d.,]+k? req\/s$/);
  await expect(tooltip.getByTestId('chart.tooltip.row')).toHaveText([/^Edge \+ serverless, global key-value store — [\d.,]+ m?s$/, /^Monolith across two zones behind a load balancer — [\d.,]+ m?s$/]);
  const [tooltipBox, plotBox] = await Promise.all([tooltip.boundingBox(), plot.boundingBox()]);
  expect(tooltipBox && plotBox && tooltipBox.y + tooltipBox.height <= plotBox.y + 1, JSON.stringify({ tooltipBox, plotBox })).toBe(true);
  await page.screenshot({ path: `${shots}/compare-sweep-tooltip.png` });
  // Past the monolith's saturation its row says why it has no p99 there, rather than leaving the design out.
  await compare.hoverPlot(plot, 0.85, 0.5);
  await expect(tooltip.getByTestId('chart.tooltip.row')).toHaveText([/^Edge \+ serverless, global key-value store — [\d.,]+ m?s$/, /^Monolith across two zones behind a load balancer — saturates at [\d.,]+k? req\/s$/]);
  await page.screenshot({ path: `${shots}/compare-sweep-tooltip-saturated.png` });
  await compare.chart('sweep-cost').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/compare-sweep-load.png` });
});

test('exports the table as Markdown and CSV, and a chart as PNG', async ({ page }) => {
  await compare.compareTemplates('monolith-one-vm', 'monolith-two-zones');
  await compare.settled();
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare.export.markdown').click()]);
  expect(markdown.suggestedFilename()).toBe('comparison-2-scenarios.md');
  const text = await readFile((await markdown.path()) ?? '', 'utf8');
  expect(text.split('\n')[0]).toBe('| Concern | Figure | Monolith on one VM, one zone (baseline) | Monolith across two zones behind a load balancer | Best |');
  expect(text).toMatch(/^\| Reliability \| Nines \| 1\.98 \| 3\.61 \(\+1\.63\) \| Monolith across two zones behind a load balancer \|$/m);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare.export.csv').click()]);
  expect(csv.suggestedFilename()).toBe('comparison-2-scenarios.csv');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare.chart.availability-cost.png').click()]);
  expect(png.suggestedFilename()).toBe('availability-nines-vs-monthly-cost.png');
  const bytes = await readFile((await png.path()) ?? '');
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('a template opens as a new tab, laid out on the canvas', async ({ page }) => {
  await compare.openGallery();
  await page.screenshot({ path: `${shots}/compare-gallery.png` });
  await page.getByTestId('templates.open.warm-standby').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Warm standby (us-east-1 → us-west-2)');
  await expect(page.getByTestId('canvas.node.api-west-a')).toBeVisible();
  await page.screenshot({ path: `${shots}/compare-template-open.png` });
});

test('tabs: duplicate as a variant, rename, close and undo the close', async ({ page }) => {
  await page.getByTestId('workspace.duplicate').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Three-tier web app, two zones (variant 2)');
  await page.getByTestId('toolbar.scenario-name').dblclick();
  await page.getByTestId('workspace.rename').fill('Multi-region');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Multi-region');
  await page.getByTestId('workspace.close').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Three-tier web app, two zones');
  await page.getByTestId('workspace.reopen').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Multi-region');
  await page.getByTestId('toolbar.compare').click();
  await compare.settled();
  await expect(compare.concernRow('cost')).toBeVisible();
  await page.screenshot({ path: `${shots}/compare-variant.png` });
  await page.getByTestId('compare.canvas.0.open').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Three-tier web app, two zones');
  await expect(page.getByTestId('canvas.node.app-a')).toBeVisible();
});

test('one design in two regions: the same bill at us-east-1 prices, and what eu-west-1 adds', async ({ page }) => {
  // The example runs in eu-west-1; its variant is moved to us-east-1 in the inspector, as a person would.
  await page.getByTestId('workspace.duplicate').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Three-tier web app, two zones (variant 2)');
  await page.getByTestId('canvas.group.eu-west-1').locator('.group-frame__name').click();
  await page.getByTestId('inspector.field.regionId').selectOption('aws:us-east-1');
  await expect(page.getByTestId('canvas.group.eu-west-1')).toContainText('us-east-1');
  await page.getByTestId('toolbar.compare').click();
  await compare.settled();
  const raw = async (key: string, index: number) => Number(await compare.cell('cost', key, index).getAttribute('data-value'));
  const [irelandUsd, virginiaUsd] = [await raw('monthlyUsd', 0), await raw('monthlyUsd', 1)];
  const [irelandAtUsEast1, virginiaAtUsEast1] = [await raw('usEast1MonthlyUsd', 0), await raw('usEast1MonthlyUsd', 1)];
  // The same lines at us-east-1 prices are the same bill wherever the design runs: the us-east-1 design's own.
  expect(irelandAtUsEast1).toBeCloseTo(virginiaAtUsEast1, 6);
  expect(virginiaUsd).toBeCloseTo(virginiaAtUsEast1, 6);
  expect(irelandUsd).toBeGreaterThan(virginiaUsd);
  await expect(compare.cell('cost', 'usEast1MonthlyUsd', 1)).toHaveText(await compare.cell('cost', 'usEast1MonthlyUsd', 0).innerText());
  await expect(compare.cell('cost', 'regionalPremium', 0)).toHaveText(`+${((100 * irelandUsd) / irelandAtUsEast1 - 100).toFixed(1)} % for eu-west-1 prices`);
  await expect(compare.cell('cost', 'regionalPremium', 1)).toHaveText('none');
  await expect(page.getByTestId('compare.table.figure.cost.regionalPremium')).toContainText('Regional premium over us-east-1 prices');
  await compare.concernRow('cost').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/compare-regional-premium.png` });
});

test('every tab is autosaved: after a reload the tabs come back, the active one active', async ({ page }) => {
  await compare.compareTemplates('pilot-light', 'warm-standby');
  await compare.settled();
  await page.getByTestId('compare.canvas.1.open').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Warm standby (us-east-1 → us-west-2)');
  await expect.poll(() => savedWorkspace(page)).toEqual({ tabs: 3, activeName: 'Warm standby (us-east-1 → us-west-2)' });
  await page.reload();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText('Warm standby (us-east-1 → us-west-2)');
  await expect(compare.tabs).toContainText('Pilot light (us-east-1 → us-west-2)');
  await expect(compare.tabs.getByRole('button', { name: 'Three-tier web app, two zones' })).toBeVisible();
});

test('charts compare three designs: every name placed apart inside the plot, shared populations only, whole-number count axes', async ({ page }) => {
  await compare.compareTemplates('shop-monolith', 'shop-microservices');
  await compare.openGallery();
  await page.getByTestId('templates.open.warm-standby').click();
  await page.getByTestId('toolbar.compare').click();
  await page.locator('[data-testid^="compare.choose."]', { hasText: 'Warm standby' }).locator('input').check();
  await compare.settled();
  for (const chart of ['availability-cost', 'p99-cost']) {
    const marks = compare.chart(chart).getByTestId('chart.scatter.mark');
    await expect(marks.first()).toBeVisible();
    const names = (await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-names') ?? ''))).flatMap((text) => text.split('\n'));
    expect(names.sort()).toEqual(['Shop as a monolith', 'Shop as microservices', 'Warm standby (us-east-1 → us-west-2)']);
    const boxes = await compare.chart(chart).locator('.scatter-marks text').evaluateAll((nodes) => nodes.map((node) => (node as SVGTextElement).getBBox()).map(({ x, y, width, height }) => ({ x, y, width, height })));
    const plot = await compare.chart(chart).locator('.recharts-cartesian-grid').evaluate((node) => {
      const { x, y, width, height } = (node as SVGGElement).getBBox();
      return { x, y, width, height };
    });
    for (const [i, box] of boxes.entries()) {
      expect(box.x >= plot.x - 1 && box.x + box.width <= plot.x + plot.width + 1, JSON.stringify({ box, plot })).toBe(true);
      for (const other of boxes.slice(i + 1)) expect(box.x + box.width <= other.x || other.x + other.width <= box.x || box.y + box.height <= other.y || other.y + other.height <= box.y).toBe(true);
    }
  }
  // Warm standby serves other populations than the shop: only the overall CDF compares all three.
  await expect(compare.chart('cdf.overall').getByTestId('chart.cdf.line')).toHaveCount(3);
  await expect(page.locator('section[data-testid^="compare.chart.cdf."]')).toHaveCount(1);

  await compare.runSweep('regions');
  await expect(page.getByTestId('compare.sweeps')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const tickValues = compare.chart('sweep-p99').locator('.recharts-cartesian-axis-tick-value');
  await expect(tickValues.first()).toBeVisible();
  // The x axis's ticks: the y axis's are latencies ("300 ms", "1.2 s").
  const ticks = (await tickValues.allTextContents()).filter((tick) => !/ m?s$/.test(tick));
  expect(ticks.length).toBeGreaterThan(1);
  for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/compare-three-designs.png`, fullPage: true });
});

test('the DR family, like with like: a row per failure class tells pilot light and warm standby apart by the region loss they are built for', async ({ page }) => {
  await compare.compareTemplates('pilot-light', 'warm-standby');
  await compare.settled();
  // Same users, load and targets: no notice; what differs is how each is built.
  await expect(page.getByTestId('compare.unlike')).toHaveCount(0);
  await expect(page.getByTestId('compare.structure.1')).toContainText('Warm standby (us-east-1 → us-west-2) adds 1 load balancer (LB us-west-2), 1 service (API us-west-2a)');
  // Region loss: pilot light starts its servers (20 min) + DNS (150 s); warm standby switches DNS and scales its standby out (300 s).
  await expect(compare.cell('reliability', 'rtoSeconds.region', 0).locator('.compare-table__value')).toHaveText('22 m 30 s / 1 s');
  await expect(compare.cell('reliability', 'rtoSeconds.region', 1).locator('.compare-table__value')).toHaveText('7 m 30 s / 1 s');
  await expect(compare.cell('reliability', 'rtoSeconds.region', 1).locator('.compare-delta')).toHaveText('−15 m / ±0');
  await expect(compare.cell('reliability', 'rtoSeconds.provider', 0)).toHaveText('not survivable by construction');
  await expect(page.getByTestId('compare.table.figure.reliability.rtoSeconds.zone')).toContainText('Zone loss (RTO / RPO)');
  await compare.concernRow('reliability').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/compare-dr-family.png` });
});

test('designs that differ in workload, populations and targets: the view says so and evaluates them at the baseline’s workload on request', async ({ page }) => {
  await compare.compareTemplates('pilot-light', 'multi-az-three-tier');
  await compare.settled();
  const notice = page.getByTestId('compare.unlike');
  await expect(notice).toHaveAttribute('data-aligned', 'false');
  await expect(page.getByTestId('compare.unlike.1')).toContainText('workload: 1.5k req/s, 90 % reads, 2 kB in / 20 kB out, peak ×3 (baseline: 500 req/s');
  await expect(page.getByTestId('compare.unlike.1')).toContainText('targets: RTO 15 m, RPO 1 m (baseline: RTO 1 h, RPO 5 m)');
  const headroom = compare.cell('scalability', 'headroomAtPeak', 1);
  const own = await headroom.getAttribute('data-value');
  await page.screenshot({ path: `${shots}/compare-unlike.png` });
  await page.getByTestId('compare.alignWorkload').click();
  await expect(notice).toHaveAttribute('data-aligned', 'true');
  await compare.settled();
  // At 500 req/s and peak ×2.5 instead of 1 500 req/s and ×3, the three-tier design has far more headroom.
  await expect.poll(async () => Number(await headroom.getAttribute('data-value'))).toBeGreaterThan(Number(own) * 2);
  await page.screenshot({ path: `${shots}/compare-aligned.png` });
});
