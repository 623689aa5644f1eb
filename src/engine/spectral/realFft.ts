/**
 * Discrete Fourier transform of real sequences of power-of-two length N ≥ 4, through one complex FFT
 * of length N/2 (the even samples as real parts, the odd ones as imaginary parts; Press et al.,
 * Numerical Recipes 3rd ed. §12.3.2). Only X₀ … X_{N/2} are produced or read: a real sequence has
 * X_{N−k} = conj(X_k). Forward: X_k = Σ xₙ e^{−2πikn/N}; inverse: xₙ = (1/N) Σ X_k e^{+2πikn/N}.
 * Half the work of a complex FFT of length N; buffers are allocated once per instance.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  /** cos and sin of 2πj/N, j < N/2: the complex FFT of length N/2 uses every other one. */
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly reversed: Int32Array;
  private readonly zr: Float64Array;
  private readonly zi: Float64Array;

  constructor(size: number) {
    if (size < 4 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4, got ${size}`);
    this.size = size;
    const half = size / 2;
    this.half = half;
    this.cos = new Float64Array(half);
    this.sin = new Float64Array(half);
    for (let j = 0; j < half; j += 1) {
      this.cos[j] = Math.cos((2 * Math.PI * j) / size);
      this.sin[j] = Math.sin((2 * Math.PI * j) / size);
    }
    this.reversed = new Int32Array(half);
    const bits = Math.log2(half);
    for (let i = 0; i < half; i += 1) {
      let r = 0;
      for (let b = 0; b < bits; b += 1) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
    this.zr = new Float64Array(half);
    this.zi = new Float64Array(half);
  }

  /** In-place complex FFT of length N/2 on the work buffers; `sign` −1 forward, +1 inverse (unscaled). */
  private complexTransform(sign: number): void {
    const m = this.half;
    const { zr, zi, reversed, cos, sin } = this;
    // Hot loops: every index below is within [0, m) by construction.
    for (let i = 0; i < m; i += 1) {
      const j = reversed[i]!;
      if (j > i) {
        const tr = zr[i]!;
        zr[i] = zr[j]!;
        zr[j] = tr;
        const ti = zi[i]!;
        zi[i] = zi[j]!;
        zi[j] = ti;
      }
    }
    for (let length = 2; length <= m; length <<= 1) {
      const halfLength = length >> 1;
      const stride = (2 * m) / length; // twiddles are tabulated for N = 2m points
      for (let j = 0, t = 0; j < halfLength; j += 1, t += stride) {
        const wr = cos[t]!;
        const wi = sign * sin[t]!;
        for (let a = j; a < m; a += length) {
          const b = a + halfLength;
          const xr = zr[b]!;
          const xi = zi[b]!;
          const vr = xr * wr - xi * wi;
          const vi = xr * wi + xi * wr;
          const ur = zr[a]!;
          const ui = zi[a]!;
          zr[a] = ur + vr;
          zi[a] = ui + vi;
          zr[b] = ur - vr;
          zi[b] = ui - vi;
        }
      }
    }
  }

  /**
   * Forward transform of `input[offset + n]`, n < N (indices taken modulo N, so a window may start
   * anywhere on a circular grid), into `re[base + k]`, `im[base + k]`, k = 0 … N/2.
   */
  forward(input: Float64Array, offset: number, re: Float64Array, im: Float64Array, base: number): void {
    const n = this.size;
    const m = this.half;
    const { zr, zi, cos, sin } = this;
    const start = ((offset % n) + n) % n;
    for (let j = 0, i = start; j < m; j += 1) {
      zr[j] = input[i]!;
      i = i + 1 === n ? 0 : i + 1;
      zi[j] = input[i]!;
      i = i + 1 === n ? 0 : i + 1;
    }
    this.complexTransform(-1);
    // X_k = E_k + W^k O_k with E_k = (Z_k + conj Z_{m−k}) / 2, O_k = (Z_k − conj Z_{m−k}) / 2i, W = e^{−2πi/N}.
    re[base] = zr[0]! + zi[0]!;
    im[base] = 0;
    re[base + m] = zr[0]! - zi[0]!;
    im[base + m] = 0;
    for (let k = 1; k < m; k += 1) {
      const ar = zr[k]!;
      const ai = zi[k]!;
      const br = zr[m - k]!;
      const bi = -zi[m - k]!;
      const er = (ar + br) / 2;
      const ei = (ai + bi) / 2;
      // (Z_k − conj Z_{m−k}) / 2i = (d_i − i·d_r) / 2 with d = Z_k − conj Z_{m−k}.
      const or = (ai - bi) / 2;
      const oi = -(ar - br) / 2;
      const wr = cos[k]!;
      const wi = -sin[k]!;
      re[base + k] = er + (or * wr - oi * wi);
      im[base + k] = ei + (or * wi + oi * wr);
    }
  }

  /**
   * Inverse transform of the half spectrum `re[base + k]`, `im[base + k]` (k = 0 … N/2; the imaginary
   * parts of X₀ and X_{N/2} are ignored, as for any real sequence) into `output[0 … N)`, scaled by 1/N.
   */
  inverse(re: Float64Array, im: Float64Array, base: number, output: Float64Array): void {
    const m = this.half;
    const { zr, zi, cos, sin } = this;
    // E_k = (X_k + conj X_{m−k}) / 2, O_k = (X_k − conj X_{m−k}) · e^{+2πik/N} / 2; Z_k = E_k + i·O_k.
    for (let k = 0; k < m; k += 1) {
      const ar = re[base + k]!;
      const ai = k === 0 ? 0 : im[base + k]!;
      const br = re[base + m - k]!;
      const bi = k === 0 ? 0 : -im[base + m - k]!;
      const er = (ar + br) / 2;
      const ei = (ai + bi) / 2;
      const dr = (ar - br) / 2;
      const di = (ai - bi) / 2;
      const wr = cos[k]!;
      const wi = sin[k]!;
      const or = dr * wr - di * wi;
      const oi = dr * wi + di * wr;
      zr[k] = er - oi;
      zi[k] = ei + or;
    }
    this.complexTransform(1);
    const scale = 1 / m;
    for (let j = 0; j < m; j += 1) {
      output[2 * j] = zr[j]! * scale;
      output[2 * j + 1] = zi[j]! * scale;
    }
  }
}
