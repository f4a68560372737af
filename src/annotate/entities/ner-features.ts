import { featureKey, hashString } from '../linear/hashing.ts';
import { WordHashes } from '../linear/word-hashes.ts';
import { GAZETTEER_SLOTS, type GazetteerMatches } from './gazetteer-matches.ts';

/** Room for the features of one token. */
export const MAX_NER_FEATURES = 120;
/** Label number of the positions before a sentence. */
export const NO_LABEL = -1;

/** What the NER model knows of a sentence beyond its words: tags from the language core, and
 * per token hashes from the gazetteer, the word clusters and the document's history. */
export interface NerSentenceContext {
  readonly words: WordHashes;
  readonly upos: Uint32Array;
  readonly fine: Uint32Array;
  /** The type this word was most often given earlier in the document (0: never). */
  readonly history: Uint32Array;
  /** The type a first pass gave this word most often anywhere in the document (0: never, or
   * no first pass). */
  readonly document: Uint32Array;
  /** Gazetteer matches covering each token: all lists as one hash, and each list alone. */
  readonly gazetteer: GazetteerMatches;
  /** How the word is written elsewhere in the document: bit 1 in lower case, bit 2 with a
   * capital not at a sentence's start (a sentence-initial word seen lower-cased is no name). */
  readonly caseEvidence: Uint32Array;
  /** Per token, the words around every occurrence of it in the document (capitalised words). */
  readonly contexts: readonly (Uint32Array | undefined)[];
  /** Position in a run of capitalised words (with van, de, der... between): 1 alone, 2 first,
   * 3 inside, 4 last; 0 outside a run. */
  readonly run: Uint32Array;
  /** The word's class in clusterings of three granularities (0: unknown word). */
  readonly clusters: Uint32Array;
  /** The training domain of the document (0: the main data, and always in use). */
  readonly domain: number;
}

/** How many clusterings each token has a class in. */
export const CLUSTER_PREFIXES = 3;

const NONE = hashString('<none>');

const enum T {
  Bias, Lower, Form, Prefix, Suffix, Shape, ShapeFirst, Tail, Classes, ClassesShape,
  Prev, Prev2, Next, Next2, PrevForm, NextForm, PrevShape, NextShape, PrevNextShape,
  Label1, Label1Lower, Label1Shape, Label1Upos,
  Upos, PrevUpos, NextUpos, UposShape, Fine, PrevFine, NextFine, FineLower,
  History, HistoryShape, DocumentType, DocumentTypeShape, DocumentTypeLabel1, Gazetteer, PrevGazetteer, NextGazetteer, GazetteerShape,
  Cluster, GazetteerList, GazetteerListShape, PrevGazetteerList, NextGazetteerList, PrevCluster, NextCluster, ClusterShape, DocumentContext,
  PrevLowerLower, LowerNextLower, Length, CaseEvidence, CaseEvidenceFirst, Run, RunLabel1, RunUpos,
  // RetiredNgram: letter trigrams, tried and not kept (docs/ner.md); it keeps the numbers after it.
  Domain, DomainShape, RetiredNgram, Prev2Cluster, Next2Cluster, PrevLowerPrev2Cluster,
}

/** The key of the feature every token has (a label's bias; ner-prior.ts adds priors to it). */
export const NER_BIAS_KEY = featureKey(T.Bias, 0);

/** One feature per gazetteer list covering token `i` (and with `shape`, when `shapeTemplate` is given). */
function listFeatures(lists: Uint32Array, i: number, template: number, shape: number, out: Uint32Array, k: number, shapeTemplate?: number): number {
  for (let s = i * GAZETTEER_SLOTS, end = s + GAZETTEER_SLOTS; s < end && lists[s] !== 0; s++) {
    out[k++] = featureKey(template, lists[s]!);
    if (shapeTemplate !== undefined) out[k++] = featureKey(shapeTemplate, lists[s]!, shape);
  }
  return k;
}

/** `array[j]`, or NONE outside the sentence of `n` words. (A function of the module, not a
 * closure: a closure made per token costs more than the look-up.) */
function at(array: Uint32Array, n: number, j: number): number {
  return j < 0 || j >= n ? NONE : array[j]!;
}

/** Word length buckets: initials, short, words, long compounds. */
function lengthBucket(length: number): number {
  return length <= 1 ? 1 : length <= 3 ? 2 : length <= 8 ? 3 : 4;
}

/** Most label features a token has (nerLabelFeatures). */
export const MAX_LABEL_FEATURES = 8;

