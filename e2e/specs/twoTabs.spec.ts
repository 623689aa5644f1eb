import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';

// Pages of the app opened and reloaded several times: on a loaded machine one reload alone can take 20 s.
test.describe.configure({ timeout: 120_000 });

const tabs = (page: Page) => page.getByTestId('workspace.tabs');
const appServers = (page: Page) => new CanvasPage(page).node('app-a');

async function setInstances(page: Page, count: number) {
  await new CanvasPage(page).select('app-a');
  await new InspectorPage(page).setField('instances', String(count));
  await expect(appServers(page)).toContainText(`${count} × m6i.large`);
}

/** Waits until this page's autosave has written what it shows (the file notice area says nothing about it, so ask IndexedDB). */
async function saved(page: Page, text: string) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('meridian');
            open.onsuccess = () => {
              const request = open.result.transaction('scenarios').objectStore('scenarios').getAll();
              request.onsuccess = () => resolve(JSON.stringify(request.result));
            };
          }),
      ),
    )
    .toContain(text);
}

/** Holds this page's BroadcastChannel messages until `release`, as if the other tab's news were slow to arrive. */
function holdChannelMessages(page: Page) {
  return page.addInitScript(() => {
    const held: Array<() => void> = [];
    const hold = window as unknown as { holding: boolean; release: () => void };
    hold.holding = true;
    hold.release = () => {
      hold.holding = false;
      held.splice(0).forEach((deliver) => deliver());
    };
    const descriptor = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'onmessage');
    Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
      set(handler: (event: MessageEvent) => void) {
        descriptor?.set?.call(this, (event: MessageEvent) => (hold.holding ? held.push(() => handler(event)) : handler(event)));
      },
    });
  });
}

test('edits in two tabs of the app are both kept after a reload, and each tab sees the other save', async ({ page, context }) => {
  const first = new FilesPage(page);
  await first.open();
  await setInstances(page, 5);
  await saved(page, '"instances":5');

  const other = await context.newPage();
  const second = new FilesPage(other);
  await second.open();
  await expect(appServers(other)).toContainText('5 × m6i.large');
  await other.getByTestId('workspace.duplicate').click();
  await expect(tabs(other)).toContainText('(variant 2)');
  await setInstances(other, 8);
  await saved(other, '"instances":8');

  // The first tab shows the same scenario; an edit there reaches the second tab without a reload.
  await setInstances(page, 6);
  await other.getByTestId('workspace.tab.tab-1').click();
  await expect(appServers(other)).toContainText('6 × m6i.large');

  await first.reload();
  await expect(appServers(page)).toContainText('6 × m6i.large');
  await expect(tabs(page)).not.toContainText('(variant 2)');
  await second.reload();
  await expect(tabs(other)).toContainText('(variant 2)');
  await expect(appServers(other)).toContainText('6 × m6i.large');
  await other.screenshot({ path: '/tmp/two-tabs.png' });
});

test('the same scenario changed in two tabs at once keeps both versions, and says so', async ({ page, context }) => {
  const first = new FilesPage(page);
  await first.open();
  await setInstances(page, 4);
  await saved(page, '"instances":4');
  const other = await context.newPage();
  await holdChannelMessages(other);
  await new FilesPage(other).open();
  await expect(appServers(other)).toContainText('4 × m6i.large');

  await setInstances(page, 5);
  await saved(page, '"instances":5');
  await setInstances(other, 7);
  await saved(other, '"instances":7');
  await other.evaluate(() => (window as unknown as { release: () => void }).release());

  // Exactly one of the two tabs steps aside: it shows the other's version and opens its own as a copy.
  const conflicted = (await tabs(page).textContent())?.includes('(conflict, this tab)') ? page : other;
  await expect(tabs(conflicted)).toContainText('(conflict, this tab)');
  await expect(new FilesPage(conflicted).notices).toContainText('was changed in another browser tab while you edited it here. Both versions are kept');
  const keptHere = conflicted === page ? 5 : 7;
  await expect(appServers(conflicted)).toContainText(`${keptHere} × m6i.large`);
  await conflicted.getByTestId('workspace.tab.tab-1').click();
  await expect(appServers(conflicted)).toContainText(`${12 - keptHere} × m6i.large`);
  await conflicted.screenshot({ path: '/tmp/two-tabs-conflict.png' });
  await new FilesPage(conflicted).reload();
  await expect(tabs(conflicted)).toContainText('(conflict, this tab)');
  await expect(appServers(conflicted)).toContainText(`${12 - keptHere} × m6i.large`);
  await conflicted.getByTestId('workspace.tab.tab-2').click();
  await expect(appServers(conflicted)).toContainText(`${keptHere} × m6i.large`);
});

test('a tab closed right after an edit has saved it', async ({ page, context }) => {
  await new FilesPage(page).open();
  await setInstances(page, 9);
  // With beforeunload handlers run, close() returns before the page has gone (its pagehide copy may still be
  // unwritten): a tab opened then started before the closing one saved, and showed what was saved before.
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  const reopened = await context.newPage();
  await new FilesPage(reopened).open();
  await expect(appServers(reopened)).toContainText('9 × m6i.large');
});
