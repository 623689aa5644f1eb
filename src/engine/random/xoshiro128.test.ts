import { describe, expect, it } from 'vitest';
import { Xoshiro128StarStar } from './xoshiro128';

/**
 * Reference: the C reference implementation of xoshiro128** (prng.di.unimi.it/xoshiro128starstar.c)
 * run from the state s = {1, 2, 3, 4}: result = rotl(s[1] * 5, 7) * 9 → rotl(10, 7) * 9 = 1280 * 9 = 11520.
 * The step leaves the state {7, 0, 1026, 12288} (t = 2 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
 * s2 ^= t; s3 = rotl(s3, 11)), whose s[1] = 0 gives a second output of 0.
 */
function fromState(s: [number, number, number, number]): Xoshiro128StarStar {
  const rng = new Xoshiro128StarStar(0);
  rng.setState(...s);
  return rng;
}

describe('Xoshiro128StarStar', () => {
  it('matches the reference algorithm from a known state', () => {
    const rng = fromState([1, 2, 3, 4]);
    expect(rng.nextUint32()).toBe(11520);
    expect(rng.nextUint32()).toBe(0);
  });

  it('agrees with an independent BigInt implementation for 1 000 outputs', () => {
    const mask = (1n << 32n) - 1n;
    const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & mask;
    const s = [5n, 17n, 123456789n, 987654321n];
    const rng = fromState([5, 17, 123456789, 987654321]);
    for (let i = 0; i < 1000; i += 1) {
      const expected = (rotl((s[1]! * 5n) & mask, 7n) * 9n) & mask;
      const t = (s[1]! << 9n) & mask;
      s[2]! ^= s[0]!;
      s[3]! ^= s[1]!;
      s[1]! ^= s[2]!;
      s[0]! ^= s[3]!;
      s[2]! ^= t;
      s[3] = rotl(s[3]!, 11n);
      expect(rng.nextUint32()).toBe(Number(expected));
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = new Xoshiro128StarStar(42);
    const b = new Xoshiro128StarStar(42);
    const c = new Xoshiro128StarStar(43);
    const seqA = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('gives uniform (0, 1] floats: mean 1/2 and variance 1/12 within 5 standard errors', () => {
    const rng = new Xoshiro128StarStar(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i += 1) {
      const u = rng.nextOpenUnit();
      if (!(u > 0 && u <= 1)) outside += 1;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // sd of a U(0,1) mean is sqrt(1/12/n) ≈ 6.5e-4 at n = 2e5.
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});
