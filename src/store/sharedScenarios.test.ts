import { beforeEach, describe, expect, it } from 'vitest';
import { updateElementCommand } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';
import { useFileNotices } from './persistenceNotices';
import { receiveScenariosSaved, sharedScenarioOf, sharedScenarios } from './sharedScenarios';

const store = useMeridianStore;
const names = () => store.getState().tabs.map((tab) => store.getState().documentOf(tab.id)?.name);
const instancesOf = (document: Scenario | undefined) => {
  const component = document?.components.find((c) => c.id === 'app-a');
  return component && 'instances' in component ? component.instances : undefined;
};
const theirs = (instances: number): Scenario => {
  const document = createExampleScenario();
  return { ...document, components: document.components.map((c) => (c.id === 'app-a' ? { ...c, instances } : c)) } as Scenario;
};

/** This tab has saved the example as `v1` (what a save by workspace autosave leaves behind). */
function savedHere() {
  const shared = sharedScenarioOf('tab-1');
  shared.synced = store.getState().scenario;
  shared.saveId = 'v1';
  return shared;
}

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  sharedScenarios.clear();
  useFileNotices.setState({ notices: [] });
});

describe('scenarios saved by another browser tab', () => {
  it('are shown here when this tab has no changes of its own', () => {
    const { docKey } = savedHere();
    receiveScenariosSaved({ type: 'saved', session: 'other', scenarios: [{ docKey, saveId: 'v2', baseSaveId: 'v1', document: theirs(9) }] }, 'mine');
    expect(instancesOf(store.getState().scenario)).toBe(9);
    expect(names()).toHaveLength(1);
    expect(useFileNotices.getState().notices).toEqual([]);
  });

  it('keep both versions, with a notice, when this tab has unsaved changes to the same scenario', () => {
    const { docKey } = savedHere();
    store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances: 4 } });
    receiveScenariosSaved({ type: 'saved', session: 'other', scenarios: [{ docKey, saveId: 'v2', baseSaveId: 'v1', document: theirs(9) }] }, 'mine');
    const [original, copy] = store.getState().tabs.map((tab) => store.getState().documentOf(tab.id));
    expect(instancesOf(original)).toBe(9);
    expect(instancesOf(copy)).toBe(4);
    expect(copy?.name).toBe('Three-tier web app, two zones (conflict, this tab)');
    expect(useFileNotices.getState().notices[0]?.title).toMatch(/changed in another browser tab while you edited it here\. Both versions are kept/);
  });

  it('settle two saves made at the same moment in one tab only: the one with the larger session id steps aside', () => {
    const { docKey } = savedHere();
    const message = { type: 'saved' as const, session: 'b', scenarios: [{ docKey, saveId: 'v2b', baseSaveId: 'v0', document: theirs(9) }] };
    receiveScenariosSaved(message, 'a');
    expect(names()).toHaveLength(1);
    expect(instancesOf(store.getState().scenario)).toBe(3);
    receiveScenariosSaved({ ...message, session: 'a' }, 'b');
    expect(names()).toHaveLength(2);
  });
});
