/**
 * In-place iterative radix-2 Cooley–Tukey FFT of a complex sequence of power-of-two length
 * (Cooley & Tukey 1965). Forward: X_k = Σ x_n e^{−2πikn/N}; inverse: x_n = (1/N) Σ X_k e^{+2πikn/N}.
 */
export class Fft {
  readonly size: number;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly reversed: Uint32Array;

  constructor(size: number) {
    if (size < 2 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 2, got ${size}`);
    this.size = size;
    this.cos = new Float64Array(size / 2);
    this.sin = new Float64Array(size / 2);
    for (let j = 0; j < size / 2; j += 1) {
      this.cos[j] = Math.cos((2 * Math.PI * j) / size);
      this.sin[j] = Math.sin((2 * Math.PI * j) / size);
    }
    this.reversed = new Uint32Array(size);
    const bits = Math.log2(size);
    for (let i = 0; i < size; i += 1) {
      let r = 0;
      for (let b = 0; b < bits; b += 1) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
  }

  /** Transforms `re`, `im` (length `size`) in place; `inverse` includes the 1/N factor. */
  transform(re: Float64Array, im: Float64Array, inverse: boolean): void {
    const n = this.size;
    for (let i = 0; i < n; i += 1) {
      const j = this.reversed[i] ?? 0;
      if (j > i) {
        const tr = re[i] ?? 0;
        re[i] = re[j] ?? 0;
        re[j] = tr;
        const ti = im[i] ?? 0;
        im[i] = im[j] ?? 0;
        im[j] = ti;
      }
    }
    const sign = inverse ? 1 : -1;
    for (let length = 2; length <= n; length <<= 1) {
      const half = length >> 1;
      const stride = n / length;
      for (let start = 0; start < n; start += length) {
        for (let j = 0; j < half; j += 1) {
          const wr = this.cos[j * stride] ?? 1;
          const wi = sign * (this.sin[j * stride] ?? 0);
          const a = start + j;
          const b = a + half;
          const xr = re[b] ?? 0;
          const xi = im[b] ?? 0;
          const vr = xr * wr - xi * wi;
          const vi = xr * wi + xi * wr;
          const ur = re[a] ?? 0;
          const ui = im[a] ?? 0;
          re[a] = ur + vr;
          im[a] = ui + vi;
          re[b] = ur - vr;
          im[b] = ui - vi;
        }
      }
    }
    if (inverse) {
      for (let i = 0; i < n; i += 1) {
        re[i] = (re[i] ?? 0) / n;
        im[i] = (im[i] ?? 0) / n;
      }
    }
  }
}
