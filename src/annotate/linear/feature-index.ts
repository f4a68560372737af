/**
 * Maps 32-bit feature keys to dense row numbers: an open-addressing hash table over typed
 * arrays, several times faster than a Map and a fraction of its memory.
 */
export class FeatureIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private used = 0;

  constructor(capacity = 1 << 16) {
    const size = 1 << Math.ceil(Math.log2(Math.max(capacity * 2, 16)));
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.used;
  }

  /** The row of a key, or -1 when the key is unknown. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const row = this.rows[slot]!;
      if (row < 0) return -1;
      if (this.keys[slot] === key) return row;
    }
  }

  /** The row of a key, giving it the next row number when it is new. */
  getOrAdd(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    this.insert(key, this.used);
    return this.used++;
  }

  /** Every key with its row, for saving. */
  entries(): { keys: Uint32Array; rows: Int32Array } {
    const keys = new Uint32Array(this.used);
    const rows = new Int32Array(this.used);
    let n = 0;
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.rows[slot]! < 0) continue;
      keys[n] = this.keys[slot]!;
      rows[n] = this.rows[slot]!;
      n += 1;
    }
    return { keys, rows };
  }

  /** An index holding exactly the given keys, key i at row i. */
  static fromKeys(keys: Uint32Array): FeatureIndex {
    const index = new FeatureIndex(keys.length);
    for (let row = 0; row < keys.length; row++) index.insert(keys[row]!, row);
    index.used = keys.length;
    return index;
  }

  private insert(key: number, row: number): void {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.rows[slot]! >= 0) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  private grow(): void {
    const { keys, rows } = this.entries();
    this.keys = new Uint32Array(this.keys.length * 2);
    this.rows = new Int32Array(this.rows.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) this.insert(keys[i]!, rows[i]!);
  }
}
