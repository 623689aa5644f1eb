import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateElement } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { docHasScenario, readScenarioFromDoc, writeScenarioToDoc } from './scenarioDoc';

/** Two copies of one doc, each edited offline by `edit`, then exchanged both ways (as the relay would). */
function editedApart(base: Scenario, editA: (doc: Y.Doc) => void, editB: (doc: Y.Doc) => void): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeScenarioToDoc(a, null, base, 'a');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const [seenByA, seenByB] = [Y.encodeStateVector(a), Y.encodeStateVector(b)];
  editA(a);
  editB(b);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, seenByA));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, seenByB));
  return [a, b];
}

const edited = (scenario: Scenario, id: string, patch: object): Scenario => {
  const result = updateElement(scenario, { id, patch });
  if (!result.ok) throw new Error(result.reason);
  return result.scenario;
};

const instancesOf = (scenario: Scenario, id: string) => (scenario.components.find((c) => c.id === id) as { instances?: number } | undefined)?.instances;

const read = (doc: Y.Doc): Scenario => {
  const result = readScenarioFromDoc(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
};

describe('a scenario in a Y.Doc', () => {
  it('reads back exactly what was written, in the same order', () => {
    const doc = new Y.Doc();
    expect(docHasScenario(doc)).toBe(false);
    const scenario = createExampleScenario();
    writeScenarioToDoc(doc, null, scenario, 'me');
    expect(docHasScenario(doc)).toBe(true);
    expect(read(doc)).toEqual(scenario);
  });

  it('writes only the elements that changed', () => {
    const doc = new Y.Doc();
    const before = createExampleScenario();
    writeScenarioToDoc(doc, null, before, 'me');
    const changedKeys: string[] = [];
    doc.getMap('scenario').observeDeep((events) => events.forEach((event) => changedKeys.push(...event.changes.keys.keys())));
    writeScenarioToDoc(doc, before, edited(before, 'app-a', { instances: 5 }), 'me');
    expect(changedKeys).toEqual(['app-a']);
  });

  it('merges two people editing different elements at once; the same element, one of the two wins', () => {
    const base = createExampleScenario();
    const [a, b] = editedApart(
      base,
      (doc) => writeScenarioToDoc(doc, base, edited(base, 'app-a', { instances: 4 }), 'a'),
      (doc) => writeScenarioToDoc(doc, base, edited(base, 'db', { name: 'Orders' }), 'b'),
    );
    expect(read(a)).toEqual(read(b));
    expect(read(a).components.find((c) => c.id === 'app-a')).toMatchObject({ instances: 4 });
    expect(read(a).components.find((c) => c.id === 'db')).toMatchObject({ name: 'Orders' });

    const [c, d] = editedApart(
      base,
      (doc) => writeScenarioToDoc(doc, base, edited(base, 'app-a', { instances: 4 }), 'c'),
      (doc) => writeScenarioToDoc(doc, base, edited(base, 'app-a', { instances: 6 }), 'd'),
    );
    expect(read(c)).toEqual(read(d));
    expect([4, 6]).toContain(instancesOf(read(c), 'app-a'));
  });

  it('refuses what a hostile client put in the doc, naming where, and never throws', () => {
    const hostile = (write: (root: Y.Map<unknown>) => void) => {
      const doc = new Y.Doc();
      writeScenarioToDoc(doc, null, createExampleScenario(), 'me');
      doc.transact(() => write(doc.getMap('scenario')));
      return readScenarioFromDoc(doc);
    };
    const layout = (root: Y.Map<unknown>) => root.get('layout') as Y.Map<unknown>;
    const components = (root: Y.Map<unknown>) => root.get('components') as Y.Map<unknown>;
    expect(hostile((root) => layout(root).set('__proto__', { x: 1, y: 2 }))).toMatchObject({ ok: false, issues: [{ path: 'layout.__proto__' }] });
    expect(hostile((root) => components(root).set('app-a', 'not an entry'))).toMatchObject({ ok: false, issues: [{ path: 'components.app-a' }] });
    expect(hostile((root) => root.set('edges', 7))).toMatchObject({ ok: false, issues: [{ path: 'edges' }] });
    const dangling = hostile((root) => components(root).delete('db'));
    expect(dangling.ok).toBe(false);
    const negative = hostile((root) => components(root).set('app-a', { at: 2, item: { ...createExampleScenario().components[2], instances: -3 } }));
    expect(negative).toMatchObject({ ok: false, issues: [{ path: expect.stringContaining('instances') }] });
  });
});
