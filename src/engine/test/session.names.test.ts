import { describe, expect, it } from 'vitest';
import type { Component, Scenario } from '../../model';
import { evaluate } from '../evaluate';
import { createEngineSession } from '../session';
import { loadTemplate } from './templateFixtures';

const withComponent = (scenario: Scenario, id: string, patch: Partial<Component>): Scenario => ({
  ...scenario,
  components: scenario.components.map((c) => (c.id === id ? ({ ...c, ...patch } as Component) : c)),
});

/** The single-region monolith with a second load balancer that routes to nothing (an availability structure warning about it). */
function withIdleBalancer(): Scenario {
  const original = loadTemplate('single-region-monolith.json');
  const idle: Component = { ...(original.components.find((c) => c.id === 'lb') as Component), id: 'lb-2', name: 'Spare LB' };
  return { ...original, components: [...original.components, idle], edges: [...original.edges, { ...(original.edges[0] as Scenario['edges'][number]), id: 'e-dns-lb2', from: 'dns', to: 'lb-2' }] };
}

describe('engine session: warnings keyed by the names of the design, not by the warned element alone', () => {
  it('words a kept warning anew when another element takes its name, and again when it gives the name back', () => {
    const base = withIdleBalancer();
    const slower = withComponent(base, 'app', { serviceTimeMs: 31 });
    // Renaming another element changes how the idle balancer is named ("Spare LB (lb-2)"): nothing of lb-2 itself changed.
    const clash = withComponent(slower, 'lb', { name: 'Spare LB' });
    const session = createEngineSession();
    const messages = [base, slower, clash, slower].map((scenario) => {
      const report = session.evaluate(scenario);
      expect(report).toEqual(evaluate(scenario));
      return report.warnings.find((w) => w.code === 'availability.routerWithoutTargets')?.message;
    });
    expect(messages[0]).toMatch(/^Spare LB routes to no target/);
    expect(messages[2]).toMatch(/^Spare LB \(lb-2\) routes to no target/);
    expect(messages[3]).toBe(messages[0]);
  });
});
