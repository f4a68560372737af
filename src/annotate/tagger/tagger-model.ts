import { KroniekError } from '../../errors.ts';
import { DEFAULT_LEXICON_PATH, loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { LinearModel, type StoredLinearModel } from '../linear/linear-model.ts';
import { fileDigest, readModelFile, writeModelFile, type ModelProvenance } from '../model-file.ts';
import { FeatureTable } from './feature-table.ts';
import { LexiconClasses } from './lexicon-classes.ts';
import { Tagger } from './tagger.ts';

export type { ModelProvenance } from '../model-file.ts';

interface TaggerFile {
  readonly format: 'kroniek-tagger';
  readonly version: 2;
  readonly provenance: ModelProvenance;
  readonly uposClasses: readonly string[];
  readonly xposClasses: readonly string[];
  readonly dictionary: Readonly<Record<string, number>>;
  readonly xposByUpos: readonly (readonly number[])[];
  readonly upos: StoredLinearModel;
  readonly xpos: StoredLinearModel;
  readonly features: Readonly<Record<string, string>>;
  /** SHA-256 (first 16 hex digits) of the lexicon file the tagger was trained with. */
  readonly lexicon: string;
}

/** A tagger with the lexicon it needs and its feature table. */
export interface TaggerModel {
  readonly tagger: Tagger;
  readonly features: FeatureTable;
  readonly provenance: ModelProvenance;
}

export function saveTagger(model: TaggerModel, path: string, lexiconPath: string = DEFAULT_LEXICON_PATH): void {
  const { uposClasses, xposClasses, dictionary, xposByUpos, upos, xpos } = model.tagger.parameters;
  const file: TaggerFile = {
    format: 'kroniek-tagger', version: 2, provenance: model.provenance, uposClasses, xposClasses,
    dictionary: Object.fromEntries([...dictionary].sort((a, b) => a[0].localeCompare(b[0]))),
    xposByUpos, upos: upos.toStored(), xpos: xpos.toStored(), features: model.features.toJSON(), lexicon: fileDigest(lexiconPath),
  };
  writeModelFile(path, file);
}

/**
 * Loads a tagger and checks it gets the lexicon it was trained with (its features are the
 * lexicon's word classes: another lexicon would silently give other ones).
 */
export function loadTagger(path: string, lexicon: Lexicon = loadLexicon(), lexiconPath: string = DEFAULT_LEXICON_PATH): TaggerModel {
  const file = readModelFile<TaggerFile>(path, 'kroniek-tagger', 2);
  if (file.lexicon !== fileDigest(lexiconPath)) {
    throw new KroniekError('bad-model', `${path}: trained with another lexicon than ${lexiconPath}; retrain it with kroniek train tagger`);
  }
  const tagger = new Tagger(
    {
      uposClasses: file.uposClasses, xposClasses: file.xposClasses, xposByUpos: file.xposByUpos,
      dictionary: new Map(Object.entries(file.dictionary)),
      upos: LinearModel.fromStored(file.upos), xpos: LinearModel.fromStored(file.xpos),
    },
    new LexiconClasses(lexicon),
  );
  return { tagger, features: FeatureTable.fromJSON(file.features), provenance: file.provenance };
}
