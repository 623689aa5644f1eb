import { describe, expect, it } from 'vitest';
import { createExampleScenario } from './fixtures/exampleScenario';
import { elementNames } from './elementNames';

describe('elementNames', () => {
  const scenario = createExampleScenario();

  it('names populations, groups, components and edges as the design does', () => {
    const nameOf = elementNames(scenario);
    expect(nameOf('users-eu')).toBe('Users in Europe');
    expect(nameOf('app-a')).toBe('App servers (zone a)');
    expect(nameOf('e-dns-lb')).toBe('Route 53 → Application LB');
    expect(nameOf('not-there')).toBe('not-there');
  });

  it('adds the id only where two elements share a name', () => {
    const components = scenario.components.map((c) => (c.id === 'app-b' ? { ...c, name: 'App servers (zone a)' } : c));
    const nameOf = elementNames({ ...scenario, components });
    expect(nameOf('app-a')).toBe('App servers (zone a) (app-a)');
    expect(nameOf('app-b')).toBe('App servers (zone a) (app-b)');
    expect(nameOf('users-eu')).toBe('Users in Europe');
  });
});
