import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { KroniekError } from '../../errors.ts';
import { Tagger, type TaggerParameters } from './tagger.ts';

/** Where the model came from: written into the file and into models/README.md. */
export interface ModelProvenance {
  readonly data: readonly string[];
  readonly licence: string;
  readonly command: string;
  readonly date: string;
  readonly scores?: Readonly<Record<string, number>>;
}

interface TaggerFile {
  readonly format: 'kroniek-tagger';
  readonly version: 1;
  readonly provenance: ModelProvenance;
  readonly classes: readonly string[];
  readonly dictionary: Readonly<Record<string, string>>;
  /** Feature -> flat [class index, weight, class index, weight, ...], zero weights left out. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Saves a tagger as gzipped JSON: portable, diffable when unzipped, loads in milliseconds. */
export function saveTagger(tagger: Tagger, provenance: ModelProvenance, path: string): void {
  const { classes, weights, dictionary } = tagger.model;
  const sparse: Record<string, number[]> = {};
  for (const [feature, row] of weights) {
    const pairs: number[] = [];
    for (let c = 0; c < row.length; c++) if (row[c] !== 0) pairs.push(c, row[c]!);
    sparse[feature] = pairs;
  }
  const file: TaggerFile = { format: 'kroniek-tagger', version: 1, provenance, classes, dictionary: Object.fromEntries(dictionary), weights: sparse };
  writeFileSync(path, gzipSync(JSON.stringify(file), { level: 9 }));
}

/** Loads a tagger saved by saveTagger; a file of another kind is a clear error. */
export function loadTagger(path: string): { tagger: Tagger; provenance: ModelProvenance } {
  let file: TaggerFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerFile;
  } catch (error) {
    throw new KroniekError('bad-model', `${path}: not a Kroniek tagger model (${(error as Error).message})`);
  }
  if (file.format !== 'kroniek-tagger' || file.version !== 1) {
    throw new KroniekError('bad-model', `${path}: not a Kroniek tagger model of version 1`);
  }
  const weights = new Map<string, Float32Array>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const row = new Float32Array(file.classes.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
    weights.set(feature, row);
  }
  const parameters: TaggerParameters = { classes: file.classes, weights, dictionary: new Map(Object.entries(file.dictionary)) };
  return { tagger: new Tagger(parameters), provenance: file.provenance };
}
