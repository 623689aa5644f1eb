import { describe, expect, it } from 'vitest';
import { fitGroup } from './fitGroup';
import { absolutePosition } from './layout/geometry';
import { example, expectContained, performed, reasonOf } from './test/helpers';

describe('fitGroup', () => {
  it('shrinks a group around its contents, which stay put on screen', () => {
    const base = example();
    const before = ['app-a', 'cache', 'db'].map((id) => absolutePosition(base, id));
    const next = performed(fitGroup(base, { id: 'zone-a' }));
    // Contents span x 30–400 and y 50–270 inside zone-a: 20 px margins, 40 px for the title.
    expect(next.layout.nodes['zone-a']).toEqual({ x: 30, y: 160, width: 410, height: 280 });
    expect(['app-a', 'cache', 'db'].map((id) => absolutePosition(next, id))).toEqual(before);
    expectContained(next);
  });

  it('refuses an empty group and a missing one', () => {
    const empty = performed(fitGroup(example(), { id: 'zone-b' }));
    expect(reasonOf(fitGroup({ ...empty, components: empty.components.filter((c) => c.groupId !== 'zone-b') }, { id: 'zone-b' }))).toMatch(/holds nothing/);
    expect(reasonOf(fitGroup(example(), { id: 'nope' }))).toMatch(/no group/);
  });
});
