import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '../../engine';
import type { SweepCurve, SweepRun } from '../../store';
import { sweepStatusText } from './sweepStatus';

const point = (x: number): SweepPoint => ({ x, p50Ms: 10, p95Ms: 20, p99Ms: 30, meanMs: 12, saturated: false, maxUtilization: 0.1, monthlyUsd: 100 });
const curve = (points: number, outcome: SweepCurve['outcome'] = null): SweepCurve => ({ xLabel: 'requests/s', points: Array.from({ length: points }, (_, i) => point(i)), outcome });
const designs = [
  { tabId: 'edge', name: 'Edge + serverless' },
  { tabId: 'mono', name: 'Monolith' },
];
const run = (status: SweepRun['status'], curves: SweepRun['curves'], kind: SweepRun['kind'] = 'load'): SweepRun => ({ id: 1, kind, pointsAsked: 40, status, curves });

describe('sweepStatusText', () => {
  it('while running, gives each design’s points so far out of its curve’s, and names the designs not started as waiting', () => {
    expect(sweepStatusText(run('running', {}), designs)).toBe('Edge + serverless: waiting · Monolith: waiting');
    expect(sweepStatusText(run('running', { edge: curve(8) }), designs)).toBe('Edge + serverless: 8 of 40 points · Monolith: waiting');
    expect(sweepStatusText(run('running', { edge: curve(40, { kind: 'done' }), mono: curve(3) }), designs)).toBe('Edge + serverless: done · Monolith: 3 of 40 points');
  });

  it('counts a regions or copies curve by its own number of values, not the points asked', () => {
    expect(sweepStatusText(run('running', { edge: curve(2) }, 'regions'), designs)).toBe('Edge + serverless: 2 of 4 points · Monolith: waiting');
    expect(sweepStatusText(run('running', { edge: curve(2) }, 'replicas'), designs)).toBe('Edge + serverless: 2 of 5 points · Monolith: waiting');
  });

  it('says why a design has no curve, while running and after', () => {
    const curves = { edge: curve(0, { kind: 'nothingToSweep' }), mono: curve(5, { kind: 'failed', message: 'The sweep stopped: out of memory' }) };
    expect(sweepStatusText(run('running', curves), designs)).toBe('Edge + serverless: nothing to sweep · Monolith: The sweep stopped: out of memory');
    expect(sweepStatusText(run('done', curves), designs)).toBe('done · Edge + serverless: nothing to sweep · Monolith: The sweep stopped: out of memory');
  });

  it('once over, says done or cancelled alone when every design swept', () => {
    expect(sweepStatusText(run('done', { edge: curve(40, { kind: 'done' }), mono: curve(40, { kind: 'done' }) }), designs)).toBe('done');
    expect(sweepStatusText(run('cancelled', { edge: curve(40, { kind: 'done' }), mono: curve(12, { kind: 'cancelled' }) }), designs)).toBe('cancelled');
  });
});
