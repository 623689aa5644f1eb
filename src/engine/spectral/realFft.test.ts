import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random';
import { RealFft } from './realFft';

/** The definition, O(N²): X_k = Σ xₙ e^{−2πikn/N}. */
function naiveDft(x: Float64Array, k: number): [number, number] {
  let re = 0;
  let im = 0;
  x.forEach((value, n) => {
    re += value * Math.cos((2 * Math.PI * k * n) / x.length);
    im -= value * Math.sin((2 * Math.PI * k * n) / x.length);
  });
  return [re, im];
}

describe('RealFft', () => {
  const random = createRandomStream(7);

  it.each([4, 8, 64, 512])('matches the DFT definition and inverts it exactly (N = %i)', (size) => {
    const fft = new RealFft(size);
    const x = Float64Array.from({ length: size }, () => random.nextOpenUnit() - 0.5);
    const re = new Float64Array(size / 2 + 1);
    const im = new Float64Array(size / 2 + 1);
    fft.forward(x, 0, re, im, 0);
    for (let k = 0; k <= size / 2; k += 1) {
      const [r, i] = naiveDft(x, k);
      expect(re[k]).toBeCloseTo(r, 10);
      expect(im[k]).toBeCloseTo(i, 10);
    }
    const back = new Float64Array(size);
    fft.inverse(re, im, 0, back);
    back.forEach((value, n) => expect(value).toBeCloseTo(x[n] ?? 0, 12));
  });

  it('reads a window of a circular grid: offset n₀ rotates the input', () => {
    const fft = new RealFft(16);
    const x = Float64Array.from({ length: 16 }, (_, n) => n * n);
    const rotated = Float64Array.from({ length: 16 }, (_, n) => x[(n + 5) % 16] ?? 0);
    const [a, b] = [new Float64Array(18), new Float64Array(18)];
    fft.forward(x, -11, a, b, 9); // −11 ≡ 5 (mod 16), written at base 9
    const [c, d] = [new Float64Array(9), new Float64Array(9)];
    fft.forward(rotated, 0, c, d, 0);
    for (let k = 0; k < 9; k += 1) {
      expect(a[9 + k]).toBeCloseTo(c[k] ?? 0, 9);
      expect(b[9 + k]).toBeCloseTo(d[k] ?? 0, 9);
    }
  });
});
