import { fileURLToPath } from 'node:url';
import { KroniekError } from '../../errors.ts';
import { DEFAULT_CLUSTERS_PATH, loadClusters } from '../clusters/word-clusters.ts';
import { DEFAULT_LEXICON_PATH, loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { LinearModel, type StoredLinearModel } from '../linear/linear-model.ts';
import { fileDigest, readModelFile, writeModelFile, type ModelProvenance } from '../model-file.ts';
import { LexiconClasses } from '../tagger/lexicon-classes.ts';
import { DEFAULT_GAZETTEER_PATH, loadGazetteer } from './gazetteer.ts';
import { NerTagger, type NerResources } from './ner-tagger.ts';

/** The shipped NER model (models/README.md). */
export const DEFAULT_NER_PATH = fileURLToPath(new URL('../../../models/ner-nl.json.gz', import.meta.url));

/** The resource files an NER model was trained with, by digest (fileDigest). */
interface ResourceDigests {
  readonly lexicon: string;
  readonly clusters: string;
  readonly gazetteer: string;
}

interface NerFile {
  readonly format: 'kroniek-ner';
  readonly version: 1;
  readonly provenance: ModelProvenance;
  readonly labels: readonly string[];
  readonly model: StoredLinearModel;
  readonly resources: ResourceDigests;
}

/** Where the resources are; the shipped ones unless given. */
export interface NerResourcePaths {
  readonly lexicon?: string;
  readonly clusters?: string;
  readonly gazetteer?: string;
}

/** The resources at `paths`, loaded (the lexicon may be shared with the language core). */
export function loadNerResources(paths: NerResourcePaths = {}, lexicon?: Lexicon): NerResources {
  return {
    classes: new LexiconClasses(lexicon ?? loadLexicon(paths.lexicon)),
    clusters: loadClusters(paths.clusters ?? DEFAULT_CLUSTERS_PATH),
    gazetteer: loadGazetteer(paths.gazetteer ?? DEFAULT_GAZETTEER_PATH),
  };
}

function digests(paths: NerResourcePaths): ResourceDigests {
  return {
    lexicon: fileDigest(paths.lexicon ?? DEFAULT_LEXICON_PATH),
    clusters: fileDigest(paths.clusters ?? DEFAULT_CLUSTERS_PATH),
    gazetteer: fileDigest(paths.gazetteer ?? DEFAULT_GAZETTEER_PATH),
  };
}

export function saveNer(tagger: NerTagger, provenance: ModelProvenance, path: string, paths: NerResourcePaths = {}): void {
  const { labels, model } = tagger.parameters;
  const file: NerFile = { format: 'kroniek-ner', version: 1, provenance, labels, model: model.toStored(), resources: digests(paths) };
  writeModelFile(path, file);
}

/**
 * Loads an NER model with the resources it was trained with, checked by digest: its features
 * are their classes, and other files would silently give other ones.
 */
export function loadNer(path: string = DEFAULT_NER_PATH, paths: NerResourcePaths = {}, lexicon?: Lexicon): { tagger: NerTagger; provenance: ModelProvenance } {
  const file = readModelFile<NerFile>(path, 'kroniek-ner', 1);
  const expected = digests(paths);
  for (const name of ['lexicon', 'clusters', 'gazetteer'] as const) {
    if (file.resources[name] !== expected[name]) throw new KroniekError('bad-model', `${path}: trained with another ${name} file; retrain it with kroniek train ner`);
  }
  const tagger = new NerTagger({ labels: file.labels, model: LinearModel.fromStored(file.model) }, loadNerResources(paths, lexicon));
  return { tagger, provenance: file.provenance };
}
