import { RealFft } from './realFft';

interface GridTables {
  fft: RealFft;
  cos: Float64Array;
  sin: Float64Array;
}

/** Twiddle tables per grid size, built once: cos(2πj/N), sin(2πj/N). */
const tablesBySize = new Map<number, GridTables>();

function gridTables(size: number): GridTables {
  const cached = tablesBySize.get(size);
  if (cached) return cached;
  const cos = new Float64Array(size);
  const sin = new Float64Array(size);
  for (let j = 0; j < size; j += 1) {
    cos[j] = Math.cos((2 * Math.PI * j) / size);
    sin[j] = Math.sin((2 * Math.PI * j) / size);
  }
  const tables = { fft: new RealFft(size), cos, sin };
  tablesBySize.set(size, tables);
  return tables;
}

/**
 * Storage of half spectra (k = 0 … N/2) of real sequences on a circular grid of N points, in slots
 * of one growing pair of arrays, with each slot's time-domain sequence computed on demand and kept
 * while the slot lives. Slots are recycled: a caller that keeps some results and drops the rest
 * opens a scope (`openScope`), and `closeScope` frees every slot allocated since except the one it
 * keeps; `release` frees a kept slot. A slot's contents never change while it is allocated.
 */
export class SpectralArena {
  readonly size: number;
  readonly half: number;
  readonly fft: RealFft;
  readonly cos: Float64Array;
  readonly sin: Float64Array;
  re: Float64Array;
  im: Float64Array;
  private capacity: number;
  private used = 0;
  private readonly freeSlots: number[] = [];
  private readonly allocationLog: number[] = [];
  private scopes = 0;
  /** Time-domain sequence of each slot, once asked for: grid point g at index (g − sequenceStart) mod N. */
  private readonly sequences: Array<Float64Array | undefined> = [];
  private sequenceStart = new Int32Array(0);
  private readonly spareSequences: Float64Array[] = [];
  /** Work buffers of N points, reused across calls. */
  private readonly buffers: Array<Float64Array | undefined> = [];

  constructor(size: number, expectedSlots: number) {
    this.size = size;
    this.half = size / 2 + 1;
    const tables = gridTables(size);
    this.fft = tables.fft;
    this.cos = tables.cos;
    this.sin = tables.sin;
    this.capacity = Math.max(8, expectedSlots);
    this.re = new Float64Array(this.half * this.capacity);
    this.im = new Float64Array(this.half * this.capacity);
  }

  /** A fresh slot (its contents are the caller's to write). */
  allocate(): number {
    let slot = this.freeSlots.pop();
    if (slot === undefined) {
      slot = this.used;
      this.used += 1;
      if (this.used > this.capacity) {
        this.capacity *= 2;
        const re = new Float64Array(this.half * this.capacity);
        const im = new Float64Array(this.half * this.capacity);
        re.set(this.re);
        im.set(this.im);
        this.re = re;
        this.im = im;
      }
    }
    if (this.scopes > 0) this.allocationLog.push(slot);
    return slot;
  }

  /** A slot outside every scope (never freed by `closeScope`). */
  allocatePermanent(): number {
    const scopes = this.scopes;
    this.scopes = 0;
    const slot = this.allocate();
    this.scopes = scopes;
    return slot;
  }

  private free(slot: number): void {
    const sequence = this.sequences[slot];
    if (sequence) {
      this.spareSequences.push(sequence);
      this.sequences[slot] = undefined;
    }
    this.freeSlots.push(slot);
  }

  /** Starts recording allocations; returns the mark to pass to `closeScope`. */
  openScope(): number {
    this.scopes += 1;
    return this.allocationLog.length;
  }

  /**
   * Frees every slot allocated since `mark` except `keep` (a slot to hand on, or −1). Returns true
   * when `keep` was allocated in the scope (the caller now owns it), false when it is older or shared.
   * `forever`: `keep` stays out of every enclosing scope too, like a permanent slot.
   */
  closeScope(mark: number, keep: number, forever = false): boolean {
    let kept = false;
    for (let i = mark; i < this.allocationLog.length; i += 1) {
      const slot = this.allocationLog[i] ?? -1;
      if (slot === keep) kept = true;
      else this.free(slot);
    }
    this.allocationLog.length = mark;
    this.scopes -= 1;
    if (this.scopes > 0 && kept && !forever) this.allocationLog.push(keep);
    return kept;
  }

  /** Returns a slot kept from a closed scope to the free list. */
  release(slot: number): void {
    if (slot >= 0) this.free(slot);
  }

  /** Slots in the arena (kept, free or permanent). */
  get slotCount(): number {
    return this.used;
  }

  /** Work buffer `index` (N points). */
  buffer(index: number): Float64Array {
    let buffer = this.buffers[index];
    if (!buffer) {
      buffer = this.spareSequences.pop() ?? new Float64Array(this.size);
      this.buffers[index] = buffer;
    }
    return buffer;
  }

  private setSequence(slot: number, values: Float64Array, start: number): void {
    if (slot >= this.sequenceStart.length) {
      const grown = new Int32Array(Math.max(64, 2 * slot + 2));
      grown.set(this.sequenceStart);
      this.sequenceStart = grown;
    }
    this.sequences[slot] = values;
    this.sequenceStart[slot] = start;
  }

  /** The time-domain sequence of `slot` (inverse FFT, computed once per slot); see `sequenceOffset`. */
  sequence(slot: number): Float64Array {
    let sequence = this.sequences[slot];
    if (!sequence) {
      sequence = this.spareSequences.pop() ?? new Float64Array(this.size);
      this.fft.inverse(this.re, this.im, slot * this.half, sequence);
      this.setSequence(slot, sequence, 0);
    }
    return sequence;
  }

  /** Grid point of `sequence(slot)[0]`. */
  sequenceOffset(slot: number): number {
    return this.sequenceStart[slot] ?? 0;
  }

  /**
   * Stores, in a new slot, the transform of work buffer `buffer` read as values at grid points
   * `start`, `start + 1`, … (circularly). The buffer becomes the slot's time-domain sequence (it is
   * replaced by a fresh one), so nothing is copied.
   */
  fromBuffer(buffer: number, start: number): number {
    const slot = this.allocate();
    const values = this.buffer(buffer);
    this.fft.forward(values, -start, this.re, this.im, slot * this.half);
    this.buffers[buffer] = undefined;
    this.setSequence(slot, values, start);
    return slot;
  }
}
