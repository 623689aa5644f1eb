import { beforeEach, describe, expect, it } from 'vitest';
import { addComponentCommand, moveNodesCommand, updateElementCommand } from '../commands';
import { createExampleScenario } from '../model';
import { historyLimit, useMeridianStore } from './index';

const store = useMeridianStore;

beforeEach(() => store.setState(store.getInitialState(), true));

describe('undo history', () => {
  it('records one entry per command and undoes / redoes it', () => {
    const original = store.getState().scenario;
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 7 } });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().scenario).toBe(original);
    store.getState().redo();
    expect(store.getState().scenario.components.find((c) => c.id === 'app-a')).toMatchObject({ instances: 7 });
  });

  it('does not record refused commands nor commands that change nothing', () => {
    const refused = store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: -1 } });
    expect(refused.ok).toBe(false);
    store.getState().dispatch(moveNodesCommand, { positions: { 'app-a': { x: 30, y: 50 } } });
    expect(store.getState().past).toHaveLength(0);
  });

  it('clears the redo stack on a new edit', () => {
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 4 } });
    store.getState().undo();
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 5 } });
    expect(store.getState().future).toEqual([]);
  });

  it(`keeps at most ${historyLimit} entries`, () => {
    for (let i = 0; i < historyLimit + 20; i += 1) {
      store.getState().dispatch(moveNodesCommand, { positions: { 'app-a': { x: i * 20 + 40, y: 0 } } });
    }
    expect(store.getState().past).toHaveLength(historyLimit);
  });

  it('drops ids that undo removed from the selection', () => {
    store.getState().dispatch(addComponentCommand, { kind: 'queue', groupId: null, position: { x: 0, y: 0 } });
    expect(store.getState().selection).toEqual(['queue']);
    store.getState().undo();
    expect(store.getState().selection).toEqual([]);
  });

  it('loads a scenario without history when asked', () => {
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 4 } });
    store.getState().loadScenario(createExampleScenario(), { recordUndo: false });
    expect(store.getState().past).toEqual([]);
  });
});
