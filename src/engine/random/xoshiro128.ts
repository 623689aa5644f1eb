/**
 * xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/), a seeded 32-bit generator with a
 * 2^128 − 1 period, seeded through splitmix32 so that nearby seeds give unrelated streams.
 * The engine never calls `Math.random`: every random stream is one of these, created from a seed,
 * so every run is reproducible (data/performance-anchors.md §5: 183 M u32/s via closure in Node 20).
 */
export class Xoshiro128StarStar {
  /**
   * The 128-bit state as four int32 words. A typed array, not four fields: half the words fall
   * outside V8's small integers, so fields would hold boxed numbers and a draw would cost about 3×.
   */
  private readonly state = new Int32Array(4);

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
    this.setState(next(), next(), next(), next());
  }

  /** Sets the state words (s0 … s3 of the reference implementation); the state must not be all zero. */
  setState(s0: number, s1: number, s2: number, s3: number): void {
    this.state[0] = s0;
    this.state[1] = s1;
    this.state[2] = s2;
    this.state[3] = s3;
  }

  /** Next unsigned 32-bit integer, uniform on [0, 2^32). */
  nextUint32(): number {
    const state = this.state;
    const s0 = state[0] as number;
    const s1 = state[1] as number;
    const s2 = (state[2] as number) ^ s0;
    const s3 = (state[3] as number) ^ s1;
    const m = Math.imul(s1, 5);
    state[0] = s0 ^ s3;
    state[1] = s1 ^ s2;
    state[2] = s2 ^ (s1 << 9);
    state[3] = (s3 << 11) | (s3 >>> 21);
    return Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
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
