/**
 * Distinct (threshold, children) keys of threshold gates, numbered in the order they were added and
 * kept flat (CSR), found again by a numeric hash: `FaultTreeBuilder` hash-conses its gates with one,
 * and a 1 000-component fault tree has thousands of gates per build, for which key strings would
 * cost more than the rest of the build.
 */
export class GateKeyTable {
  readonly thresholds: number[] = [];
  /** Per key: first entry in `children`; one more entry than keys. */
  readonly childStart: number[] = [0];
  readonly children: number[] = [];
  /** Open addressing, −1 = empty slot. */
  private slots = new Int32Array(1024).fill(-1);

  /** Number of the key (threshold, children), or −1 when it was never added. */
  find(threshold: number, children: readonly number[]): number {
    const mask = this.slots.length - 1;
    for (let slot = keyHash(threshold, children, 0, children.length) & mask; ; slot = (slot + 1) & mask) {
      const key = this.slots[slot] as number;
      if (key < 0 || this.equals(key, threshold, children)) return key;
    }
  }

  /** Adds the key (threshold, children), which must not be there yet; returns its number. */
  add(threshold: number, children: readonly number[]): number {
    const key = this.thresholds.length;
    this.thresholds.push(threshold);
    for (const child of children) this.children.push(child);
    this.childStart.push(this.children.length);
    if (2 * this.thresholds.length > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length).fill(-1);
      for (let k = 0; k <= key; k += 1) this.place(k);
    } else {
      this.place(key);
    }
    return key;
  }

  private place(key: number): void {
    const mask = this.slots.length - 1;
    let slot = keyHash(this.thresholds[key] as number, this.children, this.childStart[key] as number, this.childStart[key + 1] as number) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = key;
  }

  private equals(key: number, threshold: number, children: readonly number[]): boolean {
    const start = this.childStart[key] as number;
    if (this.thresholds[key] !== threshold || (this.childStart[key + 1] as number) - start !== children.length) return false;
    for (let k = 0; k < children.length; k += 1) if (this.children[start + k] !== children[k]) return false;
    return true;
  }
}

function keyHash(threshold: number, children: readonly number[], start: number, end: number): number {
  let hash = Math.imul(threshold, 0x9e3779b1);
  for (let k = start; k < end; k += 1) hash = Math.imul(hash ^ (children[k] as number), 0x85ebca77) ^ (hash >>> 13);
  return hash;
}
