import { describe, expect, it } from 'vitest';
import { erlangCWaitProbability } from './erlangC';
import { stationWait } from './stationWait';

describe('erlangCWaitProbability', () => {
  it('is ρ for one server (M/M/1: P(wait) = ρ)', () => {
    for (const rho of [0.1, 0.5, 0.9]) expect(erlangCWaitProbability(1, rho)).toBeCloseTo(rho, 12);
  });

  it('matches the two-server closed form C = 2ρ² / (1 + ρ)', () => {
    // With a = 2ρ Erlangs on two servers, Erlang C reduces to 2ρ² / (1 + ρ) (Kleinrock §3.5).
    for (const rho of [0.25, 0.6, 0.95]) expect(erlangCWaitProbability(2, 2 * rho)).toBeCloseTo((2 * rho * rho) / (1 + rho), 12);
  });

  it('matches the M/M/8 reference of performance-anchors.md (ρ = 0.875, μ = 1: mean response 1.635)', () => {
    // E[R] = C/(cμ − λ) + 1/μ with c = 8, λ = 7, μ = 1 → C/1 + 1 = 1.635 ⇒ C ≈ 0.635.
    const c = erlangCWaitProbability(8, 7);
    expect(c / (8 - 7) + 1).toBeCloseTo(1.635, 2);
  });

  it('is 1 at or above saturation and 0 without load', () => {
    expect(erlangCWaitProbability(4, 4)).toBe(1);
    expect(erlangCWaitProbability(4, 0)).toBe(0);
  });

  it('stays finite for thousands of servers', () => {
    const c = erlangCWaitProbability(5000, 4900);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });
});

describe('stationWait', () => {
  it('gives the M/M/1 mean wait ρ/(μ − λ)', () => {
    // s = 10 ms (μ = 0.1/ms), λ = 70/s = 0.07/ms: W = 0.7 / 0.03 = 23.33 ms.
    const wait = stationWait(1, 70, 10, 1);
    expect(wait.utilization).toBeCloseTo(0.7, 12);
    expect(wait.meanWaitMs).toBeCloseTo(0.7 / 0.03, 9);
  });

  it('scales the wait by (1 + cv²)/2 (Allen–Cunneen): M/D/1 waits half as long as M/M/1', () => {
    expect(stationWait(1, 70, 10, 0).meanWaitMs).toBeCloseTo(stationWait(1, 70, 10, 1).meanWaitMs / 2, 9);
  });

  it('reports saturation, never a finite wait, at ρ ≥ 1', () => {
    const wait = stationWait(2, 200, 10, 1);
    expect(wait.saturated).toBe(true);
    expect(wait.meanWaitMs).toBe(Number.POSITIVE_INFINITY);
  });

  it('counts a utilization within rounding of 1 as saturated: the load computed back from the capacity', () => {
    // 5 servers of 7 ms, 0.1 calls per request: saturation at X = 5 / (0.1 × 0.007) requests/s, where ρ computes to 1 − 2.2e-16.
    const saturatesAt = 5 / (0.1 * (7 / 1000));
    const arrivals = 0.1 * saturatesAt;
    expect(((arrivals / 1000) * 7) / 5).toBeLessThan(1);
    expect(stationWait(5, arrivals, 7, 1).saturated).toBe(true);
    expect(stationWait(5, arrivals * (1 - 1e-9), 7, 1).saturated).toBe(false);
  });
});
