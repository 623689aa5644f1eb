import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '../../engine';
import { saturationEnd } from './saturationEnd';

const point = (x: number, p99Ms: number): SweepPoint => ({ x, p50Ms: p99Ms / 2, p95Ms: p99Ms, p99Ms, meanMs: p99Ms / 2, saturated: !Number.isFinite(p99Ms), maxUtilization: 0.5, monthlyUsd: 100 });

describe('saturationEnd', () => {
  it('ends a curve at its last finite point, saying where saturation starts', () => {
    expect(saturationEnd([point(0, 10), point(100, 12), point(200, 40), point(300, Infinity), point(400, Infinity)])).toEqual({ x: 200, p99Ms: 40, saturatedAtX: 300 });
  });

  it('has no end marker for a design that never saturates, or is saturated throughout', () => {
    expect(saturationEnd([point(0, 10), point(100, 12)])).toBeNull();
    expect(saturationEnd([point(0, Infinity), point(100, Infinity)])).toBeNull();
    expect(saturationEnd([])).toBeNull();
  });
});
