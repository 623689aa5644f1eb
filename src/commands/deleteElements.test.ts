import { describe, expect, it } from 'vitest';
import { deleteElements } from './deleteElements';
import { updateElement } from './updateElement';
import { example, expectValid, performed } from './test/helpers';

const ids = (list: readonly { id: string }[]) => list.map((element) => element.id);

describe('deleteElements', () => {
  it('removes a component with its edges and layout entry', () => {
    const next = performed(deleteElements(example(), { ids: ['app-a'] }));
    expect(ids(next.components)).not.toContain('app-a');
    expect(next.edges.filter((e) => e.from === 'app-a' || e.to === 'app-a')).toEqual([]);
    expect(next.layout.nodes['app-a']).toBeUndefined();
    expectValid(next);
  });

  it('removes a zone with its contents and drops it from database replicas', () => {
    const next = performed(deleteElements(example(), { ids: ['zone-b'] }));
    expect(ids(next.groups)).not.toContain('zone-b');
    expect(ids(next.components)).not.toContain('app-b');
    expect(next.components.find((c) => c.id === 'db')).toMatchObject({ replicaGroupIds: [] });
    expectValid(next);
  });

  it('removes a provider with everything nested in it', () => {
    const next = performed(deleteElements(example(), { ids: ['aws'] }));
    expect(next.groups).toEqual([]);
    expect(ids(next.components)).toEqual(['dns']);
    expect(ids(next.edges)).toEqual(['e-eu-dns', 'e-us-dns']);
    expectValid(next);
  });

  it('shrinks a leaderless quorum to the copies left', () => {
    const base = performed(
      updateElement(example(), { id: 'db', patch: { model: 'leaderless', replicaGroupIds: ['zone-b', 'eu-west-1'], quorum: { n: 3, r: 2, w: 3 } } }),
    );
    const next = performed(deleteElements(base, { ids: ['zone-b'] }));
    expect(next.components.find((c) => c.id === 'db')).toMatchObject({ replicaGroupIds: ['eu-west-1'], quorum: { n: 2, r: 2, w: 2 } });
    expectValid(next);
  });

  it('removes a selected edge only, and clears the selection', () => {
    const result = deleteElements(example(), { ids: ['e-a-db'] });
    const next = performed(result);
    expect(ids(next.edges)).not.toContain('e-a-db');
    expect(next.components).toHaveLength(6);
    expect(next.selection).toEqual([]);
  });

  it('returns the same scenario for unknown ids', () => {
    const base = example();
    expect(performed(deleteElements(base, { ids: ['ghost'] }))).toBe(base);
  });
});
