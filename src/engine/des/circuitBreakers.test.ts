import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from './circuitBreakers';

describe('CircuitBreakers', () => {
  it('opens after the threshold of consecutive failures, lets one trial through after openSeconds, closes on its success', () => {
    const breakers = new CircuitBreakers(['a', 'b'], { a: { failureThreshold: 3, openSeconds: 10 } });
    for (let i = 0; i < 2; i += 1) breakers.record(0, false, 0);
    breakers.record(0, true, 0);
    for (let i = 0; i < 3; i += 1) breakers.record(0, false, 100);
    expect(breakers.allows(0, 5_000)).toBe(false);
    expect(breakers.allows(0, 10_100)).toBe(true);
    expect(breakers.allows(0, 10_101)).toBe(false);
    breakers.record(0, true, 10_200);
    expect(breakers.allows(0, 10_300)).toBe(true);
  });

  it('reopens when the trial fails; edges without a breaker always pass', () => {
    const breakers = new CircuitBreakers(['a', 'b'], { a: { failureThreshold: 1, openSeconds: 1 } });
    breakers.record(0, false, 0);
    expect(breakers.allows(0, 1_000)).toBe(true);
    breakers.record(0, false, 1_050);
    expect(breakers.allows(0, 1_500)).toBe(false);
    for (let i = 0; i < 100; i += 1) breakers.record(1, false, i);
    expect(breakers.allows(1, 100)).toBe(true);
  });
});
