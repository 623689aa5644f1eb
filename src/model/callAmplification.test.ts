import { describe, expect, it } from 'vitest';
import { findCallAmplification } from './callAmplification';
import { createComponent, createEdge } from './defaults';
import { formatIssue } from './errors';
import { createChainScenario } from './fixtures/chainScenario';
import { maxCallsPerRequest } from './limits';
import { parseScenario } from './parseScenario';
import type { Scenario } from './schema/scenario';

const call = (id: string, from: string, to: string, callsPerRequest: number) => ({ ...createEdge('call', id, from, to), callsPerRequest }) as Scenario['edges'][number];

/** Users → `layers` layers of two services, each calling both services of the next layer once. */
function diamonds(layers: number): Scenario {
  const base = createChainScenario(1);
  const ids = (layer: number) => [`s${layer}a`, `s${layer}b`];
  const components = Array.from({ length: layers }, (_, layer) => ids(layer).map((id) => createComponent('compute', id, `Service ${id}`, 'region'))).flat();
  const edges = [call('e-users', 'users', 's0a', 1)];
  for (let layer = 0; layer + 1 < layers; layer += 1) {
    for (const from of ids(layer)) for (const to of ids(layer + 1)) edges.push(call(`e-${from}-${to}`, from, to, 1));
  }
  return { ...base, components, edges };
}

describe('findCallAmplification', () => {
  it('refuses a chain whose calls per request multiply past the limit, at the edge where it crosses', () => {
    // Step k receives 3^k calls per request: 3^12 = 531 441 is within the limit, 3^13 = 1 594 323 is not.
    const parsed = parseScenario(JSON.stringify(createChainScenario(40, 'compute', 3)));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map(formatIssue)).toEqual([
      'edges[13].callsPerRequest: one request from Users would reach Step 13 up to 1,590,000 times, most of them through Step 12 → Step 13 (calls per request multiply along a path and add over paths; the limit is 1,000,000): lower the calls per request on this edge or on the calls before it',
    ]);
  });

  it('accepts the same chain up to the limit, and the longest chain the limits allow at one call per request', () => {
    expect(findCallAmplification(createChainScenario(13, 'compute', 3))).toBeNull();
    expect(findCallAmplification(createChainScenario(5000, 'compute', 1))).toBeNull();
    expect(findCallAmplification(createChainScenario(5000, 'loadBalancer', 0.5))).toBeNull();
  });

  it('adds calls over paths: layers of diamonds double the calls at each layer', () => {
    // Users call layer 0 once, so layer k receives 2^(k−1): 2^19 = 524 288 at layer 20, 2^20 = 1 048 576 at layer 21.
    expect(findCallAmplification(diamonds(21))).toBeNull();
    const issue = findCallAmplification(diamonds(22));
    expect(issue?.path).toEqual(['edges', expect.any(Number), 'callsPerRequest']);
    expect(issue?.message).toMatch(/^one request from Users would reach Service s21[ab] up to 1,050,000 times/);
    expect(parseScenario(diamonds(22)).ok).toBe(false);
  });

  it('counts messages per request, and a queue handing each message to one of its consumers', () => {
    const base = createChainScenario(1);
    const scenario = (perMessage: number): Scenario => ({
      ...base,
      components: [createComponent('compute', 'api', 'API', 'region'), createComponent('queue', 'queue', 'Orders queue', 'region'), createComponent('compute', 'workers', 'Workers', 'region'), createComponent('compute', 'more', 'More workers', 'region'), createComponent('database', 'db', 'Orders DB', 'region')],
      edges: [
        call('e-users', 'users', 'api', 1),
        { ...createEdge('async', 'e-publish', 'api', 'queue'), messagesPerRequest: 1000 } as Scenario['edges'][number],
        createEdge('async', 'e-consume', 'queue', 'workers'),
        createEdge('async', 'e-consume-more', 'queue', 'more'),
        call('e-write', 'workers', 'db', perMessage),
      ],
    });
    expect(findCallAmplification(scenario(maxCallsPerRequest / 1000))).toBeNull();
    expect(findCallAmplification(scenario(maxCallsPerRequest / 1000 + 1))).toEqual({ path: ['edges', 4, 'callsPerRequest'], message: expect.stringMatching(/reach Orders DB up to 1,000,000 times, most of them through Workers → Orders DB/) });
    expect(parseScenario(scenario(maxCallsPerRequest / 1000)).ok).toBe(true);
  });

  it('leaves out the edges that close a cycle, as the engine does', () => {
    const chain = createChainScenario(3, 'compute', 1000);
    const cyclic = { ...chain, edges: [...chain.edges, call('e-back', 'c2', 'c0', 1000)] };
    // c0 → c1 → c2 carries 1 000 and 1 000 000 calls; the closing edge c2 → c0 adds nothing.
    expect(findCallAmplification(cyclic)).toBeNull();
  });
});
