import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage, fixturePath } from '../pages/FilesPage';
import { LessonsPage } from '../pages/LessonsPage';
import { SharePage } from '../pages/SharePage';

const importedName = 'Checkout service, two zones';

async function openWithLocalWork(page: Page): Promise<FilesPage> {
  const files = new FilesPage(page);
  await files.open();
  await files.importFile(fixturePath('valid-scenario.json'));
  await expect(files.notice(`Imported ${importedName}`)).toBeVisible();
  return files;
}

test('a shared link opens the same scenario in a fresh browser, as a copy, after asking', async ({ page, browser }) => {
  const files = await openWithLocalWork(page);
  const share = new SharePage(page);
  await share.shareButton.click();
  await expect(share.linkDialog).toContainText('Whoever opens this link gets a copy of "Checkout service, two zones"');
  const url = await share.linkUrl.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s2=/);
  expect(url.length).toBeLessThanOrEqual(8000);
  // The link field the share and design-together dialogs share: Copy puts the whole link on the clipboard and says so.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share.link.copy').click();
  await expect(page.getByTestId('share.link.status')).toHaveText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.screenshot({ path: '/tmp/share-link-dialog.png' });
  await share.linkClose.click();
  const original = JSON.parse((await files.exportedDocument()).text);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherFiles = new FilesPage(other);
  const otherShare = new SharePage(other);
  await other.goto(url);
  await expect(otherShare.openDialog).toBeVisible();
  await expect(otherShare.openDialog).toContainText('Open shared scenario as a copy?');
  await expect(otherShare.openName).toHaveText(importedName);
  expect(other.url()).not.toContain('#s2=');
  await other.screenshot({ path: '/tmp/share-open-dialog.png' });
  await otherShare.openConfirm.click();
  await expect(otherFiles.notice(`Opened a copy of ${importedName} in a new tab`)).toBeVisible();
  expect(JSON.parse((await otherFiles.exportedDocument()).text)).toEqual(original);
  await fresh.close();
});

test('declining a shared link changes nothing', async ({ page }) => {
  const files = await openWithLocalWork(page);
  const before = await files.exportedDocument();
  const url = await new SharePage(page).shareScenario();
  await page.goto('about:blank');
  await page.goto(url.replace(/#.*/, '') + '#s=' + LZString.compressToEncodedURIComponent(JSON.stringify({ ...JSON.parse(before.text), name: 'Someone else’s design' })));
  const share = new SharePage(page);
  await expect(share.openName).toHaveText('Someone else’s design');
  await share.openCancel.click();
  await expect(share.openDialog).toHaveCount(0);
  expect(await files.exportedDocument()).toEqual(before);
});

test('a hostile link shows what is wrong and where, and nothing is lost', async ({ page }) => {
  const files = await openWithLocalWork(page);
  const before = await files.exportedDocument();
  const hostile = { ...JSON.parse(before.text), name: '<img src=x onerror=alert(1)>', components: [{ kind: 'compute', id: '"><script>alert(1)</script>', instances: -3 }] };
  let dialogs = 0;
  page.on('dialog', () => (dialogs += 1));

  await page.goto(`/#s=${LZString.compressToEncodedURIComponent(JSON.stringify(hostile))}`);
  await expect(files.errorDialog).toBeVisible();
  await expect(files.errorDialog).toContainText('Could not open the shared scenario');
  await expect(files.errorDialog).toContainText('The link has these problems');
  await expect(files.errorDialogIssues.first()).toContainText('components[0]');
  expect(page.url()).not.toContain('#s=');
  await page.screenshot({ path: '/tmp/share-hostile.png' });
  await files.errorDialogClose.click();
  expect(await files.exportedDocument()).toEqual(before);

  // 48 MB of spaces, deflated: a 65 000-character link. It is refused at the 5 MB limit, not unpacked.
  await page.goto(`/#s2=${deflateRawSync(' '.repeat(48 * 1024 * 1024)).toString('base64url')}`);
  await expect(files.errorDialogIssues).toHaveText([/^\(link\): holds more than 5 MB once unpacked/]);
  await files.errorDialogClose.click();

  await page.goto('/#s=this-is-not-a-link');
  await expect(files.errorDialogIssues).toHaveText([/^\(link\): is damaged or incomplete/]);
  await files.errorDialogClose.click();
  expect(await files.exportedDocument()).toEqual(before);
  expect(dialogs).toBe(0);
});

test('a lesson travels by link', async ({ page, browser }) => {
  const files = new FilesPage(page);
  await files.open();
  const lessons = new LessonsPage(page);
  const share = new SharePage(page);

  await lessons.start('redundancy-and-nines');
  await page.getByTestId('lessons.share').click();
  const url = await share.linkUrl.inputValue();
  expect(url).toContain('#l2=');
  await share.linkClose.click();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  const otherShare = new SharePage(other);
  await expect(otherShare.openDialog).toContainText('Open shared lesson?');
  await otherShare.openConfirm.click();
  const otherLessons = new LessonsPage(other);
  await expect(otherLessons.title).toHaveText('Redundancy and nines: zones and single points of failure');
  await expect(otherLessons.goal).toBeVisible();
  await fresh.close();
});

/** The fixture with `count` more app servers whose names (random letters) no compressor can shrink. */
async function paddedScenario(count: number): Promise<{ text: string; paddingIds: string[] }> {
  const document = JSON.parse(await readFile(fixturePath('valid-scenario.json'), 'utf8'));
  const template = document.components.find((component: { id: string }) => component.id === 'app-a');
  let seed = 12345;
  const letter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[seed % 52]);
  const paddingIds = Array.from({ length: count }, (_, i) => `pad-${i}`);
  for (const [i, id] of paddingIds.entries()) {
    document.components.push({ ...template, id, name: Array.from({ length: 110 }, letter).join('') });
    document.layout.nodes[id] = { x: 20 + (i % 6) * 200, y: 400 + Math.floor(i / 6) * 80 };
  }
  return { text: JSON.stringify(document), paddingIds };
}

test('a design too large for a link is saved as a file, with a notice that goes once it fits again', async ({ page, browser }) => {
  const files = new FilesPage(page);
  await files.open();
  const { text, paddingIds } = await paddedScenario(60);
  const chooser = page.waitForEvent('filechooser');
  await files.importButton.click();
  await (await chooser).setFiles({ name: 'padded.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(files.notice(`Imported ${importedName}`)).toBeVisible();

  const share = new SharePage(page);
  const download = page.waitForEvent('download');
  await share.shareButton.click();
  expect((await download).suggestedFilename()).toBe('checkout-service-two-zones.meridian.json');
  const tooLarge = files.notice(/too large for a link/);
  await expect(tooLarge).toContainText('chat tools cut links beyond 8,000');
  await page.screenshot({ path: '/tmp/share-too-large.png' });

  // Deleting app servers one by one: the notice holds while the link is still too long, then goes.
  const canvas = new CanvasPage(page);
  let deleted = 0;
  for (const id of paddingIds) {
    if ((await tooLarge.count()) === 0) break;
    await canvas.select(id);
    await page.keyboard.press('Delete');
    await expect(canvas.node(id)).toHaveCount(0);
    deleted += 1;
  }
  await expect(tooLarge).toHaveCount(0);
  expect(deleted).toBeGreaterThan(1);
  expect(deleted).toBeLessThan(paddingIds.length);

  const url = await share.shareScenario();
  expect(url.length).toBeLessThanOrEqual(8000);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(new SharePage(other).openName).toHaveText(importedName);
  await fresh.close();
});
