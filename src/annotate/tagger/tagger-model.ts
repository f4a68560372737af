import { decodeWeights, encodeWeights, readModelFile, writeModelFile, type ModelProvenance, type StoredWeights } from '../model-file.ts';
import { Tagger } from './tagger.ts';

export type { ModelProvenance } from '../model-file.ts';

interface TaggerFile {
  readonly format: 'kroniek-tagger';
  readonly version: 1;
  readonly provenance: ModelProvenance;
  readonly classes: readonly string[];
  readonly dictionary: Readonly<Record<string, string>>;
  readonly weights: StoredWeights;
}

export function saveTagger(tagger: Tagger, provenance: ModelProvenance, path: string): void {
  const { classes, weights, dictionary } = tagger.model;
  const file: TaggerFile = { format: 'kroniek-tagger', version: 1, provenance, classes, dictionary: Object.fromEntries(dictionary), weights: encodeWeights(weights) };
  writeModelFile(path, file);
}

export function loadTagger(path: string): { tagger: Tagger; provenance: ModelProvenance } {
  const file = readModelFile<TaggerFile>(path, 'kroniek-tagger', 1);
  const tagger = new Tagger({ classes: file.classes, weights: decodeWeights(file.weights, file.classes.length), dictionary: new Map(Object.entries(file.dictionary)) });
  return { tagger, provenance: file.provenance };
}
