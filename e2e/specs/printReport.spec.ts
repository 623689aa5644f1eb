import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ComparePage } from '../pages/ComparePage';
import { PrintReportPage } from '../pages/PrintReportPage';

const shots = '/tmp/shots';
const example = 'Three-tier web app, two zones';
const warmStandby = 'Warm standby (us-east-1 → us-west-2)';
const pilotLight = 'Pilot light (us-east-1 → us-west-2)';

/** Ids of the example's elements, which nothing a person reads may show. */
const exampleIds = /\b(users-eu|users-us|app-a|app-b|zone-a|zone-b|e-lb-a)\b/;
/** What only the app's chrome says. */
const appChrome = /Templates|Drag onto the canvas|Print or save as PDF|Keyboard shortcuts/;

let compare: ComparePage;
let report: PrintReportPage;

test.beforeAll(() => mkdir(shots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  compare = new ComparePage(page);
  report = new PrintReportPage(page);
});

test('the printed report has one A4 page per open tab, light in the dark theme, with the drawing, cards and every section by name', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await compare.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await compare.openGallery();
  await page.getByTestId('templates.open.warm-standby').click();
  await expect(page.getByTestId('toolbar.scenario-name')).toHaveText(warmStandby);

  await report.open();
  await expect(report.pages).toHaveCount(2);
  await expect(report.sheet(0).getByRole('heading', { level: 2 })).toHaveText(example);
  await expect(report.sheet(1).getByRole('heading', { level: 2 })).toHaveText(warmStandby);
  // The drawing is the vector export's, in the light theme's colours although the app is dark.
  const drawing = report.sheet(0).getByTestId('print.page.0.drawing').locator('svg');
  await expect(drawing.locator('> rect').first()).toHaveAttribute('fill', '#fafbfc');
  await expect(drawing.locator('text', { hasText: 'Session cache' })).toHaveCount(1);
  for (const card of ['availability', 'recovery', 'cost', 'capacity']) await expect(report.sheet(0).getByTestId(`print.page.0.card.${card}`)).toBeVisible();
  await expect(report.sheet(0).getByTestId('print.page.0.populations')).toContainText('Users in Europe');
  await expect(report.sheet(0).getByTestId('print.page.0.availability')).toContainText('Weakest links');
  await expect(report.sheet(0).getByTestId('print.page.0.recovery')).toContainText('Zone eu-west-1a (Session cache)');
  await expect(report.sheet(0).getByTestId('print.page.0.cost')).toContainText('Data transfer');
  await page.screenshot({ path: `${shots}/print-preview.png` });

  const pdf = await report.pdf();
  expect(pdf.pageCount).toBe(2);
  expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)$/m);
  const [first = '', second = ''] = pdf.pageTexts;
  for (const text of ['Three-tier web app, two zones', 'Latency and availability per population', 'Users in Europe', 'Users in US East', 'Weakest links', 'Recovery (targets', 'Region Europe (Ireland)', 'Data transfer', '$4.4']) expect(first).toContain(text);
  expect(second).toContain(warmStandby);
  expect(second).toContain('Users on the US west coast');
  expect(second).not.toContain(example);
  for (const text of pdf.pageTexts) {
    expect(text).not.toMatch(exampleIds);
    expect(text).not.toMatch(appChrome);
  }
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf.path, `${shots}/print-page`]);

  // Closing gives the editor back.
  await page.keyboard.press('Escape');
  await expect(report.dialog).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
});

test('from the compare view, the report prints the compared scenarios in their order, not every tab', async () => {
  await compare.open();
  await compare.compareTemplates('pilot-light', 'warm-standby');
  await compare.settled();
  await report.open();
  await expect(report.pages).toHaveCount(2);
  await expect(report.sheet(0).getByRole('heading', { level: 2 })).toHaveText(pilotLight);
  await expect(report.sheet(1).getByRole('heading', { level: 2 })).toHaveText(warmStandby);
  const pdf = await report.pdf();
  expect(pdf.pageCount).toBe(2);
  expect(pdf.pageTexts[0]).toContain(pilotLight);
  expect(pdf.pageTexts[1]).toContain(warmStandby);
  expect(pdf.pageTexts.join('\n')).not.toContain(example);
  await report.page.getByTestId('print.close').click();
  await expect(compare.view).toBeVisible();
});
