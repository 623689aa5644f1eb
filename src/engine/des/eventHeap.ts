/**
 * The pending-event set of the discrete-event simulator: a 4-ary min-heap of (time, sequence, payload)
 * records ordered by (time, sequence), so events at the same time leave in the order they were
 * scheduled (FIFO tie-break) and a run is deterministic. Each record is 16 bytes of one buffer —
 * a float64 time, then the uint32 insertion sequence and the uint32 payload (the caller's event code:
 * what happens, to which entity) — so a node's four children share a cache line and a pop touches a
 * few lines per level; four children per node halve the levels a pop sifts through. Push and pop are
 * O(log n) with no allocation once grown (`replaceTop` pops and pushes in one sift); the buffer doubles when full. (time, sequence) orders events
 * totally, so the order they leave in does not depend on the heap's shape.
 */
export class EventHeap {
  /** Record i: time at `times[2i]`; sequence and payload at `codes[4i + 2]` and `codes[4i + 3]`. */
  private times: Float64Array;
  private codes: Uint32Array;
  private capacity: number;
  private count = 0;
  private nextSequence = 0;
  /** Time of the event last popped (the simulation clock), in the caller's unit. */
  lastTime = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(2, initialCapacity);
    const buffer = new ArrayBuffer(this.capacity * 16);
    this.times = new Float64Array(buffer);
    this.codes = new Uint32Array(buffer);
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
    if (this.count === this.capacity) this.grow();
    const times = this.times;
    const codes = this.codes;
    const sequence = this.nextSequence;
    this.nextSequence = (sequence + 1) >>> 0;
    let i = this.count;
    this.count = i + 1;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const parentTime = times[2 * parent] as number;
      if (parentTime < time || (parentTime === time && (codes[4 * parent + 2] as number) < sequence)) break;
      times[2 * i] = parentTime;
      codes[4 * i + 2] = codes[4 * parent + 2] as number;
      codes[4 * i + 3] = codes[4 * parent + 3] as number;
      i = parent;
    }
    times[2 * i] = time;
    codes[4 * i + 2] = sequence;
    codes[4 * i + 3] = payload;
  }

  /** Payload of the earliest pending event, left in place (the heap must not be empty). */
  peekPayload(): number {
    return this.codes[3] as number;
  }

  /** Removes the earliest event, sets `lastTime` to its time and returns its payload (the heap must not be empty). */
  pop(): number {
    const top = this.codes[3] as number;
    this.lastTime = this.times[0] as number;
    const n = this.count - 1;
    this.count = n;
    if (n > 0) this.siftDown(this.times[2 * n] as number, this.codes[4 * n + 2] as number, this.codes[4 * n + 3] as number);
    return top;
  }

  /**
   * `pop()` then `push(time, payload)` in one pass (the hold operation: an event that schedules the
   * next of its kind): the new record takes the earliest one's place and sifts down once, where a pop
   * and a push would sift the last record down and the new one up. The same events leave in the same
   * order as with the two calls; the heap must not be empty.
   */
  replaceTop(time: number, payload: number): number {
    const top = this.codes[3] as number;
    this.lastTime = this.times[0] as number;
    const sequence = this.nextSequence;
    this.nextSequence = (sequence + 1) >>> 0;
    this.siftDown(time, sequence, payload);
    return top;
  }

  /** Places the record (time, sequence, payload) at the root's free slot and moves it down to where it belongs among `count` records. */
  private siftDown(time: number, sequence: number, payload: number): void {
    const times = this.times;
    const codes = this.codes;
    const n = this.count;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      // The earliest of the (up to four) children.
      let child = first;
      let childTime = times[2 * first] as number;
      const end = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < end; c += 1) {
        const t = times[2 * c] as number;
        if (t < childTime || (t === childTime && (codes[4 * c + 2] as number) < (codes[4 * child + 2] as number))) {
          child = c;
          childTime = t;
        }
      }
      if (time < childTime || (time === childTime && sequence < (codes[4 * child + 2] as number))) break;
      times[2 * i] = childTime;
      codes[4 * i + 2] = codes[4 * child + 2] as number;
      codes[4 * i + 3] = codes[4 * child + 3] as number;
      i = child;
    }
    times[2 * i] = time;
    codes[4 * i + 2] = sequence;
    codes[4 * i + 3] = payload;
  }

  private grow(): void {
    this.capacity *= 2;
    const buffer = new ArrayBuffer(this.capacity * 16);
    new Uint8Array(buffer).set(new Uint8Array(this.times.buffer));
    this.times = new Float64Array(buffer);
    this.codes = new Uint32Array(buffer);
  }
}
