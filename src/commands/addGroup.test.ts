import { describe, expect, it } from 'vitest';
import { addGroup, nextZoneName } from './addGroup';
import { example, expectValid, performed, reasonOf } from './test/helpers';

const at = { x: 0, y: 0 };

describe('addGroup', () => {
  it('adds a catalog region inside a provider, named after the catalog', () => {
    const next = performed(addGroup(example(), { kind: 'region', parentId: 'aws', regionId: 'aws:eu-central-1', position: at }));
    expect(next.groups.at(-1)).toMatchObject({ kind: 'region', parentId: 'aws', regionId: 'aws:eu-central-1', name: 'Europe (Frankfurt)' });
    expect(next.layout.nodes[next.selection[0] ?? '']).toMatchObject({ width: 760, height: 440 });
    expectValid(next);
  });

  it('adds the next zone letter of a region', () => {
    expect(nextZoneName(example(), 'eu-west-1')).toBe('eu-west-1c');
    const next = performed(addGroup(example(), { kind: 'zone', parentId: 'eu-west-1', position: at }));
    expect(next.groups.at(-1)).toMatchObject({ kind: 'zone', zoneName: 'eu-west-1c', name: 'eu-west-1c', parentId: 'eu-west-1' });
    expectValid(next);
  });

  it('adds a provider at the top level', () => {
    const next = performed(addGroup(example(), { kind: 'provider', provider: 'gcp', parentId: null, position: at }));
    expect(next.groups.at(-1)).toMatchObject({ kind: 'provider', provider: 'gcp', name: 'Google Cloud', parentId: null });
    expectValid(next);
  });

  it('refuses a zone outside a region, a region inside a zone and an unknown region', () => {
    expect(reasonOf(addGroup(example(), { kind: 'zone', parentId: null, position: at }))).toMatch(/inside a region/);
    expect(reasonOf(addGroup(example(), { kind: 'region', parentId: 'zone-a', regionId: 'aws:eu-west-2', position: at }))).toMatch(/provider/);
    expect(reasonOf(addGroup(example(), { kind: 'region', parentId: null, regionId: 'aws:mars-1', position: at }))).toMatch(/not a catalog region/);
  });
});
