import { describe, expect, it } from 'vitest';
import { evaluate, type SweepPoint } from '../engine';
import { createExampleScenario } from '../model';
import { createCompareHost, sweepChunkPoints } from './compareHost';

describe('compare host', () => {
  const example = createExampleScenario();

  it('evaluates several documents, each exactly as evaluate() does, and names one that fails', () => {
    const busier = { ...example, workload: { ...example.workload, requestsPerSecond: 800 } };
    const broken = { ...example, name: 'Broken', components: null } as unknown as typeof example;
    const outcomes = createCompareHost().evaluateMany([example, busier, broken]);
    expect(outcomes[0]).toEqual({ kind: 'report', report: evaluate(example) });
    expect(outcomes[1]?.kind === 'report' && outcomes[1].report.capacity.loadRequestsPerSecond.lb).toBeCloseTo(800, 9);
    expect(outcomes[2]).toMatchObject({ kind: 'failed', message: expect.stringContaining('could not evaluate Broken') });
  });

  it('delivers a sweep in chunks, in order', async () => {
    const chunks: SweepPoint[][] = [];
    const outcome = await createCompareHost().sweep({ id: 1, scenario: example, kind: 'load', points: 20 }, (label, points) => {
      expect(label).toBe('requests/s');
      chunks.push(points);
    });
    expect(outcome).toEqual({ kind: 'done' });
    expect(chunks.map((c) => c.length)).toEqual([sweepChunkPoints, sweepChunkPoints, 20 - 2 * sweepChunkPoints]);
    expect(chunks.flat().at(-1)?.saturated).toBe(true);
  });

  it('stops a cancelled sweep after the chunk in hand', async () => {
    const host = createCompareHost();
    let chunks = 0;
    const outcome = await host.sweep({ id: 7, scenario: example, kind: 'load', points: 40 }, () => {
      chunks += 1;
      host.cancelSweep(7);
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(chunks).toBe(1);
  });

  it('says when a scenario has nothing to sweep', async () => {
    const noCache = { ...example, components: example.components.filter((c) => c.kind !== 'cache'), edges: example.edges.filter((e) => e.to !== 'cache') };
    expect(await createCompareHost().sweep({ id: 2, scenario: noCache, kind: 'hitRatio', points: 10 }, () => {})).toEqual({ kind: 'nothingToSweep' });
  });
});
