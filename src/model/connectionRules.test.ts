import { describe, expect, it } from 'vitest';
import { checkConnection, indexConnections, type ConnectionContext } from './connectionRules';
import type { ComponentKind } from './schema/component';

const kinds: ComponentKind[] = ['dns', 'cdn', 'loadBalancer', 'compute', 'monolith', 'cache', 'database', 'queue', 'objectStorage', 'external'];
const context: ConnectionContext = {
  clients: [{ id: 'users' }],
  components: [...kinds.map((kind) => ({ id: kind, kind })), { id: 'database2', kind: 'database' }],
  edges: [{ id: 'existing', from: 'compute', to: 'database', kind: 'call' }],
};

const verdict = (from: string, to: string, kind: 'call' | 'async' | 'replication') => checkConnection(context, from, to, kind);

describe('checkConnection', () => {
  it.each([
    ['users', 'dns', 'call'],
    ['users', 'loadBalancer', 'call'],
    ['loadBalancer', 'compute', 'call'],
    ['compute', 'cache', 'call'],
    ['cache', 'database', 'call'],
    ['compute', 'queue', 'async'],
    ['queue', 'monolith', 'async'],
    ['database', 'database2', 'replication'],
  ] as const)('allows %s → %s (%s)', (from, to, kind) => {
    expect(verdict(from, to, kind)).toEqual({ ok: true });
  });

  it.each([
    ['loadBalancer', 'database', 'replication', /Replication links two databases.*loadBalancer/],
    ['database', 'compute', 'call', /A database does not call/],
    ['queue', 'compute', 'call', /draw an async edge from the queue/],
    ['compute', 'queue', 'call', /use an async edge/],
    ['compute', 'database2', 'async', /Async messages go through a queue/],
    ['users', 'database', 'call', /not a database/],
    ['users', 'dns', 'async', /use a call edge/],
    ['compute', 'users', 'call', /Users only send requests/],
    ['compute', 'compute', 'call', /cannot connect to itself/],
    ['compute', 'database', 'call', /already connected/],
    ['ghost', 'database', 'call', /no client or component "ghost"/],
  ] as const)('refuses %s → %s (%s) with a reason', (from, to, kind, reason) => {
    const result = verdict(from, to, kind);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('ignores the edge being re-validated when checking for duplicates', () => {
    expect(checkConnection(context, 'compute', 'database', 'call', 'existing')).toEqual({ ok: true });
  });

  it('answers the same from an index built once, as the schema checks every edge of an import (linear, not quadratic)', () => {
    const index = indexConnections(context);
    expect(checkConnection(index, 'compute', 'database', 'call')).toEqual(checkConnection(context, 'compute', 'database', 'call'));
    expect(checkConnection(index, 'compute', 'database', 'call', 'existing')).toEqual({ ok: true });
    expect(checkConnection(index, 'users', 'nowhere', 'call')).toEqual({ ok: false, reason: 'There is no component "nowhere".' });
  });
});
