import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { KroniekError } from '../errors.ts';
import { hashString } from './linear/hashing.ts';

/** Where a model came from: written into the model file and into models/README.md. */
export interface ModelProvenance {
  readonly data: readonly string[];
  readonly licence: string;
  readonly command: string;
  readonly date: string;
  /** Hashes of the ids of the sentences trained on (base64 Uint32Array, see trainedSentences). */
  readonly trainedOn?: string;
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

/**
 * The sentence ids a model was trained on, as 32-bit hashes: `kroniek eval` leaves those
 * sentences out, so a model is never scored on what it learned from.
 */
export function encodeTrainedSentences(ids: Iterable<string>): string {
  const hashes = Uint32Array.from(new Set([...ids].map(hashString)));
  return Buffer.from(hashes.buffer).toString('base64');
}

export function trainedSentences(provenance: ModelProvenance): ReadonlySet<number> {
  if (!provenance.trainedOn) return new Set();
  const buffer = Buffer.from(provenance.trainedOn, 'base64');
  return new Set(new Uint32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)));
}

/** Identifies a resource file a model was trained with (lexicon, clusters, gazetteer): a model
 * must be used with the same one, since its features are the file's classes. */
export function fileDigest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}
