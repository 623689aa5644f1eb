import { describe, expect, it } from 'vitest';
import { deleteElements } from './deleteElements';
import { copyFragment } from './fragment';
import { absolutePosition } from './layout/geometry';
import { paste } from './paste';
import { example, expectContained, expectValid, performed, reasonOf } from './test/helpers';


describe('copyFragment and paste', () => {
  it('copies the contents of a selected group and the edges among them', () => {
    const fragment = copyFragment(example(), ['zone-a']);
    expect(fragment?.groups.map((g) => g.id)).toEqual(['zone-a']);
    expect(fragment?.components.map((c) => c.id)).toEqual(['app-a', 'cache', 'db']);
    expect(fragment?.edges.map((e) => e.id)).toEqual(['e-a-cache', 'e-a-db']);
    expect(Object.keys(fragment?.origins ?? {})).toEqual(['zone-a']);
  });

  it('returns null when nothing copyable is selected', () => {
    expect(copyFragment(example(), ['e-a-db'])).toBeNull();
  });

  it('pastes with fresh ids, in free space beside the originals, with remapped internal edges', () => {
    const base = example();
    const fragment = copyFragment(base, ['app-a', 'db']);
    if (!fragment) throw new Error('nothing copied');
    const next = performed(paste(base, { fragment }));
    const copies = next.components.slice(-2);
    expect(copies.map((c) => c.id)).toEqual(['app-a-copy', 'db-copy']);
    expect(copies.map((c) => c.groupId)).toEqual(['zone-a', 'zone-a']);
    expect(next.layout.nodes['app-a-copy']).toEqual({ x: 30, y: 130 });
    expectContained(next);
    expect(next.edges.at(-1)).toMatchObject({ id: 'e-a-db-copy', from: 'app-a-copy', to: 'db-copy' });
    expect(next.selection).toEqual(['app-a-copy', 'db-copy', 'e-a-db-copy']);
    expectValid(next);
  });

  it('pastes twice without id clashes', () => {
    const base = example();
    const fragment = copyFragment(base, ['zone-a']);
    if (!fragment) throw new Error('nothing copied');
    const once = performed(paste(base, { fragment }));
    const twice = performed(paste(once, { fragment }));
    expect(twice.groups.map((g) => g.id)).toEqual(expect.arrayContaining(['zone-a-copy', 'zone-a-copy-2']));
    expect(twice.components.find((c) => c.id === 'db-copy-2')?.groupId).toBe('zone-a-copy-2');
    expectValid(twice);
  });

  it('pastes at the top level, in the free space nearest the original, when the original group is gone', () => {
    const base = example();
    const fragment = copyFragment(base, ['app-b']);
    if (!fragment) throw new Error('nothing copied');
    const without = performed(deleteElements(base, { ids: ['zone-b'] }));
    const next = performed(paste(without, { fragment }));
    expect(next.components.at(-1)?.groupId).toBeNull();
    // The original sat at (550, 240), inside the provider, which now ends at x = 960.
    expect(absolutePosition(next, 'app-b-copy')).toEqual({ x: 980, y: 240 });
    expectContained(next);
    expectValid(next);
  });

  it('refuses to paste a zone whose region is gone', () => {
    const base = example();
    const fragment = copyFragment(base, ['zone-b']);
    if (!fragment) throw new Error('nothing copied');
    const without = performed(deleteElements(base, { ids: ['eu-west-1'] }));
    expect(reasonOf(paste(without, { fragment }))).toMatch(/Zone eu-west-1b can only be pasted while its region exists/);
  });

  it('keeps database replicas that still exist and remaps copied ones', () => {
    const base = example();
    const fragment = copyFragment(base, ['db']);
    if (!fragment) throw new Error('nothing copied');
    const next = performed(paste(base, { fragment }));
    expect(next.components.at(-1)).toMatchObject({ id: 'db-copy', replicaGroupIds: ['zone-b'] });
    expectValid(next);
  });
});