/**
 * The features of token `i` that pair the label before it with what the token is, as
 * (template, value) pairs in `parts` (2 numbers each); a pair's key for a previous label is
 * labelFeatureKey. A first-order decoder scores each pair once per previous label, and the
 * values repeat (shapes, tags), so it can keep those scores. Returns the number of pairs.
 */
export function nerLabelParts(c: NerSentenceContext, i: number, parts: Uint32Array): number {
  let k = 0;
  parts[k++] = T.Label1;
  parts[k++] = 0;
  parts[k++] = T.Label1Lower;
  parts[k++] = c.words.lower[i]!;
  parts[k++] = T.Label1Shape;
  parts[k++] = c.words.shape[i]!;
  parts[k++] = T.Label1Upos;
  parts[k++] = c.upos[i]!;
  parts[k++] = T.RunLabel1;
  parts[k++] = c.run[i]!;
  if (c.document[i] !== 0) {
    parts[k++] = T.DocumentTypeLabel1;
    parts[k++] = c.document[i]!;
  }
  return k / 2;
}

/** The key of a label feature pair (nerLabelParts) after the label `label1`. */
export function labelFeatureKey(template: number, label1: number, value: number): number {
  return featureKey(template, label1, value);
}

/** The label features of token `i` after `label1`, from `out[k]` on; returns the new end. */
export function nerLabelFeatures(c: NerSentenceContext, i: number, label1: number, out: Uint32Array, k: number): number {
  const parts = LABEL_PARTS;
  const count = nerLabelParts(c, i, parts);
  for (let p = 0; p < count; p++) out[k++] = labelFeatureKey(parts[2 * p]!, label1, parts[2 * p + 1]!);
  return k;
}

const LABEL_PARTS = new Uint32Array(2 * MAX_LABEL_FEATURES);

/**
 * Features of token `i` for its NER label, after what the strongest feature-based systems use
 * (Ratinov and Roth 2009): the word with its case, affixes and shape; two words either side;
 * part of speech and CGN tag from the language core; the word classes of the Dutch lexicon (a
 * word only known capitalised is a name); the gazetteer, word clusters, and the type the word
 * got earlier in the same document. These do not depend on the labels chosen before the token;
 * nerLabelFeatures pairs the label before with the token.
 */
