import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepDocLocally, memoryDocStorage } from './docStorage';

describe('class documents kept locally', () => {
  it('come back after a reload, merged with what arrives later', async () => {
    const storage = memoryDocStorage();
    const before = new Y.Doc();
    const stop = await keepDocLocally(before, storage, 'class:X');
    before.getMap('goals').set('step-a', { passed: true, conditionsMet: 1, conditions: 1 });
    await stop();

    const after = new Y.Doc();
    await keepDocLocally(after, storage, 'class:X');
    expect(after.getMap('goals').get('step-a')).toEqual({ passed: true, conditionsMet: 1, conditions: 1 });
    // What the relay still holds from before merges in rather than duplicating.
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    expect([...after.getMap('goals').keys()]).toEqual(['step-a']);
  });

  it('drop a damaged record instead of failing to open the class', async () => {
    const storage = memoryDocStorage();
    storage.entries.set('class:X', new Uint8Array([255, 255, 255]));
    const doc = new Y.Doc();
    await keepDocLocally(doc, storage, 'class:X');
    expect(storage.entries.has('class:X')).toBe(false);
    expect(doc.getMap('goals').size).toBe(0);
  });
});
