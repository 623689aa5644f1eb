import { expect, test } from '@playwright/test';
import { FilesPage } from '../pages/FilesPage';
import { ResultsPage } from '../pages/ResultsPage';

const stem = 'three-tier-web-app-two-zones';
let files: FilesPage;

test.beforeEach(async ({ page }) => {
  files = new FilesPage(page);
  await files.open();
  await new ResultsPage(page).settled();
});

test('the report downloads as Markdown and as CSV, named after the scenario', async () => {
  const markdown = await files.exportAs('report-md');
  expect(markdown.fileName).toBe(`${stem}.report.md`);
  const text = markdown.bytes.toString('utf8');
  expect(text.startsWith('# Three-tier web app, two zones\n')).toBe(true);
  expect(text).toMatch(/^## Availability\n\n\*\*99\.\d+ % \(\d\.\d\d nines/m);
  expect(text).toMatch(/^\| users-eu \| \d+\.\d \| \d+\.\d \| \d+\.\d \| \d+\.\d \|$/m);

  const csv = await files.exportAs('report-csv');
  expect(csv.fileName).toBe(`${stem}.report.csv`);
  const records = csv.bytes.toString('utf8').split('\r\n');
  expect(records[0]).toBe('section,item,metric,value,unit');
  expect(records[1]).toBe('scenario,example-three-tier,name,"Three-tier web app, two zones",');
  expect(records).toContain('capacity,design,maxRequestsPerSecond,2400,requests/s');
});

test('the canvas downloads as a PNG and as an SVG of the whole drawing', async () => {
  const png = await files.exportAs('canvas-png');
  expect(png.fileName).toBe(`${stem}.png`);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  expect(width).toBeGreaterThan(600);
  expect(height).toBeGreaterThan(300);

  const svg = await files.exportAs('canvas-svg');
  expect(svg.fileName).toBe(`${stem}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('App servers (zone a)');
  expect(text).toContain('Orders DB (primary a, standby b)');
});
