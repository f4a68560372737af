/** A linear model as stored in a model file: typed arrays as base64. */
export interface StoredLinearModel {
  readonly classes: number;
  /** Feature keys, one per feature. */
  readonly keys: string;
  /** Where each feature's weights start in `weights`, plus the end. */
  readonly rowStart: string;
  /** Packed weights: class in the high 16 bits, the quantised weight (offset by 2^15) low. */
  readonly weights: string;
  /** Weight = (stored - 2^15) / scale. */
  readonly scale: number;
}

const OFFSET = 32768;
/** Slots per feature in the hash table: key, first weight, number of weights. */
const SLOT = 3;

/**
 * A trained linear classifier over integer feature keys, laid out for speed: one open-addressing
 * table whose slot holds a feature's key and where its weights are, and one array of packed
 * (class, weight) pairs, so scoring a feature costs about two memory reads. Weights are
 * quantised to 16 bits: a model is a quarter of its float64 size and scores the same.
 */
export class LinearModel {
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly invScale: number;

  private constructor(
    readonly classes: number,
    private readonly keys: Uint32Array,
    private readonly rowStart: Uint32Array,
    private readonly packed: Uint32Array,
    private readonly scale: number,
  ) {
    const size = 1 << Math.ceil(Math.log2(Math.max(keys.length * 2, 16)));
    this.mask = size - 1;
    this.table = new Uint32Array(size * SLOT);
    this.invScale = 1 / scale;
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row]! & this.mask;
      while (this.table[slot * SLOT + 2] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * SLOT] = keys[row]!;
      this.table[slot * SLOT + 1] = rowStart[row]!;
      this.table[slot * SLOT + 2] = rowStart[row + 1]! - rowStart[row]!;
    }
  }

  /** A model from sparse rows: for feature `keys[r]`, `labels[k]`/`weights[k]` for k in its row. */
  static fromRows(classes: number, keys: Uint32Array, rowStart: Int32Array, labels: Uint16Array, weights: Float32Array): LinearModel {
    let largest = 0;
    for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
    const scale = largest > 0 ? (OFFSET - 1) / largest : 1;
    const packed = new Uint32Array(weights.length);
    for (let k = 0; k < weights.length; k++) packed[k] = ((labels[k]! << 16) | (Math.round(weights[k]! * scale) + OFFSET)) >>> 0;
    return new LinearModel(classes, keys, Uint32Array.from(rowStart), packed, scale);
  }

  /** Number of features and of stored weights. */
  get size(): { features: number; weights: number } {
    return { features: this.keys.length, weights: this.packed.length };
  }

  /** Sets `scores` to the summed weights of the features. */
  score(keys: Uint32Array, count: number, scores: Float64Array | Float32Array): void {
    scores.fill(0);
    const { table, mask, packed, invScale } = this;
    for (let f = 0; f < count; f++) {
      const key = keys[f]!;
      let slot = key & mask;
      for (;;) {
        const base = slot * SLOT;
        const length = table[base + 2]!;
        if (length === 0) break;
        if (table[base] === key) {
          const start = table[base + 1]!;
          for (let k = start; k < start + length; k++) {
            const entry = packed[k]!;
            scores[entry >>> 16]! += ((entry & 0xffff) - OFFSET) * invScale;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /** The key of each feature, in row order. */
  get featureKeys(): Uint32Array {
    return this.keys;
  }

  /**
   * Visits every stored weight: its feature's row, its class and the weight as an integer
   * (stored - 2^15), i.e. the weight times `scale`. Integer sums of these are exact, so they
   * may be added in any order and grouping; and two classes whose integer sums differ are
   * ordered the same way by `score`, whose rounding errors stay far below one step of the
   * integers. Only where two sums are equal may `score` order them either way, so a caller that
   * must choose exactly as `score` does asks `score` then (DenseScorer, Parser).
   */
  forEachWeight(visit: (row: number, label: number, weight: number) => void): void {
    for (let row = 0; row < this.keys.length; row++) {
      for (let k = this.rowStart[row]!; k < this.rowStart[row + 1]!; k++) {
        const entry = this.packed[k]!;
        visit(row, entry >>> 16, (entry & 0xffff) - OFFSET);
      }
    }
  }

  toStored(): StoredLinearModel {
    return { classes: this.classes, keys: base64(this.keys), rowStart: base64(this.rowStart), weights: base64(this.packed), scale: this.scale };
  }

  static fromStored(stored: StoredLinearModel): LinearModel {
    return new LinearModel(stored.classes, new Uint32Array(bytes(stored.keys)), new Uint32Array(bytes(stored.rowStart)), new Uint32Array(bytes(stored.weights)), stored.scale);
  }
}

function base64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The bytes of a base64 string in a fresh, aligned buffer (typed arrays need alignment). */
function bytes(text: string): ArrayBuffer {
  const buffer = Buffer.from(text, 'base64');
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}
