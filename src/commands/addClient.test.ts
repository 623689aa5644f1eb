import { describe, expect, it } from 'vitest';
import { addClient } from './addClient';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('addClient', () => {
  it('adds users near a region with the share the others leave', () => {
    const base = example();
    base.clients = base.clients.map((client) => ({ ...client, share: 0.4 }));
    const next = performed(addClient(base, { position: { x: -300, y: 500 }, regionId: 'aws:ap-northeast-1' }));
    expect(next.clients.at(-1)).toMatchObject({ name: 'Users near Tokyo', share: 0.2, location: { kind: 'region', regionId: 'aws:ap-northeast-1' } });
    expect(next.selection).toEqual([next.clients.at(-1)?.id]);
    expectValid(next);
  });

  it('takes no share when the others already send all traffic', () => {
    const next = performed(addClient(example(), { position: { x: 0, y: 0 } }));
    expect(next.clients.at(-1)?.share).toBe(0);
    expectValid(next);
  });

  it('refuses a region the catalog does not know', () => {
    expect(reasonOf(addClient(example(), { position: { x: 0, y: 0 }, regionId: 'nowhere' }))).toMatch(/not a catalog region/);
  });
});
