import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioSchema, toScenarioIssues, type Scenario } from '../model';
import { scopedIssues } from './validateElement';
import { example } from './test/helpers';
import { twoRegionDesign } from './test/twoRegionDesign';

/** The reference: the whole document through the scenario schema, its problems under `scope` kept, relative to it. */
function wholeDocumentIssues(scenario: Scenario, scope: readonly (string | number)[]) {
  const parsed = scenarioSchema.safeParse(scenario);
  if (parsed.success) return [];
  const inScope = parsed.error.issues.filter((issue) => scope.every((key, i) => issue.path[i] === key));
  return toScenarioIssues(new z.ZodError(inScope.map((issue) => ({ ...issue, path: issue.path.slice(scope.length) }))));
}

const withComponent = (scenario: Scenario, index: number, patch: object): Scenario => ({
  ...scenario,
  components: scenario.components.map((component, i) => (i === index ? ({ ...component, ...patch } as typeof component) : component)),
});

const withEdge = (scenario: Scenario, index: number, patch: object): Scenario => ({
  ...scenario,
  edges: scenario.edges.map((edge, i) => (i === index ? ({ ...edge, ...patch } as typeof edge) : edge)),
});

describe('scopedIssues', () => {
  const base = example();
  const compute = base.components.findIndex((component) => component.kind === 'compute');
  const call = base.edges.findIndex((edge) => edge.kind === 'call');
  const cases: [string, Scenario, (string | number)[]][] = [
    ['a valid edit', withComponent(base, compute, { instances: 4 }), ['components', compute]],
    ['a value below its minimum', withComponent(base, compute, { instances: 0 }), ['components', compute]],
    ['a value of the wrong type', withComponent(base, compute, { instances: 'two' }), ['components', compute]],
    ['a value that is not finite', withComponent(base, compute, { serviceTimeMs: Number.NaN }), ['components', compute]],
    ['an unknown key (the schema strips it)', withComponent(base, compute, { colour: 'red' }), ['components', compute]],
    ['a cross-field rule at the element', withComponent(base, compute, { minHealthy: 9 }), ['components', compute]],
    ['calls past the schema\'s limit', withEdge(base, call, { callsPerRequest: 1e6 }), ['edges', call]],
    ['a bad workload', { ...base, workload: { ...base.workload, requestsPerSecond: -1 } }, ['workload']],
    ['an empty name', { ...base, name: ' ' }, ['name']],
    ["a problem elsewhere, not this element's", withComponent(base, compute, { minHealthy: 9 }), ['edges', call]],
  ];

  it.each(cases)('finds what the whole document finds at the element: %s', (_name, scenario, scope) => {
    expect(scopedIssues(scenario, scope)).toEqual(wholeDocumentIssues(scenario, scope));
  });

  it('finds a problem in every case above that the schema refuses', () => {
    const refused = cases.filter(([, scenario, scope]) => scopedIssues(scenario, scope).length > 0).map(([name]) => name);
    const accepted = ['a valid edit', 'an unknown key (the schema strips it)', "a problem elsewhere, not this element's"];
    expect(refused).toEqual(cases.map(([name]) => name).filter((name) => !accepted.includes(name)));
  });

  it('finds calls amplified along a path at the edge the whole document names', () => {
    const amplified = ['e-dns-lb', 'e-lb-a', 'e-a-db'].reduce((scenario, id) => withEdge(scenario, scenario.edges.findIndex((edge) => edge.id === id), { callsPerRequest: 1000 }), base);
    const scopes = amplified.edges.map((_edge, i) => ['edges', i]);
    scopes.forEach((scope) => expect(scopedIssues(amplified, scope)).toEqual(wholeDocumentIssues(amplified, scope)));
    expect(scopes.flatMap((scope) => scopedIssues(amplified, scope)).map((issue) => issue.path)).toEqual(['callsPerRequest']);
  });

  it('checks each group of a larger design against its references', () => {
    const design = twoRegionDesign();
    design.groups.forEach((_group, i) => expect(scopedIssues(design, ['groups', i])).toEqual(wholeDocumentIssues(design, ['groups', i])));
    const region = design.groups.findIndex((group) => group.kind === 'region');
    const moved = { ...design, groups: design.groups.map((group, i) => (i === region ? { ...group, regionId: 'aws:nowhere-1' } : group)) };
    expect(scopedIssues(moved, ['groups', region])).toEqual(wholeDocumentIssues(moved, ['groups', region]));
    expect(scopedIssues(moved, ['groups', region])).not.toEqual([]);
  });

  it('names a path the schema does not have', () => {
    expect(() => scopedIssues(base, ['nowhere'])).toThrow(/no part at nowhere/);
  });
});
