import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors';
import { createExampleScenario } from '../fixtures/exampleScenario';
import { applyScenarioChanges } from './applyScenarioChanges';
import { scenarioChangesSchema } from './scenarioChange';

const apply = (changes: unknown[]) => applyScenarioChanges(createExampleScenario(), scenarioChangesSchema.parse(changes));

describe('applyScenarioChanges', () => {
  it('sets values by element id, adds elements with catalog defaults, and leaves the input alone', () => {
    const example = createExampleScenario();
    const result = applyScenarioChanges(example, scenarioChangesSchema.parse([
      { op: 'set', at: ['components', 'app-a', 'instances'], value: 5 },
      { op: 'addComponent', kind: 'cdn', id: 'cdn', name: 'CloudFront', fields: { hitRatio: 0.95 }, position: { x: 1, y: 2 } },
      { op: 'addEdge', kind: 'call', id: 'e-cdn-dns', from: 'cdn', to: 'dns' },
    ]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.components.find((c) => c.id === 'app-a')).toMatchObject({ instances: 5 });
    expect(result.scenario.components.at(-1)).toMatchObject({ kind: 'cdn', hitRatio: 0.95, popRttMs: 15, groupId: null });
    expect(result.scenario.layout.nodes.cdn).toEqual({ x: 1, y: 2 });
    expect(example).toEqual(createExampleScenario());
  });

  it('removes an element with the edges that touch it', () => {
    const result = apply([{ op: 'remove', id: 'cache' }]);
    expect(result.ok && result.scenario.edges.map((e) => e.id)).toEqual(['e-eu-dns', 'e-us-dns', 'e-dns-lb', 'e-lb-a', 'e-lb-b', 'e-a-db', 'e-b-db']);
  });

  it('names the change that leads nowhere, and the scenario path of an invalid result', () => {
    const nowhere = apply([{ op: 'set', at: ['components', 'nope', 'instances'], value: 2 }, { op: 'remove', id: 'ghost' }]);
    expect(nowhere.ok ? [] : nowhere.issues.map(formatIssue)).toEqual(['changes[0]: refers to nothing at ["components","nope"]', 'changes[1]: refers to no element "ghost"']);
    const invalid = apply([{ op: 'set', at: ['components', 'app-a', 'instances'], value: -1 }]);
    expect(invalid.ok ? [] : invalid.issues.map(formatIssue)).toContain('components[2].instances: must be ≥ 1');
  });
});
