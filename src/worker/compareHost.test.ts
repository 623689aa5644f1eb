import { describe, expect, it } from 'vitest';
import { evaluate, planSweep } from '../engine';
import { createExampleScenario } from '../model';
import { createCompareHost } from './compareHost';
import type { SweepKind } from '../engine';
import { diffScenario } from './scenarioPatch';

/** A curve to plan, its design sent whole. */
const whole = (id: number, scenario: ReturnType<typeof createExampleScenario>, kind: SweepKind, points: number) => ({ id, kind, points, document: { kind: 'full' as const, scenario } });

describe('compare host', () => {
  const example = createExampleScenario();

  it('evaluates a whole document exactly as evaluate() does, and names one that fails', () => {
    const host = createCompareHost();
    const busier = { ...example, workload: { ...example.workload, requestsPerSecond: 800 } };
    const broken = { ...example, name: 'Broken', components: null } as unknown as typeof example;
    expect(host.evaluateWhole(example)).toEqual({ kind: 'report', report: evaluate(example) });
    const outcome = host.evaluateWhole(busier);
    expect(outcome.kind === 'report' && outcome.report.capacity.loadRequestsPerSecond.lb).toBeCloseTo(800, 9);
    expect(host.evaluateWhole(broken)).toMatchObject({ kind: 'failed', message: expect.stringContaining('could not evaluate Broken') });
  });

  it('outlines a sweep and evaluates any of its values, as the engine’s plan does', () => {
    const host = createCompareHost();
    const request = whole(1, example, 'load', 20);
    const plan = planSweep(example, 'load', 20);
    expect(host.sweepOutline(request)).toEqual({ xLabel: 'requests/s', values: plan?.values });
    const someValues = plan?.values.slice(5, 9) ?? [];
    expect(host.sweepPoints(1, someValues)).toEqual(plan?.run(someValues));
  });

  it('plans a curve once: an outline of the same id keeps that plan, chunks name it by id, and another curve replaces it', () => {
    const host = createCompareHost();
    const busier = { ...example, workload: { ...example.workload, requestsPerSecond: 5000 } };
    const values = [0.2, 0.8];
    const ofExample = planSweep(example, 'hitRatio', 5)?.run(values);
    const ofBusier = planSweep(busier, 'hitRatio', 5)?.run(values);
    expect(ofBusier).not.toEqual(ofExample);
    host.sweepOutline(whole(1, example, 'hitRatio', 5));
    host.sweepOutline(whole(1, busier, 'hitRatio', 5));
    expect(host.sweepPoints(1, values)).toEqual(ofExample);
    // A curve the host does not hold: the caller sends its outline first.
    expect(host.sweepPoints(2, values)).toBeNull();
    host.sweepOutline(whole(2, busier, 'hitRatio', 5));
    expect(host.sweepPoints(2, values)).toEqual(ofBusier);
    expect(host.sweepPoints(1, values)).toBeNull();
  });

  it('plans a design sent as a patch on the last curve’s as that design sent whole, and asks for the whole document when it holds another base', () => {
    const host = createCompareHost();
    const edited = { ...example, components: example.components.map((c, i) => (i === 0 ? { ...c, name: 'Edited' } : c)), workload: { ...example.workload, requestsPerSecond: 900 } };
    const patch = { kind: 'patch' as const, baseId: 1, patch: diffScenario(example, edited) };
    host.sweepOutline(whole(1, example, 'load', 20));
    expect(host.sweepOutline({ id: 2, kind: 'load', points: 20, document: { ...patch, baseId: 7 } })).toBe('needsFull');
    const plan = planSweep(edited, 'load', 20);
    expect(host.sweepOutline({ id: 2, kind: 'load', points: 20, document: patch })).toEqual({ xLabel: 'requests/s', values: plan?.values });
    expect(host.sweepPoints(2, plan?.values ?? [])).toEqual(plan?.run(plan.values));
    // The base is now curve 2: a patch on curve 1 no longer applies.
    expect(host.sweepOutline({ id: 3, kind: 'load', points: 20, document: patch })).toBe('needsFull');
  });

  it('says when a scenario has nothing to sweep', () => {
    const noCache = { ...example, components: example.components.filter((c) => c.kind !== 'cache'), edges: example.edges.filter((e) => e.to !== 'cache') };
    const request = whole(2, noCache, 'hitRatio', 10);
    const host = createCompareHost();
    expect(host.sweepOutline(request)).toBeNull();
    expect(() => host.sweepPoints(2, [0.5])).toThrow('nothing to sweep');
  });
});
