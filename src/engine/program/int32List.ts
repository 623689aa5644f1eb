/**
 * A growing list of 32-bit integers in one typed array: a program compile appends a few hundred
 * thousand numbers after a structural edit at 1 000 components, which plain arrays held as doubles and
 * copied again into typed arrays at the end.
 */
export class Int32List {
  private values: Int32Array;
  length = 0;

  constructor(initialCapacity = 256) {
    this.values = new Int32Array(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  /** The values pushed so far, as an array of their own. */
  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}
