import { describe, expect, it } from 'vitest';
import { createComponent, createEdge, createExampleScenario, formatIssue, parseScenario, type Scenario } from './index';
import { componentKinds } from './schema/component';
import { edgeKinds } from './schema/edge';
import { maxComponents } from './limits';

function expectIssue(input: unknown, path: string, message: string | RegExp) {
  const result = parseScenario(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const match = result.issues.find((issue) => issue.path === path);
  expect(match, `issues were: ${result.issues.map(formatIssue).join(' | ')}`).toBeDefined();
  if (typeof message === 'string') expect(match?.message).toBe(message);
  else expect(match?.message).toMatch(message);
}

const withComponent = (scenario: Scenario, patch: Record<string, unknown>, index = 2) => ({
  ...scenario,
  components: scenario.components.map((component, i) => (i === index ? { ...component, ...patch } : component)),
});

describe('parseScenario accepts', () => {
  it('the built-in example unchanged', () => {
    const example = createExampleScenario();
    const result = parseScenario(JSON.stringify(example));
    expect(result).toEqual({ ok: true, scenario: example, migratedFrom: null });
  });

  it.each(componentKinds)('a %s component, round-tripping through JSON', (kind) => {
    const example = createExampleScenario();
    const component = createComponent(kind, `new-${kind}`, `New ${kind}`, kind === 'dns' || kind === 'cdn' ? null : 'zone-b');
    const scenario = { ...example, components: [...example.components, component] };
    const result = parseScenario(JSON.parse(JSON.stringify(scenario)));
    expect(result.ok && result.scenario.components.at(-1)).toEqual(component);
  });

  it.each(edgeKinds)('a %s edge between kinds that allow it', (kind) => {
    const example = createExampleScenario();
    const extra = [createComponent('queue', 'q', 'Jobs', 'eu-west-1'), createComponent('database', 'db2', 'Copy', 'zone-b')];
    const [from, to] = kind === 'call' ? ['app-a', 'db2'] : kind === 'async' ? ['app-a', 'q'] : ['db', 'db2'];
    const edge = createEdge(kind, `e-${kind}`, from, to);
    const scenario = { ...example, components: [...example.components, ...extra], edges: [...example.edges, edge] };
    const result = parseScenario(JSON.stringify(scenario));
    expect(result.ok && result.scenario.edges.at(-1)).toEqual(edge);
  });

  it('fills defaults for optional fields a hand-written file leaves out', () => {
    const example = createExampleScenario();
    const { availability: _a, price: _p, ...bare } = example.components[0]!;
    const result = parseScenario({ ...example, components: [bare, ...example.components.slice(1)] });
    expect(result.ok && result.scenario.components[0]).toEqual(example.components[0]);
  });
});

describe('parseScenario refuses, naming the JSON path and the rule', () => {
  const example = createExampleScenario();

  it('client shares that do not sum to 1 (a sum of 2 doubled the cost, not the latency), but not three thirds written 0.333', () => {
    const withShares = (shares: number[]) => ({ ...example, clients: example.clients.map((client, i) => ({ ...client, share: shares[i] })) });
    expectIssue(withShares([1, 1]), 'clients', "the populations' shares sum to 2 (200 %); they must sum to 1 (100 % of the workload): change the shares");
    expectIssue(withShares([0.5, 0.2]), 'clients', "the populations' shares sum to 0.7 (70 %); they must sum to 1 (100 % of the workload): change the shares");
    const thirds = { ...example, clients: [0, 1, 2].map((i) => ({ ...example.clients[0], id: `users-${i}`, share: 0.333 })), edges: [] };
    expect(parseScenario(thirds).ok).toBe(true);
  });
  it('a fleet with zero instances', () => {
    expectIssue(withComponent(example, { instances: 0 }), 'components[2].instances', 'must be ≥ 1');
  });
  it('a fractional instance count', () => {
    expectIssue(withComponent(example, { instances: 2.5 }), 'components[2].instances', 'must be an integer (got number)');
  });
  it('a number given as text', () => {
    expectIssue(withComponent(example, { serviceTimeMs: '20' }), 'components[2].serviceTimeMs', 'must be a number (got string)');
  });
  it('NaN and Infinity (they can arrive from code, not JSON)', () => {
    expectIssue(withComponent(example, { serviceTimeMs: Number.NaN }), 'components[2].serviceTimeMs', /must be a number/);
    expectIssue(withComponent(example, { serviceTimeMs: Number.POSITIVE_INFINITY }), 'components[2].serviceTimeMs', /must be a number/);
  });
  it('an unknown component kind', () => {
    expectIssue(withComponent(example, { kind: 'mainframe' }), 'components[2].kind', /must be one of "dns", "globalLb"/);
  });
  it('a missing required field', () => {
    const { workload: _w, ...rest } = example;
    expectIssue(rest, 'workload', 'is required');
  });
  it('minHealthy above instances', () => {
    expectIssue(withComponent(example, { minHealthy: 5 }), 'components[2].minHealthy', 'must be ≤ instances (3)');
  });
  it('a share outside 0–1', () => {
    expectIssue({ ...example, clients: [{ ...example.clients[0], share: 1.5 }] }, 'clients[0].share', 'must be ≤ 1');
  });
  it('a duplicate id', () => {
    expectIssue(withComponent(example, { id: 'lb' }), 'components[2].id', 'duplicates the id of components.1');
  });
  it('a placement in a group that does not exist', () => {
    expectIssue(withComponent(example, { groupId: 'zone-z' }), 'components[2].groupId', 'refers to no group "zone-z"');
  });
  it('a zone outside a region', () => {
    const groups = example.groups.map((group) => (group.id === 'zone-a' ? { ...group, parentId: 'aws' } : group));
    expectIssue({ ...example, groups }, 'groups[2].parentId', 'a zone cannot sit inside a provider');
  });
  it('a region that is not in the catalog', () => {
    const groups = example.groups.map((group) => (group.id === 'eu-west-1' ? { ...group, regionId: 'aws:moon-1' } : group));
    expectIssue({ ...example, groups }, 'groups[1].regionId', /"aws:moon-1" is not a catalog region/);
  });
  it('a replication edge from a load balancer, with the reason', () => {
    const edges = [...example.edges, createEdge('replication', 'bad', 'lb', 'db')];
    expectIssue({ ...example, edges }, `edges[${example.edges.length}]`, /Replication links two databases/);
  });
  it('an edge to a component that does not exist', () => {
    const edges = [...example.edges, createEdge('call', 'dangling', 'app-a', 'ghost')];
    expectIssue({ ...example, edges }, `edges[${example.edges.length}]`, 'There is no component "ghost".');
  });
  it('a leaderless quorum that does not match its copies', () => {
    const patch = { ...createComponent('database', 'app-a', 'x', 'zone-a'), model: 'leaderless', quorum: { n: 3, r: 2, w: 2 } };
    expectIssue(withComponent(example, patch), 'components[2].quorum.n', 'must equal the number of copies (1)');
  });
  it('text that is not JSON', () => {
    expectIssue('{"schemaVersion": 1,', '(document)', /is not valid JSON/);
  });
  it('a foreign JSON document', () => {
    expectIssue({ name: 'my-package', version: '1.0.0' }, 'schemaVersion', /is this a Meridian scenario\?/);
    expectIssue([1, 2, 3], '(document)', 'must be a JSON object describing a scenario');
  });
  it('a document from a newer Meridian', () => {
    expectIssue({ ...example, schemaVersion: 99 }, 'schemaVersion', /understands up to 1: update Meridian/);
  });
  it('more components than the limit, before validating each one', () => {
    const components = Array.from({ length: maxComponents + 1 }, () => ({}));
    expectIssue({ ...example, components }, 'components', `has ${maxComponents + 1} items; the limit is ${maxComponents}`);
  });
  it('a document over 5 MB', () => {
    expectIssue(' '.repeat(5 * 1024 * 1024 + 1), '(document)', 'is 5,242,881 characters long; the limit is 5 MB');
  });
});
