/** A map from triples of non-negative integers to integers (open addressing, grows at half load): no key objects or strings. */
export class TripleMap {
  private first = new Int32Array(1024).fill(-1);
  private second = new Int32Array(1024);
  private third = new Int32Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  /** The value stored for (a, b, c), or −1 when there is none. */
  get(a: number, b: number, c: number): number {
    const mask = this.first.length - 1;
    for (let slot = hash3(a, b, c) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.first[slot] as number;
      if (stored < 0) return -1;
      if (stored === a && this.second[slot] === b && this.third[slot] === c) return this.values[slot] as number;
    }
  }

  /** Stores `value` for (a, b, c), which must not be there yet. */
  set(a: number, b: number, c: number, value: number): void {
    this.count += 1;
    if (2 * this.count > this.first.length) this.grow();
    this.place(a, b, c, value);
  }

  /** The entries whose numbers `newNumber` maps to ≥ 0, mapped; the others dropped. The values are numbers to map too unless `renumberValues` is false. */
  remapped(newNumber: Int32Array, renumberValues = true): TripleMap {
    const map = new TripleMap();
    const renumber = (n: number) => newNumber[n] as number;
    this.first.forEach((a, slot) => {
      if (a < 0) return;
      const stored = this.values[slot] as number;
      const [x, y, z, value] = [renumber(a), renumber(this.second[slot] as number), renumber(this.third[slot] as number), renumberValues ? renumber(stored) : stored];
      if (x >= 0 && y >= 0 && z >= 0 && value >= 0) map.set(x, y, z, value);
    });
    return map;
  }

  private place(a: number, b: number, c: number, value: number): void {
    const mask = this.first.length - 1;
    let slot = hash3(a, b, c) & mask;
    while ((this.first[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.first[slot] = a;
    this.second[slot] = b;
    this.third[slot] = c;
    this.values[slot] = value;
  }

  private grow(): void {
    const { first, second, third, values } = this;
    const size = 2 * first.length;
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.third = new Int32Array(size);
    this.values = new Int32Array(size);
    first.forEach((a, slot) => {
      if (a >= 0) this.place(a, second[slot] as number, third[slot] as number, values[slot] as number);
    });
  }
}

/** A well-mixed 32-bit hash of three integers. */
export function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
