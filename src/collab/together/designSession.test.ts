import { beforeEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { updateElementCommand, updateElement } from '../../commands';
import { createExampleScenario, type Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import type { RoomConnection } from '../joinRoom';
import { readScenarioFromDoc, writeScenarioToDoc } from '../scenarioDoc';
import { startDesignSession } from './designSession';

const store = useMeridianStore;

/** This browser's room connection, and another person's doc wired to it as the relay would. */
function roomWithPeer() {
  const doc = new Y.Doc();
  const peer = new Y.Doc();
  doc.on('update', (update: Uint8Array, origin: unknown) => origin !== peer && Y.applyUpdate(peer, update, doc));
  peer.on('update', (update: Uint8Array, origin: unknown) => origin !== doc && Y.applyUpdate(doc, update, peer));
  let synced = () => {};
  const connection: RoomConnection = {
    room: 'd-test',
    doc,
    awareness: new Awareness(doc),
    state: () => ({ status: 'online', readOnly: false, refusal: null }),
    subscribe: () => () => {},
    synced: new Promise((resolve) => (synced = resolve)),
    destroy: () => {},
  };
  return { connection, peer, sync: async () => (synced(), await connection.synced) };
}

const peerScenario = (peer: Y.Doc): Scenario => {
  const read = readScenarioFromDoc(peer);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.scenario;
};

const peerEdits = (peer: Y.Doc, id: string, patch: object) => {
  const before = peerScenario(peer);
  const result = updateElement(before, { id, patch });
  if (!result.ok) throw new Error(result.reason);
  writeScenarioToDoc(peer, before, result.scenario, 'peer');
};

const instancesOf = (scenario: Scenario, id: string) => (scenario.components.find((c) => c.id === id) as { instances?: number } | undefined)?.instances;

const component = (scenario: Scenario, id: string) => scenario.components.find((c) => c.id === id);

beforeEach(() => store.setState(store.getInitialState(), true));

describe('designing together', () => {
  it('shares the active tab, sends its edits and receives the others’', async () => {
    const { connection, peer, sync } = roomWithPeer();
    const problems: string[] = [];
    const session = startDesignSession(connection, { share: true, onProblem: (p) => problems.push(p), onTabClosed: () => {} });
    await sync();
    expect(peerScenario(peer)).toEqual(store.getState().scenario);

    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 5 } });
    expect(component(peerScenario(peer), 'app-a')).toMatchObject({ instances: 5 });

    peerEdits(peer, 'db', { name: 'Orders' });
    expect(component(store.getState().scenario, 'db')).toMatchObject({ name: 'Orders' });
    expect(store.getState().past).toHaveLength(1); // the other's edit is not an undo step here
    expect(problems).toEqual([]);
    session.leave();
  });

  it("undoes one's own edits, never the others'", async () => {
    const { connection, peer, sync } = roomWithPeer();
    const session = startDesignSession(connection, { share: true, onProblem: () => {}, onTabClosed: () => {} });
    await sync();
    const originalInstances = instancesOf(store.getState().scenario, 'app-a');
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 5 } });
    peerEdits(peer, 'db', { name: 'Orders' });
    peerEdits(peer, 'app-b', { instances: 9 });

    store.getState().undo();
    const scenario = store.getState().scenario;
    expect(instancesOf(scenario, 'app-a')).toBe(originalInstances);
    expect(component(scenario, 'db')).toMatchObject({ name: 'Orders' });
    expect(component(scenario, 'app-b')).toMatchObject({ instances: 9 });
    expect(instancesOf(peerScenario(peer), 'app-a')).toBe(originalInstances);
    expect([store.getState().past.length, store.getState().future.length]).toEqual([0, 1]);

    store.getState().redo();
    expect(component(store.getState().scenario, 'app-a')).toMatchObject({ instances: 5 });
    expect(component(store.getState().scenario, 'app-b')).toMatchObject({ instances: 9 });
    session.leave();
    expect(store.getState().undo).toBe(store.getInitialState().undo);
  });

  it('keeps its copy and says where when the room sends an invalid design', async () => {
    const { connection, peer, sync } = roomWithPeer();
    const problems: string[] = [];
    const session = startDesignSession(connection, { share: true, onProblem: (p) => problems.push(p), onTabClosed: () => {} });
    await sync();
    const before = store.getState().scenario;
    const components = peer.getMap('scenario').get('components') as Y.Map<unknown>;
    components.set('app-a', { at: 2, item: { ...component(before, 'app-a'), instances: -3 } });
    expect(store.getState().scenario).toBe(before);
    expect(problems).toEqual([expect.stringMatching(/^A change from the shared design was not applied: components\[2\]\.instances/)]);

    // The next edit here repairs the room with this browser's valid copy.
    store.getState().dispatch(updateElementCommand, { id: 'db', patch: { name: 'Orders' } });
    expect(instancesOf(peerScenario(peer), 'app-a')).toBe(instancesOf(before, 'app-a'));
    session.leave();
  });

  it("opens a joined room's design in a new tab, leaving the person's own tab as it was", async () => {
    const { connection, peer, sync } = roomWithPeer();
    const theirs = { ...createExampleScenario(), id: 'theirs', name: 'Their design' };
    writeScenarioToDoc(peer, null, theirs, 'peer');
    const own = store.getState().scenario;
    const ownTab = store.getState().activeTabId;
    const session = startDesignSession(connection, { share: false, onProblem: () => {}, onTabClosed: () => {} });
    await sync();
    expect(store.getState().tabs).toHaveLength(2);
    expect(store.getState().activeTabId).toBe(session.tabId());
    expect(store.getState().scenario).toEqual(theirs);
    expect(store.getState().documentOf(ownTab)).toBe(own);
    session.leave();
  });
});
