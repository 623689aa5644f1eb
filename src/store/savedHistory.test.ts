import { beforeEach, describe, expect, it } from 'vitest';
import { moveNodesCommand, updateElementCommand } from '../commands';
import { useMeridianStore } from './index';
import { restoreHistory, saveHistory, savedHistoryChars, savedHistorySteps } from './savedHistory';

const store = useMeridianStore;
const setInstances = (instances: number) => store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances } });
const history = () => ({ past: store.getState().past, future: store.getState().future });
/** What IndexedDB hands back: a structured clone, sharing nothing with what was written. */
const stored = <T>(value: T): T => structuredClone(value);

beforeEach(() => store.setState(store.getInitialState(), true));

describe('saved undo history', () => {
  it('restores the undo and redo steps equal to what was saved, sharing unchanged parts between steps', () => {
    for (const instances of [3, 4, 5, 6]) setInstances(instances);
    store.getState().undo();
    const { scenario } = store.getState();
    const restored = restoreHistory(stored(saveHistory(history(), scenario)), stored(scenario));
    expect(restored).toEqual(history());
    const [older, newer] = restored?.past.slice(-2) ?? [];
    expect(older?.components.find((c) => c.id === 'web')).toBe(newer?.components.find((c) => c.id === 'web'));
    expect(older?.layout).toBe(newer?.layout);
  });

  it('saves a step as what changed in it, not the whole document', () => {
    setInstances(3);
    const saved = saveHistory(history(), store.getState().scenario);
    expect(JSON.stringify(saved).length).toBeLessThan(JSON.stringify(store.getState().scenario).length / 4);
  });

  it(`keeps the ${savedHistorySteps} undo steps nearest the document`, () => {
    for (let i = 0; i < savedHistorySteps + 10; i += 1) store.getState().dispatch(moveNodesCommand, { positions: { 'app-a': { x: i * 20 + 40, y: 0 } } });
    const { scenario } = store.getState();
    const restored = restoreHistory(stored(saveHistory(history(), scenario)), scenario);
    expect(restored?.past).toEqual(history().past.slice(-savedHistorySteps));
  });

  it(`keeps at most ${savedHistoryChars} characters of steps, the undo steps nearest the document first`, () => {
    for (const instances of [3, 4, 5, 6]) setInstances(instances);
    store.getState().undo();
    const { scenario } = store.getState();
    const oneStepChars = JSON.stringify(saveHistory({ past: history().past.slice(-1), future: [] }, scenario).past).length;
    const saved = saveHistory(history(), scenario, oneStepChars * 2.5);
    expect(saved.past).toHaveLength(2);
    expect(saved.future).toEqual([]);
    expect(restoreHistory(stored(saved), scenario)?.past).toEqual(history().past.slice(-2));
    expect(JSON.stringify(saveHistory(history(), scenario)).length).toBeLessThanOrEqual(savedHistoryChars);
  });

  it('drops a damaged or invalid history whole (the document is restored without it)', () => {
    setInstances(3);
    setInstances(4);
    const { scenario } = store.getState();
    const saved = saveHistory(history(), scenario);
    expect(restoreHistory({ past: [{ i: [99] }], future: [] }, scenario)).toBeNull();
    expect(restoreHistory({ past: ['garbage', ...saved.past], future: [] }, scenario)).toBeNull();
    expect(restoreHistory({ past: saved.past }, scenario)).toBeNull();
    expect(restoreHistory('garbage', scenario)).toBeNull();
    const invalid = { f: { components: { v: [{ id: 'app-a', instances: -1 }] } } };
    expect(restoreHistory({ past: [invalid], future: [] }, scenario)).toBeNull();
    const polluting = JSON.parse('{"f":{"__proto__":{"v":{"polluted":true}}}}');
    expect(restoreHistory({ past: [polluting], future: [] }, scenario)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
