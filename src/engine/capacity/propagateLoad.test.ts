import { describe, expect, it } from 'vitest';
import { createComponent, parseScenario } from '../../model';
import { buildCallPlans } from '../compile/callPlans';
import { compileScenario } from '../compile/compileScenario';
import { behindQueue, callEdge, replicationEdge, smallScenario } from '../test/smallScenario';
import { LoadRunner } from './loadRunner';
import { mixedLoad, propagateLoad, type LoadResult } from './propagateLoad';

/**
 * Half reads, half writes: users → app → db, which replicates synchronously to `sync` and
 * asynchronously to `async`; app ⇢ queue ⇢ worker (fire and forget).
 */
function loads() {
  const queued = behindQueue('app', createComponent('compute', 'worker', 'worker', 'zone-a'));
  const databases = [createComponent('database', 'db', 'db', 'zone-a'), createComponent('database', 'sync', 'sync', 'zone-b'), createComponent('database', 'async', 'async', 'zone-c')];
  const components = [createComponent('compute', 'app', 'app', 'zone-a'), ...databases, ...queued.components];
  const edges = [callEdge('e-users', 'users', 'app'), callEdge('e-db', 'app', 'db'), replicationEdge('e-sync', 'db', 'sync', 'sync'), replicationEdge('e-async', 'db', 'async', 'async'), ...queued.edges];
  const parsed = parseScenario(smallScenario(components, edges, { workload: { requestsPerSecond: 10, readFraction: 0.5, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } }));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  const model = compileScenario(parsed.scenario);
  const plans = buildCallPlans(model);
  const reached = (load: LoadResult) => model.topology.componentIds.filter((_, c) => load.reach[c] === 1);
  const writes = (load: LoadResult, id: string) => load.arrivals[(model.topology.componentIndex.get(id) ?? 0) * 2 + 1];
  return { model, plans, traffic: propagateLoad(model, plans), requestPath: propagateLoad(model, plans, 'requestPath'), reached, writes };
}

describe('propagateLoad scopes (per request entering the design)', () => {
  it('traffic: every call, message and replicated write, the async consumer included', () => {
    const { model, traffic, reached, writes } = loads();
    expect(reached(traffic)).toEqual(['app', 'db', 'sync', 'async', 'queue', 'worker']);
    expect(writes(traffic, 'worker')).toBe(0.5);
    expect(writes(traffic, 'sync')).toBe(0); // replicated writes are not calls: they are counted per copy
    expect(traffic.replicatedWritesPerSecond[model.topology.componentIndex.get('sync') ?? 0]).toBe(0.5);
  });

  it('requestPath: what a request waits for, as the latency walk: its calls and the synchronous replica’s primary, not the queue’s consumer', () => {
    const { model, requestPath, reached, writes } = loads();
    expect(reached(requestPath)).toEqual(['app', 'db', 'sync']);
    expect(writes(requestPath, 'app')).toBe(0.5);
    expect(writes(requestPath, 'sync')).toBe(0.5);
    expect(writes(requestPath, 'worker')).toBe(0);
    expect(requestPath.copyArrivals[model.topology.copyStart[model.topology.componentIndex.get('sync') ?? 0] ?? 0]).toBe(0.5);
  });
});

describe('one LoadRunner for both scopes (the traffic tables share one walk)', () => {
  it('a run follows its own scope whatever ran before it on the same runner: each load equals a fresh runner’s', () => {
    const { model, plans, traffic, requestPath } = loads();
    const shared = new LoadRunner(model, plans);
    // Alternating, so a scope latched by an earlier run (or messages walked by a traffic run) would show.
    expect(mixedLoad(shared, 'requestPath')).toEqual(requestPath);
    expect(mixedLoad(shared, 'traffic')).toEqual(traffic);
    expect(mixedLoad(shared, 'requestPath')).toEqual(requestPath);
    expect(mixedLoad(shared, 'traffic')).toEqual(traffic);
  });
});

describe('propagateLoad: who answers over the Internet', () => {
  it('a DNS drawn inside a region answers at the client’s edge (as the walk has it): the app it sends the client to answers over the Internet', () => {
    const components = [createComponent('dns', 'dns', 'dns', 'region'), createComponent('compute', 'app', 'app', 'zone-a')];
    const parsed = parseScenario(smallScenario(components, [callEdge('e-users', 'users', 'dns'), callEdge('e-app', 'dns', 'app')]));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const model = compileScenario(parsed.scenario);
    const load = propagateLoad(model, buildCallPlans(model));
    const index = (id: string) => model.topology.componentIndex.get(id) ?? -1;
    expect(load.internetResponsesPerSecond[index('app')]).toBe(1);
    expect(load.internetResponsesByEdge[model.topology.edgeIds.indexOf('e-app')]).toBe(1);
  });
});
