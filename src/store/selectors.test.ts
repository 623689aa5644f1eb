import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropNodesCommand, moveNodesCommand, updateElementCommand } from '../commands';
import { useMeridianStore, type MeridianState } from './index';
import { selectComponent, selectElement, selectGroup } from './selectors';

const store = useMeridianStore;

const unsubscribers: (() => void)[] = [];

beforeEach(() => store.setState(store.getInitialState(), true));
afterEach(() => unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe()));

/**
 * Counts the re-renders a component subscribed with `select` would do: zustand's hook re-renders
 * exactly when the selected value is no longer `Object.is` the previous one.
 */
function countRenders(select: (state: MeridianState) => unknown): () => number {
  let last = select(store.getState());
  let renders = 0;
  const unsubscribe = store.subscribe((state) => {
    const next = select(state);
    if (!Object.is(next, last)) renders += 1;
    last = next;
  });
  unsubscribers.push(unsubscribe);
  return () => renders;
}

describe('narrow selectors', () => {
  it('a node does not re-render while another node is dragged and dropped or edited', () => {
    const dbRenders = countRenders((state) => selectComponent(state, 'db'));
    const zoneRenders = countRenders((state) => selectGroup(state, 'zone-b'));
    for (let x = 40; x < 400; x += 20) store.getState().dispatch(moveNodesCommand, { positions: { 'app-a': { x, y: 50 } } });
    store.getState().dispatch(dropNodesCommand, { positions: { 'app-a': { x: 60, y: 60 } } });
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 9 } });
    store.getState().setSelection(['app-a']);
    expect(dbRenders()).toBe(0);
    expect(zoneRenders()).toBe(0);
  });

  it('a node re-renders once when its own element changes', () => {
    const dbRenders = countRenders((state) => selectComponent(state, 'db'));
    store.getState().dispatch(updateElementCommand, { id: 'db', patch: { storageGb: 250 } });
    expect(dbRenders()).toBe(1);
  });

  it('finds any element by id', () => {
    const state = store.getState();
    expect(selectElement(state, 'zone-a')).toMatchObject({ kind: 'zone' });
    expect(selectElement(state, 'users-eu')).toMatchObject({ share: 0.7 });
    expect(selectElement(state, 'e-a-db')).toMatchObject({ kind: 'call' });
    expect(selectElement(state, 'nothing')).toBeUndefined();
  });
});
