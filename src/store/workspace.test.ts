import { beforeEach, describe, expect, it } from 'vitest';
import { updateElementCommand } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';

const store = useMeridianStore;
const named = (name: string, id = name.toLowerCase()): Scenario => ({ ...createExampleScenario(), id, name });
const names = () => store.getState().tabs.map((tab) => store.getState().documentOf(tab.id)?.name);
const instancesOfAppA = () => store.getState().scenario.components.find((c) => c.id === 'app-a');

beforeEach(() => store.setState(store.getInitialState(), true));

describe('workspace tabs', () => {
  it('starts with one tab holding the open scenario', () => {
    expect(store.getState().tabs).toEqual([{ id: 'tab-1' }]);
    expect(store.getState().documentOf('tab-1')).toBe(store.getState().scenario);
  });

  it('opens documents as tabs after the active one and switches to the first', () => {
    const ids = store.getState().openScenarios([named('Monolith'), named('Services')]);
    expect(ids).toEqual(['tab-2', 'tab-3']);
    expect(store.getState().activeTabId).toBe('tab-2');
    expect(store.getState().scenario.name).toBe('Monolith');
    expect(names()).toEqual(['Three-tier web app, two zones', 'Monolith', 'Services']);
  });

  it('keeps each tab’s own undo history across switches', () => {
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 7 } });
    store.getState().openScenarios([named('Other')]);
    expect(store.getState().past).toEqual([]);
    store.getState().switchTab('tab-1');
    expect(instancesOfAppA()).toMatchObject({ instances: 7 });
    store.getState().undo();
    expect(instancesOfAppA()).toMatchObject({ instances: 3 });
  });

  it('duplicates a tab as a named variant with an id of its own', () => {
    store.getState().duplicateTab('tab-1');
    store.getState().duplicateTab('tab-1');
    expect(names()).toEqual(['Three-tier web app, two zones', 'Three-tier web app, two zones (variant 2)', 'Three-tier web app, two zones (variant 3)']);
    expect(store.getState().scenario.id).toBe('example-three-tier-v3');
  });

  it('renames the active tab as an undoable edit, and a background tab in place', () => {
    store.getState().openScenarios([named('Other')]);
    store.getState().renameTab('tab-2', '  Multi-region  ');
    expect(store.getState().scenario.name).toBe('Multi-region');
    store.getState().undo();
    expect(store.getState().scenario.name).toBe('Other');
    store.getState().renameTab('tab-1', 'Monolith');
    expect(store.getState().documentOf('tab-1')?.name).toBe('Monolith');
    store.getState().renameTab('tab-1', '   ');
    expect(store.getState().documentOf('tab-1')?.name).toBe('Monolith');
  });

  it('closes a tab (never the last) and brings it back with its history on undo', () => {
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 5 } });
    store.getState().openScenarios([named('Other')]);
    store.getState().setCompared(['tab-1', 'tab-2'], 'tab-1');
    store.getState().closeTab('tab-1');
    expect(names()).toEqual(['Other']);
    expect(store.getState().comparedTabIds).toEqual(['tab-2']);
    expect(store.getState().baselineTabId).toBe('tab-2');
    store.getState().closeTab('tab-2');
    expect(names()).toEqual(['Other']);

    store.getState().reopenClosedTab();
    expect(names()).toEqual(['Three-tier web app, two zones', 'Other']);
    expect(store.getState().activeTabId).toBe('tab-1');
    expect(instancesOfAppA()).toMatchObject({ instances: 5 });
    store.getState().undo();
    expect(instancesOfAppA()).toMatchObject({ instances: 3 });
  });

  it('closing the active tab activates its neighbour', () => {
    store.getState().openScenarios([named('B'), named('C')]);
    store.getState().closeTab('tab-2');
    expect(store.getState().scenario.name).toBe('C');
    expect(store.getState().openScenarios([named('D')])).toEqual(['tab-4']);
  });

  it('compares at most four known tabs, with a baseline among them', () => {
    store.getState().openScenarios(['B', 'C', 'D', 'E'].map((n) => named(n)));
    store.getState().setCompared(['tab-3', 'tab-1', 'tab-1', 'tab-9', 'tab-2', 'tab-4', 'tab-5'], 'tab-5');
    expect(store.getState().comparedTabIds).toEqual(['tab-3', 'tab-1', 'tab-2', 'tab-4']);
    expect(store.getState().baselineTabId).toBe('tab-3');
  });

  it('restores a saved workspace with the chosen tab active and no history', () => {
    store.getState().restoreWorkspace([{ tab: { id: 'tab-4' }, document: named('A') }, { tab: { id: 'tab-7' }, document: named('B') }], 'tab-7');
    expect(store.getState().scenario.name).toBe('B');
    expect(store.getState().past).toEqual([]);
    expect(names()).toEqual(['A', 'B']);
    expect(store.getState().openScenarios([named('C')])).toEqual(['tab-8']);
  });
});
