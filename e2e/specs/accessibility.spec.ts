import { expect, test } from '@playwright/test';
import { seriousViolations } from '../pages/A11yPage';
import { FilesPage, fixturePath } from '../pages/FilesPage';
import { ResultsPage } from '../pages/ResultsPage';

let files: FilesPage;
let results: ResultsPage;

test.beforeEach(async ({ page }) => {
  files = new FilesPage(page);
  results = new ResultsPage(page);
  await files.open();
  await results.settled();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the editor and the results dashboard have no serious axe violations (${theme} theme)`, async ({ page }) => {
    const toggle = page.getByTestId('toolbar.theme');
    if ((await toggle.getAttribute('data-theme-now')) !== theme) await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `/tmp/a11y-${theme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await results.expandButton.click();
    await results.settled();
    await page.screenshot({ path: `/tmp/a11y-${theme}-results.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the theme follows the system until chosen, and the choice is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Switch to the light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('? and the toolbar open the keyboard shortcuts, listed from the registry, and Escape closes them', async ({ page }) => {
  const dialog = page.getByTestId('help.dialog');
  await page.locator('body').press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(dialog.getByTestId('help.shortcut').filter({ hasText: 'Undo' })).toContainText('Ctrl+Z');
  await expect(dialog.getByTestId('help.shortcut').filter({ hasText: 'Show keyboard shortcuts' })).toContainText('?');
  await expect(page.getByTestId('help.close')).toBeFocused();
  await page.screenshot({ path: '/tmp/a11y-help.png' });
  expect(await seriousViolations(page, '[data-testid="help.dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(dialog).toBeVisible();
  await page.getByTestId('help.close').click();
  await expect(dialog).toHaveCount(0);
});

test('the explanation dialog of a result has no serious axe violations', async ({ page }) => {
  await results.explain('availability');
  expect(await seriousViolations(page, '[data-testid="results.explain"]')).toEqual([]);
});

test('the import error dialog has no serious axe violations', async ({ page }) => {
  await files.importFile(fixturePath('invalid-scenario.json'));
  await expect(files.errorDialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="files.error-dialog"]')).toEqual([]);
});

test('every toolbar control is reachable with Tab and has a name', async ({ page }) => {
  const names: string[] = [];
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('[data-testid="toolbar"]')) return null;
      return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    });
    if (name === null) break;
    names.push(name);
  }
  expect(names).toEqual(expect.arrayContaining(['Templates', 'Zoom to fit', 'Keyboard shortcuts (?)', 'Switch to the dark theme', 'Import…', 'Export', 'Export as…']));
  expect(names.every((name) => name.length > 0)).toBe(true);
});
