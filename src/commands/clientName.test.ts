import { describe, expect, it } from 'vitest';
import type { ClientLocation } from '../model';
import { addClient } from './addClient';
import { example, expectValid, performed } from './test/helpers';
import { updateElement } from './updateElement';

const near = (regionId: string): ClientLocation => ({ kind: 'region', regionId });

/** The example with two populations added by the palette near us-east-1: "Users near Ashburn" and "… 2". */
function withAddedUsers() {
  const first = performed(addClient(example(), { position: { x: 0, y: 0 } }));
  return performed(addClient(first, { position: { x: 200, y: 0 } }));
}

describe('a population’s name when its region changes', () => {
  it('follows the region when the app gave it: "Users near Ashburn 2" moved to Tokyo is "Users near Tokyo"', () => {
    const base = withAddedUsers();
    const added = base.clients.at(-1);
    expect(added?.name).toBe('Users near Ashburn 2');
    const next = performed(updateElement(base, { id: added?.id ?? '', patch: { location: near('aws:ap-northeast-1') } }));
    expect(next.clients.at(-1)).toMatchObject({ name: 'Users near Tokyo', location: near('aws:ap-northeast-1') });
    expectValid(next);
  });

  it('stays apart from the others: a second population moved to Ashburn is "Users near Ashburn 2"', () => {
    const base = withAddedUsers();
    const [, , first, second] = base.clients;
    const moved = performed(updateElement(base, { id: first?.id ?? '', patch: { location: near('aws:eu-west-1') } }));
    expect(moved.clients.find((client) => client.id === first?.id)?.name).toBe('Users near Dublin');
    const back = performed(updateElement(moved, { id: first?.id ?? '', patch: { location: near('aws:us-east-1') } }));
    expect(back.clients.find((client) => client.id === first?.id)?.name).toBe('Users near Ashburn');
    expect(back.clients.find((client) => client.id === second?.id)?.name).toBe('Users near Ashburn 2');
  });

  it('keeps a name the person typed, and one near a point rather than a region', () => {
    const next = performed(updateElement(example(), { id: 'users-eu', patch: { location: near('aws:ap-northeast-1') } }));
    expect(next.clients.find((client) => client.id === 'users-eu')?.name).toBe('Users in Europe');
    const base = withAddedUsers();
    const id = base.clients.at(-1)?.id ?? '';
    const typed = performed(updateElement(base, { id, patch: { name: 'Ashburn office' } }));
    expect(performed(updateElement(typed, { id, patch: { location: near('aws:ap-northeast-1') } })).clients.at(-1)?.name).toBe('Ashburn office');
    const atPoint = performed(updateElement(base, { id, patch: { location: { kind: 'coordinates', latDeg: 10, lonDeg: 20 } } }));
    expect(atPoint.clients.at(-1)?.name).toBe('Users near Ashburn 2');
  });
});
