/**
 * The pending-event set of the discrete-event simulator: a binary min-heap kept in typed arrays —
 * `Float64Array` times, `Uint32Array` insertion sequence numbers and `Uint32Array` payloads — ordered by
 * (time, sequence), so events at the same time leave in the order they were scheduled (FIFO tie-break)
 * and a run is deterministic. Push and pop are O(log n) with no allocation once grown; the arrays
 * double when full. A payload is the caller's event code (what happens, to which entity).
 */
export class EventHeap {
  private times: Float64Array;
  private sequences: Uint32Array;
  private payloads: Uint32Array;
  private count = 0;
  private nextSequence = 0;
  /** Time of the event last popped (the simulation clock), in the caller's unit. */
  lastTime = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(2, initialCapacity);
    this.times = new Float64Array(capacity);
    this.sequences = new Uint32Array(capacity);
    this.payloads = new Uint32Array(capacity);
  }

  /** Events pending. */
  get size(): number {
    return this.count;
  }

  /** Time of the earliest pending event (Infinity when empty). */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY;
  }

  /** Schedules `payload` (an unsigned 32-bit code) at `time`. */
  push(time: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const sequences = this.sequences;
    const sequence = this.nextSequence;
    this.nextSequence = (sequence + 1) >>> 0;
    let i = this.count;
    this.count = i + 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTime = times[parent] as number;
      if (parentTime < time || (parentTime === time && (sequences[parent] as number) < sequence)) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(i, time, sequence, payload);
  }

  /** Removes the earliest event, sets `lastTime` to its time and returns its payload (the heap must not be empty). */
  pop(): number {
    const times = this.times;
    const sequences = this.sequences;
    const payloads = this.payloads;
    const top = payloads[0] as number;
    this.lastTime = times[0] as number;
    const n = this.count - 1;
    this.count = n;
    if (n === 0) return top;
    const time = times[n] as number;
    const sequence = sequences[n] as number;
    const payload = payloads[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const ct = times[child] as number;
        const rt = times[right] as number;
        if (rt < ct || (rt === ct && (sequences[right] as number) < (sequences[child] as number))) child = right;
      }
      const childTime = times[child] as number;
      if (time < childTime || (time === childTime && sequence < (sequences[child] as number))) break;
      this.move(child, i);
      i = child;
    }
    this.place(i, time, sequence, payload);
    return top;
  }

  private move(from: number, to: number): void {
    this.place(to, this.times[from] as number, this.sequences[from] as number, this.payloads[from] as number);
  }

  private place(i: number, time: number, sequence: number, payload: number): void {
    this.times[i] = time;
    this.sequences[i] = sequence;
    this.payloads[i] = payload;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const sequences = new Uint32Array(capacity);
    const payloads = new Uint32Array(capacity);
    times.set(this.times);
    sequences.set(this.sequences);
    payloads.set(this.payloads);
    this.times = times;
    this.sequences = sequences;
    this.payloads = payloads;
  }
}
