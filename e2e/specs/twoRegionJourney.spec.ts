import { expect, test } from '@playwright/test';
import { DesignBuilder } from '../pages/DesignBuilder';

test('a two-region design is built from the palette in at most 60 actions, none spent on layout', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const ui = new DesignBuilder(page);
  const { canvas } = ui;
  await canvas.open();
  await ui.newDesign();

  const eu = await ui.addRegion(canvas.pane, { x: 0.3, y: 0.4 }, 'aws:eu-west-1');
  const us = await ui.addRegion(canvas.pane, { x: 0.6, y: 0.45 }, 'aws:us-east-1');
  const zones: string[] = [];
  for (const region of [eu, us]) {
    zones.push(await ui.add('zone', canvas.group(region), { x: 0.25, y: 0.6 }));
    zones.push(await ui.add('zone', canvas.group(region), { x: 0.75, y: 0.6 }));
  }
  const lbs: string[] = [];
  for (const region of [eu, us]) lbs.push(await ui.add('loadBalancer', canvas.group(region), { x: 0.5, y: 0.1 }));
  const apps: string[] = [];
  const caches: string[] = [];
  const dbs: string[] = [];
  for (const [i, zone] of zones.entries()) {
    apps.push(await ui.add('compute', canvas.group(zone), { x: 0.5, y: 0.2 }));
    if (i % 2 === 0) caches.push(await ui.add('cache', canvas.group(zone), { x: 0.5, y: 0.7 }));
    else dbs.push(await ui.add('database', canvas.group(zone), { x: 0.5, y: 0.7 }));
  }
  const dns = await ui.add('dns', canvas.pane, { x: 0.4, y: 0.26 });
  const cdn = await ui.add('cdn', canvas.pane, { x: 0.6, y: 0.26 });
  const users: string[] = [];
  for (const [i, regionId] of ['aws:eu-west-1', 'aws:us-east-1', 'aws:ap-northeast-1'].entries()) {
    users.push(await ui.add('users', canvas.pane, { x: 0.3 + 0.2 * i, y: 0.12 }));
    if (regionId !== 'aws:us-east-1') await ui.choose('location.regionId', regionId);
  }
  for (const population of users) {
    await ui.connect(population, dns);
    await ui.connect(population, cdn);
  }
  for (const lb of lbs) {
    await ui.connect(dns, lb);
    await ui.connect(cdn, lb);
  }
  for (const [i, app] of apps.entries()) {
    await ui.connect(lbs[Math.floor(i / 2)] ?? '', app);
    await ui.connect(app, caches[Math.floor(i / 2)] ?? '');
    await ui.connect(app, dbs[Math.floor(i / 2)] ?? '');
  }
  await ui.edgeKind('replication');
  await ui.connect(dbs[0] ?? '', dbs[1] ?? '');
  await ui.zoomToFit();
  await page.screenshot({ path: test.info().outputPath('two-region-at-fit.png') });

  // The budget: at most 60 actions, none of them a drag to repair the layout (the builder has none to offer).
  expect(ui.actions).toBeLessThanOrEqual(60);
  test.info().annotations.push({ type: 'ui actions', description: String(ui.actions) });
  for (const [a, b] of [[eu, us], ...[0, 2].map((i) => [zones[i] ?? '', zones[i + 1] ?? ''])] as const) expect(await canvas.overlap(canvas.group(a), canvas.group(b))).toBe(false);
  for (const [i, zone] of zones.entries()) {
    expect(await canvas.isInside(canvas.group(zone), canvas.group(i < 2 ? eu : us))).toBe(true);
    for (const card of [apps[i] ?? '', (i % 2 === 0 ? caches : dbs)[Math.floor(i / 2)] ?? '']) expect(await canvas.isInside(canvas.node(card), canvas.group(zone))).toBe(true);
  }
  // Readable at "fit" on 1440 × 900: every card's name drawn at 11 screen pixels or more.
  expect(await ui.smallestNameFontPx()).toBeGreaterThan(10.5);

});
