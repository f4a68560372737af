import { hashString } from '../linear/hashing.ts';
import { LinearModel } from '../linear/linear-model.ts';
import { PerceptronTrainer } from '../linear/perceptron-trainer.ts';
import { WordHashes, type WordClasses } from '../linear/word-hashes.ts';
import { coarseFineTag } from '../parser/parse-features.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { mayEnd, mayFollow, OUTSIDE, toBilou, toIob } from './bilou.ts';
import { GAZETTEER_SLOTS, type Gazetteer } from './gazetteer-matches.ts';
import { CLUSTER_PREFIXES, MAX_NER_FEATURES, NO_LABEL, nerFeatures, type NerSentenceContext } from './ner-features.ts';

/** A sentence as the NER model reads it: words with the language core's tags. */
export interface NerSentence {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
}

/** A document: sentences in order (names recur in a document, and the model uses that). */
export interface NerDocument {
  readonly sentences: readonly NerSentence[];
}

/** A document to learn from: each sentence with its gold IOB2 tags. */
export interface TaggedNerDocument {
  readonly sentences: readonly (NerSentence & { readonly tags: readonly string[] })[];
}

/** Word clusters learned from unlabelled text: per token `CLUSTER_PREFIXES` class hashes. */
export interface WordClusters {
  paths(words: readonly string[]): Uint32Array;
}

/** What the model needs besides its weights; the same in training and in use. */
export interface NerResources {
  readonly classes?: WordClasses;
  readonly gazetteer?: Gazetteer;
  readonly clusters?: WordClusters;
}

export interface NerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  readonly minUpdates: number;
}

export const DEFAULT_NER_TRAINING: NerTrainingOptions = { epochs: 15, seed: 1, minWeight: 0, minUpdates: 1 };

export interface NerParameters {
  /** BILOU labels: `O`, then `B-`, `I-`, `L-`, `U-` of each type. */
  readonly labels: readonly string[];
  readonly model: LinearModel;
}

/**
 * A greedy left-to-right named-entity tagger over BILOU labels with an averaged perceptron,
 * each sentence of a document in turn, so that a name's type earlier in the document informs
 * its later mentions (Ratinov and Roth 2009's prediction history). Decoding only allows whole
 * names. Output is IOB2, the CoNLL convention.
 */
export class NerTagger {
  private readonly keys = new Uint32Array(MAX_NER_FEATURES);
  private readonly scores: Float64Array;
  private readonly typeOf: readonly number[];

  constructor(
    readonly parameters: NerParameters,
    private readonly resources: NerResources = {},
  ) {
    this.scores = new Float64Array(parameters.labels.length);
    this.typeOf = entityTypeIndex(parameters.labels);
  }

  /**
   * The IOB2 tags of every sentence of a document; `documentTypes` is what a first pass found
   * in the whole document (documentTypes()), for a second pass.
   */
  tagDocument(document: NerDocument, documentTypes?: DocumentTypes): string[][] {
    const history = new DocumentHistory();
    const spelling = documentSpelling(document);
    return document.sentences.map((sentence) => {
      const context = sentenceContext(sentence, this.resources, history, spelling, documentTypes);
      const labels = decode(context, this.parameters.labels, (count) => {
        this.parameters.model.score(this.keys, count, this.scores);
        return this.scores;
      }, this.keys);
      history.add(sentence.words, labels, this.typeOf);
      return toIob(Array.from(labels, (label) => this.parameters.labels[label]!));
    });
  }

  /** Trains on documents with gold tags (and what a first pass found in each, for a second
   * pass). Deterministic for the same data and options. */
  static train(
    documents: readonly TaggedNerDocument[], options: NerTrainingOptions = DEFAULT_NER_TRAINING, resources: NerResources = {},
    documentTypes?: readonly DocumentTypes[],
  ): NerTagger {
    const types = [...new Set(documents.flatMap((d) => d.sentences.flatMap((s) => s.tags.filter((t) => t !== OUTSIDE).map((t) => t.slice(2)))))].sort();
    const labels = [OUTSIDE, ...types.flatMap((type) => ['B', 'I', 'L', 'U'].map((position) => `${position}-${type}`))];
    const labelIndex = new Map(labels.map((label, i) => [label, i]));
    const typeOf = entityTypeIndex(labels);
    const gold = documents.map((d) => d.sentences.map((s) => Int32Array.from(toBilou(s.tags).map((label) => labelIndex.get(label)!))));
    const trainer = new PerceptronTrainer(labels.length);
    const keys = new Uint32Array(MAX_NER_FEATURES);
    const scores = new Float64Array(labels.length);
    const order = documents.map((_, i) => i);
    const random = seededRandom(options.seed);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const d of order) {
        const history = new DocumentHistory();
        const spelling = documentSpelling(documents[d]!);
        documents[d]!.sentences.forEach((sentence, s) => {
          const context = sentenceContext(sentence, resources, history, spelling, documentTypes?.[d]);
          const truth = gold[d]![s]!;
          const predicted = decode(context, labels, (count) => {
            trainer.score(keys, count, scores);
            return scores;
          }, keys, (i, count, guess) => {
            trainer.update(keys, count, truth[i]!, guess);
            trainer.tick();
          });
          history.add(sentence.words, predicted, typeOf);
        });
      }
      shuffle(order, random);
    }
    return new NerTagger({ labels, model: trainer.finish(options.minWeight, options.minUpdates) }, resources);
  }
}

/**
 * Greedy decoding: each token takes the best label that may follow the one before (and, for
 * the last token, may end a sentence). `learn` sees each choice with its features in `keys`.
 */
