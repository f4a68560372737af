import type { LinearModel } from './linear-model.ts';
import {
  add, and, block, br, brIf, eq, eqz, geU, get, i32, i32x4Add, i32x4ExtendHighI16x8S, i32x4ExtendLowI16x8S, load, loop, mul, set,
  shl, v128Load, v128Store, wasmModule, when, type Code,
} from './wasm-module.ts';

/** Classes summed by one SIMD step: eight 16-bit weights. */
const LANES = 8;
/** Bytes of a hash-table slot: the feature key and its row number + 1 (0: empty slot). */
const SLOT_BYTES = 8;

// The kernel's parameters and locals; the v128 locals after them are the running sums.
const [TABLE, MASK, ROWS, ROW_BYTES, KEYS, COUNT, OUT] = [0, 1, 2, 3, 4, 5, 6];
const [END, KEY, SLOT, BASE, P, V] = [7, 8, 9, 10, 11, 12];
const FIRST_SUM = 13;
const I32_LOCALS = 5;

/**
 * The kernel for rows of `steps` x 8 classes. For each of `count` feature keys at KEYS: find
 * the key in the hash table at TABLE; when it is there, add its row of 16-bit weights
 * (ROW_BYTES each, row r at ROWS + r * ROW_BYTES) to the 32-bit sums, eight classes a step.
 * The sums stay in locals (registers, mostly) until the last key, and are then stored at OUT:
 * one store per class and call instead of a load and a store per class and feature.
 */
function addRowsKernel(steps: number): Uint8Array {
  const sum = (k: number): number => FIRST_SUM + k;
  const addRow: Code[] = [];
  for (let step = 0; step < steps; step++) {
    addRow.push(
      set(V, v128Load(get(P), step * 16)),
      set(sum(2 * step), i32x4Add(get(sum(2 * step)), i32x4ExtendLowI16x8S(get(V)))),
      set(sum(2 * step + 1), i32x4Add(get(sum(2 * step + 1)), i32x4ExtendHighI16x8S(get(V)))),
    );
  }
  const store: Code[] = [];
  for (let k = 0; k < 2 * steps; k++) store.push(v128Store(get(OUT), get(sum(k)), k * 16));
  const body: Code = [
    ...set(END, add(get(KEYS), shl(get(COUNT), i32(2)))),
    ...block(loop(
      brIf(1, geU(get(KEYS), get(END))),
      set(KEY, load(get(KEYS))),
      set(SLOT, and(get(KEY), get(MASK))),
      block(loop(
        set(BASE, add(get(TABLE), shl(get(SLOT), i32(3)))),
        set(P, load(get(BASE), 4)),
        brIf(1, eqz(get(P))),
        when(eq(load(get(BASE)), get(KEY)),
          set(P, add(get(ROWS), mul(get(P), get(ROW_BYTES)))),
          ...addRow,
          br(2),
        ),
        set(SLOT, and(add(get(SLOT), i32(1)), get(MASK))),
        br(0),
      )),
      set(KEYS, add(get(KEYS), i32(4))),
      br(0),
    )),
    ...store.flat(),
  ];
  return wasmModule([{ name: 'addRows', params: 7, locals: { i32: I32_LOCALS, v128: 1 + 2 * steps }, body }]);
}

/** The part of the WebAssembly API used here (the project's TypeScript libraries have no DOM
 * types, which declare it). */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
/** Whether this engine runs the kernel (WebAssembly with 128-bit SIMD). */
const SUPPORTED = wasm !== undefined && wasm.validate(addRowsKernel(1));

const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * A linear model's exact integer scores (LinearModel.find explains why they may stand in for
 * its floating-point ones), computed by a WebAssembly SIMD kernel over dense rows of 16-bit
 * weights: a row of every class per feature, so eight classes are summed in one step instead
 * of one weight at a time. Worth it for a model whose features carry weights for many of its
 * classes (the parser: 38 of 76 on average); the rows cost `classes` x 2 bytes per feature.
 *
 * Write up to `capacity` feature keys into `keys`, call `score(count)`, read `scores`.
 */
export class DenseScorer {
  /** Where the caller writes the feature keys (a view of the kernel's memory). */
  readonly keys: Uint32Array;
  /** The exact score of every class after `score` (a view of the kernel's memory). */
  readonly scores: Int32Array;
  private readonly sums: Int32Array;
  private readonly run: (count: number) => void;

  private constructor(model: LinearModel, capacity: number) {
    const width = Math.ceil(model.classes / LANES) * LANES;
    const features = model.featureKeys;
    const slots = 1 << Math.ceil(Math.log2(Math.max(features.length * 2, 16)));
    const rowBytes = width * 2;
    const tableAt = 0;
    const rowsAt = align16(tableAt + slots * SLOT_BYTES);
    const keysAt = align16(rowsAt + (features.length + 1) * rowBytes);
    const outAt = align16(keysAt + capacity * 4);
    const memory = new wasm!.Memory({ initial: Math.ceil((outAt + width * 4) / 65536) });
    const table = new Uint32Array(memory.buffer, tableAt, slots * 2);
    // Row r + 1 holds feature r's weights; row 0 is never read (0 marks an empty slot).
    const rows = new Int16Array(memory.buffer, rowsAt, (features.length + 1) * width);
    const mask = slots - 1;
    for (let row = 0; row < features.length; row++) {
      let slot = features[row]! & mask;
      while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = features[row]!;
      table[slot * 2 + 1] = row + 1;
    }
    model.forEachWeight((row, label, weight) => {
      rows[(row + 1) * width + label] = weight;
    });
    this.keys = new Uint32Array(memory.buffer, keysAt, capacity);
    this.sums = new Int32Array(memory.buffer, outAt, width);
    this.scores = this.sums.subarray(0, model.classes);
    const instance = new wasm!.Instance(new wasm!.Module(addRowsKernel(width / LANES)), { env: { memory } });
    const kernel = instance.exports.addRows as (...args: number[]) => void;
    this.run = (count) => kernel(tableAt, mask, rowsAt, rowBytes, keysAt, count, outAt);
  }

  /** The scorer of a model, or null where WebAssembly SIMD is not available (the caller then
   * scores with the model itself). */
  static create(model: LinearModel, capacity: number): DenseScorer | null {
    return SUPPORTED ? new DenseScorer(model, capacity) : null;
  }

  /** Sets `scores` to the exact scores of the first `count` keys in `keys`. */
  score(count: number): void {
    this.run(count);
  }

  /** Scores the first `count` keys and returns the best class, or -1 when two or more share
   * the best score (the model's own scores must then decide). */
  best(count: number): number {
    this.score(count);
    const { scores } = this;
    let best = 0;
    let tied = false;
    for (let c = 1; c < scores.length; c++) {
      if (scores[c]! > scores[best]!) {
        best = c;
        tied = false;
      } else if (scores[c] === scores[best]) tied = true;
    }
    return tied ? -1 : best;
  }
}