export function nerTokenFeatures(c: NerSentenceContext, i: number, out: Uint32Array): number {
  const w = c.words;
  const n = w.length;
  const lower = w.lower[i]!;
  const shape = w.shape[i]!;
  let k = 0;
  out[k++] = NER_BIAS_KEY;
  out[k++] = featureKey(T.Lower, lower);
  out[k++] = featureKey(T.Form, w.form[i]!);
  for (let p = 1; p <= 3; p++) out[k++] = featureKey(T.Prefix, p, w.prefixAt(i, p));
  for (let s = 1; s <= 4; s++) out[k++] = featureKey(T.Suffix, s, w.suffixAt(i, s));
  out[k++] = featureKey(T.Shape, shape);
  out[k++] = featureKey(T.ShapeFirst, shape, i === 0 ? 1 : 0);
  if (w.tail[i] !== lower) out[k++] = featureKey(T.Tail, w.tail[i]!);
  out[k++] = featureKey(T.Classes, w.classes[i]!);
  out[k++] = featureKey(T.ClassesShape, w.classes[i]!, shape, i === 0 ? 1 : 0);
  out[k++] = featureKey(T.Length, lengthBucket(w.lowerForms[i]!.length), shape);
  if (c.domain !== 0) {
    out[k++] = featureKey(T.Domain, c.domain);
    out[k++] = featureKey(T.DomainShape, c.domain, shape);
  }

  out[k++] = featureKey(T.Prev, w.lowerAt(i - 1));
  out[k++] = featureKey(T.Prev2, w.lowerAt(i - 2));
  out[k++] = featureKey(T.Next, w.lowerAt(i + 1));
  out[k++] = featureKey(T.Next2, w.lowerAt(i + 2));
  out[k++] = featureKey(T.PrevForm, at(w.form, n, i - 1));
  out[k++] = featureKey(T.NextForm, at(w.form, n, i + 1));
  out[k++] = featureKey(T.PrevShape, w.shapeAt(i - 1), shape);
  out[k++] = featureKey(T.NextShape, shape, w.shapeAt(i + 1));
  out[k++] = featureKey(T.PrevNextShape, w.shapeAt(i - 1), shape, w.shapeAt(i + 1));
  out[k++] = featureKey(T.PrevLowerLower, w.lowerAt(i - 1), lower);
  out[k++] = featureKey(T.LowerNextLower, lower, w.lowerAt(i + 1));


  out[k++] = featureKey(T.Upos, c.upos[i]!);
  out[k++] = featureKey(T.PrevUpos, at(c.upos, n, i - 1), c.upos[i]!);
  out[k++] = featureKey(T.NextUpos, c.upos[i]!, at(c.upos, n, i + 1));
  out[k++] = featureKey(T.UposShape, c.upos[i]!, shape);
  out[k++] = featureKey(T.Fine, c.fine[i]!);
  out[k++] = featureKey(T.PrevFine, at(c.fine, n, i - 1));
  out[k++] = featureKey(T.NextFine, at(c.fine, n, i + 1));
  out[k++] = featureKey(T.FineLower, c.fine[i]!, lower);

  out[k++] = featureKey(T.CaseEvidence, c.caseEvidence[i]!, shape);
  if (i === 0) out[k++] = featureKey(T.CaseEvidenceFirst, c.caseEvidence[i]!, w.classes[i]!);
  out[k++] = featureKey(T.Run, c.run[i]!, shape);
  out[k++] = featureKey(T.RunUpos, c.run[i]!, c.upos[i]!);
  if (c.history[i] !== 0) {
    out[k++] = featureKey(T.History, c.history[i]!);
    out[k++] = featureKey(T.HistoryShape, c.history[i]!, shape);
  }
  if (c.document[i] !== 0) {
    out[k++] = featureKey(T.DocumentType, c.document[i]!);
    out[k++] = featureKey(T.DocumentTypeShape, c.document[i]!, shape);
  }
  const gazetteer = c.gazetteer.combined;
  out[k++] = featureKey(T.Gazetteer, gazetteer[i]!);
  out[k++] = featureKey(T.PrevGazetteer, at(gazetteer, n, i - 1));
  out[k++] = featureKey(T.NextGazetteer, at(gazetteer, n, i + 1));
  out[k++] = featureKey(T.GazetteerShape, gazetteer[i]!, shape);
  k = listFeatures(c.gazetteer.lists, i, T.GazetteerList, shape, out, k, T.GazetteerListShape);
  if (i > 0) k = listFeatures(c.gazetteer.lists, i - 1, T.PrevGazetteerList, 0, out, k);
  if (i + 1 < n) k = listFeatures(c.gazetteer.lists, i + 1, T.NextGazetteerList, 0, out, k);
  for (let p = 0; p < CLUSTER_PREFIXES; p++) {
    const cluster = c.clusters[i * CLUSTER_PREFIXES + p]!;
    if (cluster === 0) break;
    out[k++] = featureKey(T.Cluster, p, cluster);
    if (p === 1) out[k++] = featureKey(T.ClusterShape, cluster, shape);
  }
  const contexts = c.contexts[i];
  if (contexts) for (let x = 0; x < contexts.length; x++) out[k++] = featureKey(T.DocumentContext, contexts[x]!);
  // The middle granularity of the neighbours' classes: "bij <company>", "<person> zei".
  if (i > 0 && c.clusters[(i - 1) * CLUSTER_PREFIXES + 1] !== 0) out[k++] = featureKey(T.PrevCluster, c.clusters[(i - 1) * CLUSTER_PREFIXES + 1]!);
  if (i + 1 < n && c.clusters[(i + 1) * CLUSTER_PREFIXES + 1] !== 0) out[k++] = featureKey(T.NextCluster, c.clusters[(i + 1) * CLUSTER_PREFIXES + 1]!);
  // Two words away, the class with the place in a capitalised run, and after the word before:
  // "zaakvoerder van <company>", "mensen van <company>" generalise to the nouns of their class.
  const before2 = i > 1 ? c.clusters[(i - 2) * CLUSTER_PREFIXES + 1]! : 0;
  if (before2 !== 0) {
    out[k++] = featureKey(T.Prev2Cluster, before2, c.run[i]!);
    out[k++] = featureKey(T.PrevLowerPrev2Cluster, w.lowerAt(i - 1), before2);
  }
  const after2 = i + 2 < n ? c.clusters[(i + 2) * CLUSTER_PREFIXES + 1]! : 0;
  if (after2 !== 0) out[k++] = featureKey(T.Next2Cluster, after2, c.run[i]!);
  return k;
}