function decode(
  context: NerSentenceContext, labels: readonly string[], score: (count: number) => Float64Array, keys: Uint32Array,
  learn?: (i: number, count: number, guess: number) => void,
): Int32Array {
  const n = context.words.length;
  const chosen = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label1 = i > 0 ? chosen[i - 1]! : NO_LABEL;
    const label2 = i > 1 ? chosen[i - 2]! : NO_LABEL;
    const count = nerFeatures(context, i, label1, label2, keys);
    const scores = score(count);
    const previous = i > 0 ? labels[chosen[i - 1]!]! : OUTSIDE;
    let best = -1;
    for (let l = 0; l < labels.length; l++) {
      if (!mayFollow(previous, labels[l]!) || (i === n - 1 && !mayEnd(labels[l]!))) continue;
      if (best < 0 || scores[l]! > scores[best]!) best = l;
    }
    learn?.(i, count, best);
    chosen[i] = best;
  }
  return chosen;
}

/** For each label, the number of its entity type plus one (0 for O). */
function entityTypeIndex(labels: readonly string[]): number[] {
  const types = [...new Set(labels.filter((l) => l !== OUTSIDE).map((l) => l.slice(2)))].sort();
  return labels.map((label) => (label === OUTSIDE ? 0 : types.indexOf(label.slice(2)) + 1));
}

/** Which type each word was given so far in the document (by the model's own choices). */
class DocumentHistory {
  private readonly counts = new Map<string, number[]>();

  add(words: readonly string[], labels: Int32Array, typeOf: readonly number[]): void {
    words.forEach((word, i) => {
      const type = typeOf[labels[i]!]!;
      if (type === 0) return;
      const key = word.toLowerCase();
      const counts = this.counts.get(key) ?? [];
      counts[type] = (counts[type] ?? 0) + 1;
      this.counts.set(key, counts);
    });
  }

  /** The most frequent type of each word (0: none yet). */
  types(words: readonly string[]): Uint32Array {
    return Uint32Array.from(words, (word) => {
      const counts = this.counts.get(word.toLowerCase());
      if (!counts) return 0;
      let best = 0;
      counts.forEach((count, type) => {
        if (count > (counts[best] ?? 0)) best = type;
      });
      return best;
    });
  }
}

/** For each lower-cased word of a document, a hash of the entity type a pass gave it most. */
export type DocumentTypes = ReadonlyMap<string, number>;

/** What a pass found in a whole document: each word's most frequent entity type. */
export function documentTypes(document: NerDocument, tags: readonly (readonly string[])[]): DocumentTypes {
  const counts = new Map<string, Map<string, number>>();
  document.sentences.forEach((sentence, s) => {
    tags[s]!.forEach((tag, i) => {
      if (tag === OUTSIDE) return;
      const key = sentence.words[i]!.toLowerCase();
      const byType = counts.get(key) ?? new Map<string, number>();
      byType.set(tag.slice(2), (byType.get(tag.slice(2)) ?? 0) + 1);
      counts.set(key, byType);
    });
  });
  const types = new Map<string, number>();
  for (const [word, byType] of counts) {
    const [type] = [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    types.set(word, hashString(type) || 1);
  }
  return types;
}

const LOWER_CASE_ELSEWHERE = 1;
const CAPITALISED_ELSEWHERE = 2;
/** Lower-case words that join capitalised name parts: Louis van Gaal, Universiteit van Gent. */
const NAME_JOINERS = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'voor', 'en', "'t", 'het', 'von', 'di', 'da', 'du', 'la', 'le']);

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** How each lower-cased word of a document is written in it, outside sentence starts. */
function documentSpelling(document: NerDocument): ReadonlyMap<string, number> {
  const spelling = new Map<string, number>();
  for (const { words } of document.sentences) {
    words.forEach((word, i) => {
      if (i === 0) return;
      const key = word.toLowerCase();
      spelling.set(key, (spelling.get(key) ?? 0) | (isCapitalised(word) ? CAPITALISED_ELSEWHERE : LOWER_CASE_ELSEWHERE));
    });
  }
  return spelling;
}

/** Each word's place in a run of capitalised words (NerSentenceContext.run). */
function capitalisedRuns(words: readonly string[]): Uint32Array {
  const inRun = words.map((word, i) => isCapitalised(word) || (NAME_JOINERS.has(word) && i > 0 && i + 1 < words.length && isCapitalised(words[i - 1]!) && isCapitalised(words[i + 1]!)));
  return Uint32Array.from(words, (_, i) => {
    if (!inRun[i]) return 0;
    const before = i > 0 && inRun[i - 1]!;
    const after = i + 1 < words.length && inRun[i + 1]!;
    return before ? (after ? 3 : 4) : after ? 2 : 1;
  });
}

function sentenceContext(sentence: NerSentence, resources: NerResources, history: DocumentHistory, spelling: ReadonlyMap<string, number>, types?: DocumentTypes): NerSentenceContext {
  const { words } = sentence;
  return {
    caseEvidence: Uint32Array.from(words, (word) => spelling.get(word.toLowerCase()) ?? 0),
    run: capitalisedRuns(words),
    document: Uint32Array.from(words, (word) => types?.get(word.toLowerCase()) ?? 0),
    words: new WordHashes(words, resources.classes),
    upos: Uint32Array.from(sentence.upos, hashString),
    fine: Uint32Array.from(sentence.xpos, (xpos, i) => hashString(coarseFineTag(xpos, sentence.upos[i]!))),
    history: history.types(words),
    gazetteer: resources.gazetteer?.matches(words) ?? { combined: new Uint32Array(words.length), lists: new Uint32Array(words.length * GAZETTEER_SLOTS) },
    clusters: resources.clusters?.paths(words) ?? new Uint32Array(words.length * CLUSTER_PREFIXES),
  };
}

