import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { KroniekError } from '../errors.ts';

/** Where a model came from: written into the model file and into models/README.md. */
export interface ModelProvenance {
  readonly data: readonly string[];
  readonly licence: string;
  readonly command: string;
  readonly date: string;
}

/** Perceptron weights as stored: feature -> flat [class, weight, class, weight, ...], zeros left out. */
export type StoredWeights = Readonly<Record<string, readonly number[]>>;

export function encodeWeights(weights: ReadonlyMap<string, ArrayLike<number>>): StoredWeights {
  const stored: Record<string, number[]> = {};
  for (const [feature, row] of weights) {
    const pairs: number[] = [];
    for (let c = 0; c < row.length; c++) if (row[c] !== 0) pairs.push(c, row[c]!);
    stored[feature] = pairs;
  }
  return stored;
}

export function decodeWeights(stored: StoredWeights, classes: number): Map<string, Float32Array> {
  const weights = new Map<string, Float32Array>();
  for (const [feature, pairs] of Object.entries(stored)) {
    const row = new Float32Array(classes);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    weights.set(feature, row);
  }
  return weights;
}

/** Writes a model as gzipped JSON: portable, readable when unzipped, loads in milliseconds. */
export function writeModelFile(path: string, model: { readonly format: string; readonly version: number }): void {
  writeFileSync(path, gzipSync(JSON.stringify(model), { level: 9 }));
}

/** Reads a model written by writeModelFile; another kind of file is a clear error. */
export function readModelFile<T extends { readonly format: string; readonly version: number }>(path: string, format: T['format'], version: number): T {
  let model: T;
  try {
    model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
  } catch (error) {
    throw new KroniekError('bad-model', `${path}: not a ${format} model file (${(error as Error).message})`);
  }
  if (model.format !== format || model.version !== version) {
    throw new KroniekError('bad-model', `${path}: not a ${format} model file of version ${version}`);
  }
  return model;
}
