import { describe, expect, it } from 'vitest';
import { addComponent } from './addComponent';
import { connect } from './connect';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('connect', () => {
  it('adds a call edge with defaults and selects it', () => {
    const withApp = performed(addComponent(example(), { kind: 'compute', groupId: 'zone-a', position: { x: 0, y: 0 } }));
    const next = performed(connect(withApp, { from: 'compute', to: 'db', kind: 'call' }));
    expect(next.edges.at(-1)).toMatchObject({ kind: 'call', from: 'compute', to: 'db', callsPerRequest: 1 });
    expect(next.selection).toEqual([next.edges.at(-1)?.id]);
    expectValid(next);
  });

  it('adds replication between two databases', () => {
    const withDb = performed(addComponent(example(), { kind: 'database', groupId: 'zone-b', position: { x: 0, y: 0 } }));
    const next = performed(connect(withDb, { from: 'db', to: 'database', kind: 'replication' }));
    expect(next.edges.at(-1)).toMatchObject({ kind: 'replication', mode: 'async' });
    expectValid(next);
  });

  it('refuses with the rule’s reason', () => {
    expect(reasonOf(connect(example(), { from: 'db', to: 'app-a', kind: 'call' }))).toMatch(/database does not call/);
    expect(reasonOf(connect(example(), { from: 'lb', to: 'app-a', kind: 'call' }))).toMatch(/already connected/);
    expect(reasonOf(connect(example(), { from: 'app-a', to: 'users-eu', kind: 'call' }))).toMatch(/Users only send requests/);
  });
});
