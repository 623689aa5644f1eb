import { describe, expect, it } from 'vitest';
import { createExampleScenario, elementNames } from '../../model';
import { edgeName } from './edgeName';

describe('edgeName', () => {
  const scenario = createExampleScenario();
  scenario.edges.push(
    { id: 'r', from: 'db', to: 'cache', kind: 'replication', mode: 'async', lagMs: 1000 },
    { id: 'q', from: 'app-a', to: 'db', kind: 'async', messagesPerRequest: 1 },
  );
  const nameOf = elementNames(scenario);
  const nameById = (id: string) => {
    const edge = scenario.edges.find((candidate) => candidate.id === id);
    if (!edge) throw new Error(`no edge ${id}`);
    return edgeName(edge, nameOf);
  };

  it('names a call by its ends and the detail its label shows', () => {
    expect(nameById('e-a-cache')).toBe('Call from App servers (zone a) to Session cache (reads)');
  });

  it('leaves out the brackets when the label has nothing to add', () => {
    expect(nameById('e-a-db')).toBe('Call from App servers (zone a) to Orders DB (primary a, standby b)');
    expect(nameById('q')).toBe('Async from App servers (zone a) to Orders DB (primary a, standby b)');
  });

  it('words replication as the legend does', () => {
    expect(nameById('r')).toBe('Replication from Orders DB (primary a, standby b) to Session cache (async · 1000 ms)');
  });

  it('tells apart two ends that share a name by their ids', () => {
    const twins = createExampleScenario();
    const cache = twins.components.find((component) => component.id === 'cache');
    if (!cache) throw new Error('the example has no cache');
    cache.name = 'Orders DB (primary a, standby b)';
    const edge = twins.edges.find((candidate) => candidate.id === 'e-a-cache');
    if (!edge) throw new Error('the example has no e-a-cache');
    expect(edgeName(edge, elementNames(twins))).toBe('Call from App servers (zone a) to Orders DB (primary a, standby b) (cache) (reads)');
  });
});
