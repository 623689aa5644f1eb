import { describe, expect, it } from 'vitest';
import { addClient } from './addClient';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('addClient', () => {
  it('adds users near a region with an equal share, the others giving it up in proportion (0.7 / 0.3 → 0.467 / 0.2 / 0.333)', () => {
    const next = performed(addClient(example(), { position: { x: -300, y: 500 }, regionId: 'aws:ap-northeast-1' }));
    expect(next.clients.at(-1)).toMatchObject({ name: 'Users near Tokyo', location: { kind: 'region', regionId: 'aws:ap-northeast-1' } });
    expect(next.clients.map((client) => client.share)).toEqual([0.467, 0.2, expect.closeTo(0.333, 12)]);
    expect(next.selection).toEqual([next.clients.at(-1)?.id]);
    expectValid(next);
  });

  it('gives the 2nd and 3rd populations of a new design a fair share, never 0: 1, then ½ each, then ⅓ each', () => {
    const blank = { ...example(), clients: [], edges: [] };
    let next = performed(addClient(blank, { position: { x: 0, y: 0 } }));
    expect(next.clients.map((client) => client.share)).toEqual([1]);
    next = performed(addClient(next, { position: { x: 200, y: 0 } }));
    expect(next.clients.map((client) => client.share)).toEqual([0.5, 0.5]);
    next = performed(addClient(next, { position: { x: 400, y: 0 } }));
    expect(next.clients.map((client) => client.share)).toEqual([0.333, 0.333, expect.closeTo(0.334, 12)]);
    expect(next.clients.map((client) => client.name)).toEqual(['Users near Ashburn', 'Users near Ashburn 2', 'Users near Ashburn 3']);
    expectValid(next);
  });

  it('refuses a region the catalog does not know', () => {
    expect(reasonOf(addClient(example(), { position: { x: 0, y: 0 }, regionId: 'nowhere' }))).toMatch(/not a catalog region/);
  });
});
