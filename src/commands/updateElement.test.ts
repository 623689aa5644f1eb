import { describe, expect, it } from 'vitest';
import { updateElement } from './updateElement';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('updateElement', () => {
  it('patches a component, keeping the other components as they were', () => {
    const base = example();
    const next = performed(updateElement(base, { id: 'app-a', patch: { instances: 5 } }));
    expect(next.components.find((c) => c.id === 'app-a')).toMatchObject({ instances: 5 });
    expect(next.components.find((c) => c.id === 'db')).toBe(base.components.find((c) => c.id === 'db'));
    expectValid(next);
  });

  it('patches edges, groups and clients', () => {
    let next = performed(updateElement(example(), { id: 'e-a-db', patch: { retries: 2, timeoutMs: 500 } }));
    next = performed(updateElement(next, { id: 'zone-a', patch: { name: 'Zone A' } }));
    next = performed(updateElement(next, { id: 'users-eu', patch: { access: 'mobile' } }));
    expect(next.edges.find((e) => e.id === 'e-a-db')).toMatchObject({ retries: 2, timeoutMs: 500 });
    expect(next.groups.find((g) => g.id === 'zone-a')?.name).toBe('Zone A');
    expect(next.clients.find((c) => c.id === 'users-eu')?.access).toBe('mobile');
    expectValid(next);
  });

  it('refuses values the schema rejects, naming the field', () => {
    expect(reasonOf(updateElement(example(), { id: 'app-a', patch: { instances: 0 } }))).toBe('instances: must be ≥ 1');
    expect(reasonOf(updateElement(example(), { id: 'app-a', patch: { instances: 1.5 } }))).toMatch(/^instances: must be an integer/);
    expect(reasonOf(updateElement(example(), { id: 'cache', patch: { hitRatio: Number.NaN } }))).toMatch(/^hitRatio/);
    expect(reasonOf(updateElement(example(), { id: 'zone-a', patch: { name: '  ' } }))).toBe('name: must not be empty');
  });

  it('refuses cross-field violations at the element', () => {
    const withMin = performed(updateElement(example(), { id: 'app-a', patch: { minHealthy: 3 } }));
    expect(reasonOf(updateElement(withMin, { id: 'app-a', patch: { instances: 2 } }))).toBe('minHealthy: must be ≤ instances (2)');
  });

  it('refuses identity and placement fields and unknown ids', () => {
    expect(reasonOf(updateElement(example(), { id: 'app-a', patch: { kind: 'cache' } as never }))).toMatch(/cannot be edited/);
    expect(reasonOf(updateElement(example(), { id: 'nope', patch: {} }))).toMatch(/no element/);
  });
});
