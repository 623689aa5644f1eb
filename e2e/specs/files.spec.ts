import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FilesPage, fixturePath } from '../pages/FilesPage';

const shots = '/tmp/shots';
const exampleName = 'Three-tier web app, two zones';
const importedName = 'Checkout service, two zones';

let files: FilesPage;

test.beforeAll(() => mkdir(shots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  files = new FilesPage(page);
  await files.open();
});

test('work is restored after a reload, even one straight after the change', async () => {
  await files.importFile(fixturePath('valid-scenario.json'));
  await expect(files.notice(`Imported ${importedName}`)).toBeVisible();
  await files.page.screenshot({ path: `${shots}/files-import-notice.png` });

  await files.reload();
  const restored = await files.exportedDocument();
  expect(restored.fileName).toBe('checkout-service-two-zones.meridian.json');
  expect(JSON.parse(restored.text)).toMatchObject({ name: importedName, workload: { requestsPerSecond: 1200 } });
});

test('an invalid file is refused with its problems listed, and the scenario stays as it was', async ({ page }) => {
  const before = await files.exportedDocument();
  await files.importFile(fixturePath('invalid-scenario.json'));

  await expect(files.errorDialog).toBeVisible();
  await expect(files.errorDialog).toHaveAttribute('role', 'alertdialog');
  await expect(files.errorDialog).toContainText('invalid-scenario.json');
  await expect(files.errorDialogIssues.first()).toHaveText('components[2].instances: must be ≥ 1');
  await expect(files.errorDialogClose).toBeFocused();
  await page.screenshot({ path: `${shots}/files-error-dialog.png` });

  await page.keyboard.press('Escape');
  await expect(files.errorDialog).toHaveCount(0);
  await expect(files.importButton).toBeFocused();
  expect(await files.exportedDocument()).toEqual(before);
});

test('the error dialog closes with its button too, and a foreign JSON file is refused', async () => {
  await files.importFile(fixturePath('foreign-package.json'));
  await expect(files.errorDialogIssues).toHaveText(['schemaVersion: is required and must be a whole number ≥ 1: is this a Meridian scenario?']);
  await files.errorDialogClose.click();
  await expect(files.errorDialog).toHaveCount(0);
  expect(JSON.parse((await files.exportedDocument()).text)).toMatchObject({ name: exampleName });
});

test('an exported file imports back', async () => {
  const exported = await files.exportedDocument();
  expect(exported.fileName).toBe('three-tier-web-app-two-zones.meridian.json');

  const download = await files.export();
  await files.importFile(await download.path());
  await expect(files.notice(`Imported ${exampleName}`)).toBeVisible();
  // Same content; key order may differ, since import rebuilds the document in schema order.
  expect(JSON.parse((await files.exportedDocument()).text)).toEqual(JSON.parse(exported.text));
});

test('a file dropped on the window is imported, with an overlay while it is dragged', async ({ page }) => {
  await files.dragFileOver(fixturePath('valid-scenario.json'), { drop: false });
  await expect(files.dropOverlay).toBeVisible();
  await page.screenshot({ path: `${shots}/files-drop-overlay.png` });

  await files.dragFileOver(fixturePath('valid-scenario.json'), { drop: true });
  await expect(files.dropOverlay).toHaveCount(0);
  await expect(files.notice(`Imported ${importedName}`)).toBeVisible();
});

test('a damaged save is kept aside and explained, and the example opens', async ({ page }) => {
  // No user action can damage a save, so the test damages it as a crash or an old build might.
  await page.evaluate(async () => {
    const request = indexedDB.open('meridian');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction('scenarios', 'readwrite');
    transaction.objectStore('scenarios').put({ document: { schemaVersion: 1, name: 'Half written' }, savedAt: '2025-01-01T00:00:00Z' }, 'current');
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    database.close();
  });

  await files.reload();
  const notice = files.notice('could not be opened');
  await expect(notice).toContainText('A copy was kept in this browser under "backup:');
  await expect(notice).toContainText('id: is required');
  await page.screenshot({ path: `${shots}/files-restore-notice.png` });
  expect(JSON.parse((await files.exportedDocument()).text)).toMatchObject({ name: exampleName });
});
