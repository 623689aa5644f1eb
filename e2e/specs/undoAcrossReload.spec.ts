import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';

// Pages of the app opened and reloaded several times: on a loaded machine one reload alone can take 20 s.
test.describe.configure({ timeout: 120_000 });

async function setInstances(page: Page, count: number) {
  await new CanvasPage(page).select('app-a');
  await new InspectorPage(page).setField('instances', String(count));
  await expect(new CanvasPage(page).node('app-a')).toContainText(`${count} × m6i.large`);
}

test('undo and redo reach back past a reload', async ({ page }) => {
  const files = new FilesPage(page);
  const canvas = new CanvasPage(page);
  const appServers = canvas.node('app-a');
  const undo = page.getByTestId('toolbar.undo');
  const redo = page.getByTestId('toolbar.redo');
  await files.open();
  await expect(appServers).toContainText('3 × m6i.large');
  await setInstances(page, 4);
  await setInstances(page, 6);

  // Reloaded at once: the edits are saved by the pagehide copy, their history with them.
  await files.reload();
  await expect(appServers).toContainText('6 × m6i.large');
  await undo.click();
  await expect(appServers).toContainText('4 × m6i.large');
  await undo.click();
  await expect(appServers).toContainText('3 × m6i.large');
  await expect(undo).toBeDisabled();

  await files.reload();
  await expect(appServers).toContainText('3 × m6i.large');
  await redo.click();
  await expect(appServers).toContainText('4 × m6i.large');
  await redo.click();
  await expect(appServers).toContainText('6 × m6i.large');
  await expect(redo).toBeDisabled();
  await page.screenshot({ path: '/tmp/undo-across-reload.png' });
});
