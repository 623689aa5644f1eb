import 'fake-indexeddb/auto';
import { createStore, entries, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { prunableSessions, pruneSessionRecords, type SessionRecords } from './persistencePruning';
import { createScenarioStorage } from './persistenceStorage';
import { memoryStorage } from './test/memoryStorage';

const nowMs = Date.parse('2026-06-01T00:00:00.000Z');
const daysAgo = (days: number) => new Date(nowMs - days * 24 * 3600 * 1000).toISOString();
const named = (name: string) => ({ ...createExampleScenario(), name });

/** A tab's save of scenario `docKey` (save `saveId`), `days` ago. */
const tab = (id: string, docKey: string, saveId: string, days: number, name = docKey) => ({ id, docKey, saveId, savedAt: daysAgo(days), document: named(name) });

/** A browser tab's records: its workspace of `tabs`, saved when the newest of them was, and no newer `current`. */
function records(session: string, tabs: ReturnType<typeof tab>[], current?: { tabId: string; days: number; name: string }): SessionRecords {
  const savedAt = tabs.map((t) => t.savedAt).sort().at(-1) ?? daysAgo(0);
  return {
    session,
    workspace: { tabs, activeTabId: tabs[0]?.id ?? 'tab-1', savedAt },
    current: current ? { document: named(current.name), savedAt: daysAgo(current.days), tabId: current.tabId } : undefined,
  };
}

describe('prunableSessions', () => {
  it('prunes a tab closed long ago whose scenarios another tab kept, as saved or newer', () => {
    const old = records('s-old', [tab('tab-1', 'shop', 'v1', 60), tab('tab-2', 'bank', 'b1', 60)]);
    const live = records('s-live', [tab('tab-1', 'shop', 'v2', 1), tab('tab-2', 'bank', 'b1', 60)]);
    expect(prunableSessions([old, live], 's-live', nowMs)).toEqual(['s-old']);
  });

  it('never prunes this tab, a tab that saved recently, or records from before tabs', () => {
    const mine = records('s-mine', [tab('tab-1', 'shop', 'v1', 90)]);
    const recent = records('s-recent', [tab('tab-1', 'shop', 'v1', 29)]);
    const beforeTabs = records('', [tab('tab-1', 'shop', 'v1', 90)]);
    const keeper = records('s-keeper', [tab('tab-1', 'shop', 'v2', 0)]);
    expect(prunableSessions([mine, recent, beforeTabs, keeper], 's-mine', nowMs)).toEqual([]);
  });

  it('keeps an old record that holds the only (or the newest) save of a scenario', () => {
    const onlyCopy = records('s-only', [tab('tab-1', 'shop', 'v1', 60), tab('tab-2', 'draft', 'd1', 60)]);
    const newest = records('s-newest', [tab('tab-1', 'shop', 'v3', 45)]);
    const other = records('s-other', [tab('tab-1', 'shop', 'v2', 50)]);
    // s-other's shop (v2) is superseded by s-newest's v3; s-only holds the only save of "draft"; s-newest the newest shop.
    expect(prunableSessions([onlyCopy, newest, other], 's-me', nowMs)).toEqual(['s-other']);
  });

  it('keeps an old record whose current was saved after its workspace with another document (the edit of a tab closed right after it)', () => {
    const closed = records('s-closed', [tab('tab-1', 'shop', 'v1', 60)], { tabId: 'tab-1', days: 59, name: 'shop, edited before closing' });
    const same = records('s-same', [tab('tab-1', 'shop', 'v1', 60)], { tabId: 'tab-1', days: 59, name: 'shop' });
    const live = records('s-live', [tab('tab-1', 'shop', 'v1', 60)]);
    expect(prunableSessions([closed, same, live], 's-live', nowMs)).toEqual(['s-same']);
  });

  it('of two old records holding the same save, prunes one and keeps the other', () => {
    const a = records('s-a', [tab('tab-1', 'shop', 'v1', 70)]);
    const b = records('s-b', [tab('tab-1', 'shop', 'v1', 65)]);
    expect(prunableSessions([a, b], 's-me', nowMs)).toEqual(['s-a']);
  });

  it('keeps records it cannot read: no scenario keys (an older build), no dates, not a workspace', () => {
    const noKeys: SessionRecords = { session: 's-nokeys', current: undefined, workspace: { tabs: [{ id: 'tab-1', document: named('x'), savedAt: daysAgo(60) }], savedAt: daysAgo(60) } };
    const noDate: SessionRecords = { session: 's-nodate', current: undefined, workspace: { tabs: [] } };
    const garbage: SessionRecords = { session: 's-garbage', current: 'garbage', workspace: 42 };
    expect(prunableSessions([noKeys, noDate, garbage, records('s-live', [tab('tab-1', 'x', 'x1', 0)])], 's-live', nowMs)).toEqual([]);
  });
});

describe('pruneSessionRecords', () => {
  it('deletes a closed tab’s current and workspace records from IndexedDB and leaves every other key', async () => {
    const idb = createStore('meridian-pruning-test', 'scenarios');
    const storage = createScenarioStorage(idb, memoryStorage(), 's-live');
    const old = records('s-old', [tab('tab-1', 'shop', 'v1', 60)], { tabId: 'tab-1', days: 60, name: 'shop' });
    const live = records('s-live', [tab('tab-1', 'shop', 'v2', 0)]);
    await set('current:s-old', old.current, idb);
    await set('workspace:s-old', old.workspace, idb);
    await set('workspace:s-live', live.workspace, idb);
    await set('workspace', { tabs: [] }, idb);
    await set('backup:2026-01-01', { record: 'kept' }, idb);
    expect(await pruneSessionRecords(storage, nowMs)).toEqual(['s-old']);
    expect((await entries(idb)).map(([key]) => key).sort()).toEqual(['backup:2026-01-01', 'workspace', 'workspace:s-live']);
  });
});
