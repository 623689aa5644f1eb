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

  /**
   * In-place complex FFT of length N/2 on the work buffers, whose input is already in bit-reversed
   * order (the callers write it there); `sign` −1 forward, +1 inverse (unscaled). Radix-2 stages,
   * two at a time: the four points a butterfly of stage L and one of stage 2L share are read and
   * written once for both, with the same operations in the same order as one stage after the other,
   * so the result is bit for bit that of the plain radix-2 transform, in half the passes over the data.
   */
  private complexTransform(sign: number): void {
    const m = this.half;
    const { zr, zi, cos, sin } = this;
    let length = 2;
    if ((Math.log2(m) & 1) === 1) {
      // An odd number of stages: the first one alone (twiddle 1 at length 2).
      const wr = cos[0]!;
      const wi = sign * sin[0]!;
      for (let a = 0; a < m; a += 2) {
        const b = a + 1;
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
      length = 4;
    }
    // Hot loops: every index below is within [0, m) by construction.
    for (; 2 * length <= m; length <<= 2) {
      // Stage `length` (butterflies p0–p1 and p2–p3, twiddle w1) then stage 2·length (p0–p2 with w2, p1–p3 with w3).
      const h = length >> 1;
      const stride = (2 * m) / length; // twiddles are tabulated for N = 2m points
      const wide = length << 1;
      for (let j = 0, t = 0; j < h; j += 1, t += stride) {
        const w1r = cos[t]!;
        const w1i = sign * sin[t]!;
        const t2 = t >> 1;
        const w2r = cos[t2]!;
        const w2i = sign * sin[t2]!;
        const t3 = t2 + (h * stride) / 2;
        const w3r = cos[t3]!;
        const w3i = sign * sin[t3]!;
        for (let p0 = j; p0 < m; p0 += wide) {
          const p1 = p0 + h;
          const p2 = p0 + length;
          const p3 = p2 + h;
          // Stage `length`, p0–p1.
          let xr = zr[p1]!;
          let xi = zi[p1]!;
          let vr = xr * w1r - xi * w1i;
          let vi = xr * w1i + xi * w1r;
          let ur = zr[p0]!;
          let ui = zi[p0]!;
          const a0r = ur + vr;
          const a0i = ui + vi;
          const a1r = ur - vr;
          const a1i = ui - vi;
          // Stage `length`, p2–p3.
          xr = zr[p3]!;
          xi = zi[p3]!;
          vr = xr * w1r - xi * w1i;
          vi = xr * w1i + xi * w1r;
          ur = zr[p2]!;
          ui = zi[p2]!;
          const a2r = ur + vr;
          const a2i = ui + vi;
          const a3r = ur - vr;
          const a3i = ui - vi;
          // Stage 2·length, p0–p2 and p1–p3.
          vr = a2r * w2r - a2i * w2i;
          vi = a2r * w2i + a2i * w2r;
          zr[p0] = a0r + vr;
          zi[p0] = a0i + vi;
          zr[p2] = a0r - vr;
          zi[p2] = a0i - vi;
          vr = a3r * w3r - a3i * w3i;
          vi = a3r * w3i + a3i * w3r;
          zr[p1] = a1r + vr;
          zi[p1] = a1i + vi;
          zr[p3] = a1r - vr;
          zi[p3] = a1i - vi;
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
    const { zr, zi, cos, sin, reversed } = this;
    const start = ((offset % n) + n) % n;
    for (let j = 0, i = start; j < m; j += 1) {
      const r = reversed[j]!;
      zr[r] = input[i]!;
      i = i + 1 === n ? 0 : i + 1;
      zi[r] = input[i]!;
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
    const { zr, zi, cos, sin, reversed } = this;
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
      const r = reversed[k]!;
      zr[r] = er - oi;
      zi[r] = ei + or;
    }
    this.complexTransform(1);
    const scale = 1 / m;
    for (let j = 0; j < m; j += 1) {
      output[2 * j] = zr[j]! * scale;
      output[2 * j + 1] = zi[j]! * scale;
    }
  }
}
