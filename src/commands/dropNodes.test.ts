import { describe, expect, it } from 'vitest';
import { addComponent } from './addComponent';
import { dropNodes } from './dropNodes';
import { example, expectValid, performed } from './test/helpers';

describe('dropNodes', () => {
  it('puts a global component dragged over a zone into that zone (innermost group wins)', () => {
    const base = performed(addComponent(example(), { kind: 'compute', groupId: null, position: { x: -300, y: 600 } }));
    // zone-b spans x 520–920, y 190–540 on the canvas.
    const next = performed(dropNodes(base, { positions: { compute: { x: 600, y: 300 } } }));
    expect(next.components.find((c) => c.id === 'compute')?.groupId).toBe('zone-b');
    expect(next.layout.nodes.compute).toEqual({ x: 80, y: 110 });
    expectValid(next);
  });

  it('puts a component dragged between zones into the region', () => {
    const next = performed(dropNodes(example(), { positions: { cache: { x: 30, y: -120 } } }));
    expect(next.components.find((c) => c.id === 'cache')?.groupId).toBe('eu-west-1');
    expectValid(next);
  });

  it('keeps a zone in its region when dragged out of every region', () => {
    const next = performed(dropNodes(example(), { positions: { 'zone-b': { x: 2000, y: 2000 } } }));
    expect(next.groups.find((g) => g.id === 'zone-b')?.parentId).toBe('eu-west-1');
    expect(next.layout.nodes['zone-b']).toMatchObject({ x: 2000, y: 2000 });
    expectValid(next);
  });

  it('leaves children of a dragged group inside it', () => {
    const next = performed(dropNodes(example(), { positions: { 'zone-a': { x: 40, y: 160 }, 'app-a': { x: 30, y: 50 } } }));
    expect(next.components.find((c) => c.id === 'app-a')?.groupId).toBe('zone-a');
    expectValid(next);
  });
});
