import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { deltaText, figureLabel, figureText } from './tradeoffText';

describe('tradeoff table text', () => {
  it('names figures, per-population p99s and data stores', () => {
    const documents = [createExampleScenario()];
    expect(figureLabel('monthlyUsd', documents)).toBe('Cost per month');
    expect(figureLabel('p99Ms.users-eu', documents)).toBe('p99, Users in Europe');
    expect(figureLabel('db', documents)).toBe('Orders DB (primary a, standby b)');
    expect(figureLabel('gone', documents)).toBe('gone');
  });

  it('writes each figure with its unit, and a missing one as a dash', () => {
    expect(figureText('maxRequestsPerSecond', 2133.33)).toBe('2.13k req/s');
    expect(figureText('headroomAtPeak', 2.37)).toBe('2.4×');
    expect(figureText('nines', 3.1052)).toBe('3.11');
    expect(figureText('downtimeMinutesPerMonth', 34.3776)).toBe('34 m 23 s');
    expect(figureText('p99Ms.users-us', Infinity)).toBe('saturated');
    expect(figureText('monthlyUsd', 3479.2)).toBe('$3,479');
    // Two bills that "$4.5k" would show as one.
    expect([4512.4, 4538.2].map((usd) => figureText('monthlyUsd', usd))).toEqual(['$4,512', '$4,538']);
    expect(figureText('perMillionRequestsUsd', 4.3)).toBe('$4.30');
    expect(figureText('deployables', 4)).toBe('4');
    expect(figureText('db', 'strong')).toBe('strong');
    expect(figureText('cache', undefined)).toBe('—');
  });

  it('names the bottleneck by its name in that column’s scenario, not by its id', () => {
    expect(figureText('bottleneck', 'app-a', createExampleScenario())).toBe('App servers (zone a)');
    expect(figureText('bottleneck', 'none', createExampleScenario())).toBe('none');
  });

  it('signs differences from the baseline', () => {
    expect(deltaText('monthlyUsd', 688.4)).toBe('+$688');
    expect(deltaText('deployables', -3)).toBe('−3');
    expect(deltaText('p99Ms', 26.04)).toBe('+26 ms');
    expect(deltaText('nines', 0)).toBe('');
    expect(deltaText('nines', null)).toBe('');
  });
});
