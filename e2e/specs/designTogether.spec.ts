import { expect, test, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { joinRoom } from '../../src/collab/joinRoom';
import { parseRoomLink } from '../../src/collab/roomLinks';
import { e2eRelayPort, RelayProcess } from '../fixtures/relayProcess';
import { CanvasPage } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { relayTimeout, TogetherPage } from '../pages/TogetherPage';

const relay = new RelayProcess();
const relayUrl = `ws://127.0.0.1:${e2eRelayPort}/relay`;

test.beforeAll(async () => relay.start());
test.afterAll(async () => relay.kill());

/** The example's app servers in zone a and b show "<n> × m6i.large" on their cards. */
const servers = (page: Page, zone: 'a' | 'b') => new CanvasPage(page).node(`app-${zone}`);

async function setInstances(page: Page, zone: 'a' | 'b', count: number) {
  await new CanvasPage(page).select(`app-${zone}`);
  await new InspectorPage(page).setField('instances', String(count));
  await expect(servers(page, zone)).toContainText(`${count} × m6i.large`);
}

/** Ada shares the example; Grace opens her link in another browser. */
async function twoDesigners(browser: Browser) {
  const ada = await (await browser.newContext()).newPage();
  const grace = await (await browser.newContext()).newPage();
  await new CanvasPage(ada).open();
  const link = await new TogetherPage(ada).start('Ada');
  await new TogetherPage(grace).join(link, 'Grace');
  await expect(servers(grace, 'a')).toBeVisible();
  const room = parseRoomLink(new URL(link).hash);
  if (room?.kind !== 'together') throw new Error(`not a design-together link: ${link}`);
  return { ada, grace, room: room.room };
}

test.describe('design together', () => {
  // Two browsers on the dev server, each loading the whole app: longer than one page's budget on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('two people edit one scenario live, see each other, and undo only their own edits', async ({ browser }) => {
    const { ada, grace } = await twoDesigners(browser);
    await expect(new TogetherPage(ada).button).toHaveAttribute('data-people', '2');
    await expect(new TogetherPage(grace).button).toHaveAttribute('data-people', '2');
    // Ada's dialog in the room: its link in the link field the share dialog has too, and who is here.
    await new TogetherPage(ada).button.click();
    await expect(ada.getByTestId('together.link.url')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#/);
    await expect(ada.getByTestId('together.people')).toContainText('Grace');
    await ada.screenshot({ path: '/tmp/together-dialog.png' });
    await ada.getByTestId('together.done').click();

    await setInstances(ada, 'a', 5);
    await expect(servers(grace, 'a')).toContainText('5 × m6i.large');
    await setInstances(grace, 'b', 7);
    await expect(servers(ada, 'b')).toContainText('7 × m6i.large');

    // Grace's pointer and selection show on Ada's canvas, in Grace's colour.
    const box = await servers(grace, 'b').boundingBox();
    if (!box) throw new Error('app-b is not on screen');
    await grace.mouse.move(box.x + box.width / 2, box.y + box.height + 30, { steps: 4 });
    await expect(new TogetherPage(ada).cursorOf('Grace')).toBeVisible();
    await expect(ada.getByTestId('presence.selection')).toHaveCount(1);

    // Ada's undo takes back her 5, not Grace's 7; each browser computes its own results from the same design.
    await ada.getByTestId('toolbar.undo').click();
    await expect(servers(ada, 'a')).toContainText('3 × m6i.large');
    await expect(servers(grace, 'a')).toContainText('3 × m6i.large');
    await expect(servers(ada, 'b')).toContainText('7 × m6i.large');
    await expect(servers(grace, 'b')).toContainText('7 × m6i.large');
  });

  test('the relay killed and restarted mid-session loses nothing', async ({ browser }) => {
    const { ada, grace } = await twoDesigners(browser);
    await relay.kill();
    await expect(new TogetherPage(ada).button).toHaveAttribute('data-status', 'offline', relayTimeout);
    await expect(new TogetherPage(grace).button).toHaveAttribute('data-status', 'offline', relayTimeout);
    await setInstances(ada, 'a', 6);
    await setInstances(grace, 'b', 8);

    await relay.start();
    await expect(new TogetherPage(ada).button).toHaveAttribute('data-status', 'online', relayTimeout);
    await expect(new TogetherPage(grace).button).toHaveAttribute('data-status', 'online', relayTimeout);
    for (const page of [ada, grace]) {
      await expect(servers(page, 'a')).toContainText('6 × m6i.large', relayTimeout);
      await expect(servers(page, 'b')).toContainText('8 × m6i.large', relayTimeout);
    }
  });

  test('a client sending malformed updates leaves the others working', async ({ browser }) => {
    const { ada, grace, room } = await twoDesigners(browser);

    // Garbage at the protocol level, straight on a socket: the relay drops that client alone.
    const raw = new WebSocket(relayUrl);
    await new Promise((resolve) => raw.once('open', resolve));
    const message = (write: (encoder: encoding.Encoder) => void) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, room);
      write(encoder);
      return encoding.toUint8Array(encoder);
    };
    raw.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, JSON.stringify({ role: 'peer', name: 'Mallory' })))));
    raw.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 7])))));

    // A well-formed update carrying a design the schema refuses: nobody applies it.
    const mallory = joinRoom({ room, role: 'peer', name: 'Mallory', relayUrl, WebSocketPolyfill: WebSocket });
    await mallory.synced;
    const components = mallory.doc.getMap('scenario').get('components') as import('yjs').Map<{ at: number; item: object }>;
    const appA = components.get('app-a');
    if (!appA) throw new Error('the room has no app-a');
    components.set('app-a', { at: appA.at, item: { ...appA.item, instances: -3 } });
    await expect(new CanvasPage(grace).notice).toContainText('A change from the shared design was not applied');
    await expect(servers(grace, 'a')).toContainText('3 × m6i.large');
    mallory.destroy();
    raw.terminate();

    // Still designing together: Ada's next edit reaches Grace (and repairs the room).
    await setInstances(ada, 'b', 4);
    await expect(servers(grace, 'b')).toContainText('4 × m6i.large');
    await expect(servers(grace, 'a')).toContainText('3 × m6i.large');
  });
});
