import { describe, expect, it } from 'vitest';
import type { EngineSession } from '../engine';
import { createExampleScenario } from '../model';
import { engineInputOf } from './engineInput';
import { createEngineHost } from './engineHost';
import { diffScenario } from './scenarioPatch';

describe('engine host', () => {
  const scenario = engineInputOf(createExampleScenario());
  const more = { ...scenario, workload: { ...scenario.workload, requestsPerSecond: 800 } };

  it('evaluates a whole document, then patches on it', () => {
    const host = createEngineHost();
    const first = host.evaluate({ kind: 'full', revision: 1, scenario });
    expect(first.kind).toBe('report');
    const second = host.evaluate({ kind: 'patch', revision: 2, baseRevision: 1, patch: diffScenario(scenario, more) });
    if (first.kind !== 'report' || second.kind !== 'report') throw new Error('expected reports');
    expect(second.revision).toBe(2);
    expect(second.report.capacity.loadRequestsPerSecond.lb).toBeCloseTo(800, 9);
    expect(second.edgeTrafficRps['e-eu-dns']).toBeCloseTo(560, 9);
    expect(second.evaluationMs).toBeGreaterThanOrEqual(0);
  });

  it('asks for the whole document when a patch is for a revision it does not hold', () => {
    const host = createEngineHost();
    expect(host.evaluate({ kind: 'patch', revision: 5, baseRevision: 4, patch: diffScenario(scenario, more) })).toEqual({ kind: 'needsFull', revision: 5 });
  });

  it('turns an engine error into a failed outcome', () => {
    const broken: EngineSession = {
      evaluate: () => {
        throw new Error('cycle through app-a');
      },
    };
    expect(createEngineHost(broken).evaluate({ kind: 'full', revision: 3, scenario })).toEqual({
      kind: 'failed',
      revision: 3,
      message: 'The engine could not evaluate this design: cycle through app-a',
    });
  });
});
