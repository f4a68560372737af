import { fileURLToPath } from 'node:url';
import { KroniekError } from '../../errors.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import { readModelFile, writeModelFile, type ModelProvenance } from '../model-file.ts';
import { Lemmatizer } from './lemmatizer.ts';
import { PackedWeights, type StoredCrossedWeights } from './packed-weights.ts';

/** The shipped Dutch lemmatiser (models/README.md). */
export const DEFAULT_LEMMATIZER_PATH = fileURLToPath(new URL('../../../models/lemmatizer-nl.json.gz', import.meta.url));

const FORMAT = 'kroniek-lemmatizer';
const VERSION = 1;

/**
 * A lemmatiser as JSON, for its own model file or embedded in another (the tagger's). Maps are
 * written as objects with sorted keys, so the same model always gives the same bytes.
 */
export interface LemmatizerJSON {
  readonly format: typeof FORMAT;
  readonly version: typeof VERSION;
  readonly provenance: ModelProvenance;
  /** Whether the model was trained with the lexicon's features, and so needs it in use. */
  readonly usesLexicon: boolean;
  readonly dictionary: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly classes: readonly string[];
  readonly support: readonly number[];
  readonly crossed: StoredCrossedWeights;
  readonly candidate: Readonly<Record<string, number>>;
  readonly trainingLemmas: readonly string[];
}

function sortedObject<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const object: Record<string, V> = {};
  for (const key of [...map.keys()].sort()) object[key] = map.get(key)!;
  return object;
}

/** The lemmatiser as a JSON-ready object. */
export function lemmatizerToJSON(lemmatizer: Lemmatizer, provenance: ModelProvenance): LemmatizerJSON {
  const { dictionary, classes, support, weights, trainingLemmas } = lemmatizer.parameters;
  const { crossed, candidate } = weights.toStored();
  const stored: Record<string, Record<string, string>> = {};
  for (const upos of [...dictionary.keys()].sort()) stored[upos] = sortedObject(dictionary.get(upos)!);
  return {
    format: FORMAT,
    version: VERSION,
    provenance,
    usesLexicon: lemmatizer.lexicon !== undefined,
    dictionary: stored,
    classes,
    support,
    crossed,
    candidate,
    trainingLemmas: [...trainingLemmas].sort(),
  };
}

/**
 * A lemmatiser from its JSON. A model trained with the lexicon needs it: give it, or the shipped
 * one is loaded (models/lexicon-nl.tsv.gz).
 */
export function lemmatizerFromJSON(json: LemmatizerJSON, lexicon?: Lexicon): Lemmatizer {
  if (json.format !== FORMAT || json.version !== VERSION) throw new KroniekError('bad-model', `not a ${FORMAT} model of version ${VERSION}`);
  const dictionary = new Map(Object.entries(json.dictionary).map(([upos, forms]) => [upos, new Map(Object.entries(forms))] as const));
  const parameters = {
    dictionary,
    classes: json.classes,
    support: json.support,
    weights: PackedWeights.fromStored(json.crossed, json.candidate, json.classes.length),
    trainingLemmas: new Set(json.trainingLemmas),
  };
  return new Lemmatizer(parameters, json.usesLexicon ? (lexicon ?? loadLexicon()) : undefined);
}

/** Writes a standalone lemmatiser model file (gzipped JSON, model-file.ts). */
export function saveLemmatizer(lemmatizer: Lemmatizer, provenance: ModelProvenance, path: string): void {
  writeModelFile(path, lemmatizerToJSON(lemmatizer, provenance));
}

/** Reads a lemmatiser model file; the lexicon as for lemmatizerFromJSON. */
export function loadLemmatizer(path: string = DEFAULT_LEMMATIZER_PATH, lexicon?: Lexicon): { lemmatizer: Lemmatizer; provenance: ModelProvenance } {
  const json = readModelFile<LemmatizerJSON>(path, FORMAT, VERSION);
  return { lemmatizer: lemmatizerFromJSON(json, lexicon), provenance: json.provenance };
}
