import { describe, expect, it } from 'vitest';
import type { LatencySummary, Report } from '../../engine';
import { comparedCdfs } from './comparedCdfs';

const summary = (p99Ms: number, saturated = false): LatencySummary => ({
  p50Ms: p99Ms / 2, p95Ms: p99Ms, p99Ms, meanMs: p99Ms / 2, cdf: saturated ? [] : [[p99Ms / 2, 0.5], [p99Ms, 0.99]], saturated, saturatesAtRequestsPerSecond: 1000, explain: [], p99Breakdown: [],
  waterfall: [],
});
const report = (byPopulation: Record<string, LatencySummary>) => ({ latency: { overall: summary(100), byPopulation } }) as unknown as Report;

describe('comparedCdfs', () => {
  it('draws every design on the overall CDF, and a population only when every design serves it', () => {
    const columns = [
      { tabId: 't1', name: 'Monolith', index: 0, report: report({ eu: summary(80), us: summary(150) }) },
      { tabId: 't2', name: 'Warm standby', index: 1, report: report({ 'us-east': summary(60), eu: summary(90) }) },
      { tabId: 't3', name: 'Pilot light', index: 2, report: report({ eu: summary(70, true), 'us-west': summary(60) }) },
    ];
    const cdfs = comparedCdfs(columns);
    expect(cdfs.overall.map((s) => s.name)).toEqual(['Monolith', 'Warm standby', 'Pilot light']);
    expect(cdfs.byPopulation.map((p) => p.populationId)).toEqual(['eu']);
    // Pilot light saturates for eu: no finite curve, so it is left off that chart.
    expect(cdfs.byPopulation[0]?.series.map((s) => s.name)).toEqual(['Monolith', 'Warm standby']);
    // Each design keeps its own colour and stroke, whatever is left out.
    expect(cdfs.overall.map((s) => s.dash)).toEqual([undefined, '9 4', '3 3']);
  });

  it('has no population charts when the designs share no population', () => {
    const columns = [
      { tabId: 't1', name: 'A', index: 0, report: report({ eu: summary(80) }) },
      { tabId: 't2', name: 'B', index: 1, report: report({ us: summary(90) }) },
    ];
    expect(comparedCdfs(columns).byPopulation).toEqual([]);
  });
});
