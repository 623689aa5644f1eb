import { describe, expect, it } from 'vitest';
import { createComponent, createEdge, parseScenario } from '../../model';
import { evaluate } from '../evaluate';
import { callEdge, constantCompute, smallScenario } from '../test/smallScenario';

describe('unreached components', () => {
  // users → app → queue → worker (async); idle and its callee spare are drawn but nothing calls idle.
  const parsed = parseScenario(
    smallScenario(
      [constantCompute('app', 'zone-a', 5), createComponent('queue', 'queue', 'queue', 'zone-a'), constantCompute('worker', 'zone-a', 5), constantCompute('idle', 'zone-b', 5), constantCompute('spare', 'zone-b', 5)],
      [callEdge('e-u', 'users', 'app'), createEdge('async', 'e-async', 'app', 'queue'), createEdge('async', 'e-consume', 'queue', 'worker'), callEdge('e-idle', 'idle', 'spare')],
    ),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const warnings = evaluate(parsed.scenario).warnings.filter((w) => w.code === 'graph.unreached');

  it('are reported on the element, with what to do, whatever kind of edge would reach them', () => {
    expect(warnings.map((w) => w.elementId)).toEqual(['idle', 'spare']);
    expect(warnings[0]?.message).toBe("No population's requests reach idle: connect it to a caller, or remove it.");
  });
});
