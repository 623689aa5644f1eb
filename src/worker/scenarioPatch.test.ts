import { describe, expect, it } from 'vitest';
import { addComponent, deleteElements, updateElement, updateScenario } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { engineInputOf } from './engineInput';
import { applyScenarioPatch, diffScenario } from './scenarioPatch';

const performed = (result: { ok: true; scenario: Scenario } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason);
  return result.scenario;
};

/** What the worker would rebuild from the patch (layout aside), after both sides cloned their documents. */
const roundTrip = (before: Scenario, after: Scenario) =>
  applyScenarioPatch(structuredClone(engineInputOf(before)), structuredClone(diffScenario(engineInputOf(before), engineInputOf(after))));

describe('scenario patches', () => {
  const before = createExampleScenario();

  it('carries a parameter edit as the one replaced element', () => {
    const after = performed(updateElement(before, { id: 'app-a', patch: { instances: 6 } }));
    const patch = diffScenario(before, after);
    expect(patch.fields).toEqual({});
    expect(patch.lists.components).toEqual({ kind: 'replace', length: before.components.length, replaced: [[2, after.components[2]]] });
    expect(roundTrip(before, after)).toEqual(engineInputOf(after));
  });

  it('carries a scenario-level edit as that field only', () => {
    const after = performed(updateScenario(before, { patch: { workload: { ...before.workload, requestsPerSecond: 900 } } }));
    expect(diffScenario(before, after)).toEqual({ fields: { workload: after.workload }, lists: {} });
    expect(roundTrip(before, after)).toEqual(engineInputOf(after));
  });

  it('sends a whole list when elements are added or removed', () => {
    const added = performed(addComponent(before, { kind: 'cache', groupId: 'zone-b', position: { x: 40, y: 40 } }));
    expect(diffScenario(before, added).lists.components?.kind).toBe('whole');
    expect(roundTrip(before, added)).toEqual(engineInputOf(added));

    const removed = performed(deleteElements(before, { ids: ['cache'] }));
    expect(roundTrip(before, removed)).toEqual(engineInputOf(removed));
  });

  it('removes a description that was cleared', () => {
    const { description: _description, ...rest } = before;
    const after = rest as Scenario;
    expect(roundTrip(before, after)).toEqual(engineInputOf(after));
  });

  it('refuses to patch a document of another length', () => {
    const after = performed(updateElement(before, { id: 'db', patch: { storageGb: 500 } }));
    const shorter = { ...before, components: before.components.slice(1) };
    expect(() => applyScenarioPatch(shorter, diffScenario(before, after))).toThrow(/expects 6 elements/);
  });
});
