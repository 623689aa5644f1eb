import { describe, expect, it } from 'vitest';
import { componentKinds, createComponent, createExampleScenario } from '../../model';
import { describeClient, describeComponent } from './describeComponent';

describe('describeComponent', () => {
  it('says what matters most about each example node', () => {
    const byId = new Map(createExampleScenario().components.map((c) => [c.id, describeComponent(c)]));
    expect(Object.fromEntries(byId)).toEqual({
      dns: 'latency routing · TTL 60 s',
      lb: 'round robin · multi-AZ',
      'app-a': '3 × m6i.large',
      'app-b': '3 × m6i.large',
      cache: 'hit 80 % · 2 nodes',
      db: 'primary + 1 replica · sync',
    });
  });

  it('describes every kind with its defaults', () => {
    for (const kind of componentKinds) {
      expect(describeComponent(createComponent(kind, 'x', 'X'))).toMatch(/\S/);
    }
    expect(describeComponent({ ...createComponent('compute', 'f', 'F'), flavor: 'serverless' })).toBe('serverless · 512 MB');
  });

  it('describes client populations', () => {
    const [eu, us] = createExampleScenario().clients;
    expect(eu && describeClient(eu)).toBe('70 % of traffic · London');
    expect(us && describeClient(us)).toBe('30 % of traffic · Ashburn · mobile');
  });
});
