/**
 * xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/), a seeded 32-bit generator with a
 * 2^128 − 1 period, seeded through splitmix32 so that nearby seeds give unrelated streams.
 * The engine never calls `Math.random`: every random stream is one of these, created from a seed,
 * so every run is reproducible (data/performance-anchors.md §5: 183 M u32/s via closure in Node 20).
 */
export class Xoshiro128StarStar {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed any integer; its low 32 bits seed splitmix32, which fills the 128-bit state. */
  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** Next unsigned 32-bit integer, uniform on [0, 2^32). */
  nextUint32(): number {
    const m = Math.imul(this.s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Next float uniform on (0, 1] (never 0, so `Math.log(u)` is always finite): (u32 + 1) / 2^32. */
  nextOpenUnit(): number {
    return (this.nextUint32() + 1) * 2.3283064365386963e-10;
  }
}

/** A seeded xoshiro128** stream (see {@link Xoshiro128StarStar}). */
export function createRandomStream(seed: number): Xoshiro128StarStar {
  return new Xoshiro128StarStar(seed);
}
