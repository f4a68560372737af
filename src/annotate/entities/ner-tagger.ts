import { DenseScorer } from '../linear/dense-scorer.ts';
import { hashString } from '../linear/hashing.ts';
import { averageModels } from '../linear/average-models.ts';
import { LinearModel } from '../linear/linear-model.ts';
import { PerceptronTrainer } from '../linear/perceptron-trainer.ts';
import { WordHashes, type WordClasses } from '../linear/word-hashes.ts';
import { coarseFineTag } from '../parser/parse-features.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { OUTSIDE, toBilou, toIob } from './bilou.ts';
import { GAZETTEER_SLOTS, type Gazetteer } from './gazetteer-matches.ts';
import { capitalisedRuns, documentEvidence, type DocumentEvidence } from './ner-document-evidence.ts';
import { ViterbiDecoder, type FeatureScorer, type StructuredLearner } from './ner-viterbi.ts';
import { CLUSTER_PREFIXES, MAX_NER_FEATURES, NER_BIAS_KEY, type NerSentenceContext } from './ner-features.ts';
import { withEntityPrior, type EntityPrior } from './ner-prior.ts';
import { voteDocumentTypes } from './ner-document-vote.ts';

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
  /** Where the document comes from when it is not the main training data (0 or absent: the
   * main data, as every document in use): the model learns a bias per domain, so another
   * domain's habits stay there. */
  readonly domain?: number;
  /** How much its mistakes count (default 1): less for data further from the target. */
  readonly weight?: number;
  /** Entity types its annotators did not mark (a corpus without MISC): they are never
   * predicted for it in training, so its O tags do not teach that such names are not names. */
  readonly unannotated?: readonly string[];
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
  /** Added to the Begin and Unit labels of each type after training (ner-prior.ts). */
  readonly prior?: EntityPrior;
  /** How many models to train, each on its own order of the documents (seeds `seed`,
   * `seed + 1`...), and average (averageModels): the order alone moves testa F1 by a point. */
  readonly orders?: number;
}

export const DEFAULT_NER_TRAINING: NerTrainingOptions = { epochs: 20, seed: 1, minWeight: 0, minUpdates: 1, prior: {}, orders: 8 };

export interface NerParameters {
  /** BILOU labels: `O`, then `B-`, `I-`, `L-`, `U-` of each type. */
  readonly labels: readonly string[];
  readonly model: LinearModel;
}

/**
 * A named-entity tagger over BILOU labels: a structured averaged perceptron with Viterbi decoding,
 * each sentence of a document in turn, so that a name's type earlier in the document informs
 * its later mentions (Ratinov and Roth 2009's prediction history). Decoding only allows whole
 * names; afterwards each name takes the type it got most often in the document
 * (voteDocumentTypes). Output is IOB2, the CoNLL convention.
 */
export class NerTagger {
  private readonly typeOf: readonly number[];
  private readonly viterbi: ViterbiDecoder;
  private readonly scorer: FeatureScorer;
  /** Exact integer scores of the model (DenseScorer), made on the first tagging; null without
   * WebAssembly SIMD or with `dense: false`. */
  private denseScorer: DenseScorer | null | undefined;

  /** `dense: false` scores with the model alone (slower, the same tags: tests compare). */
  constructor(
    readonly parameters: NerParameters,
    private readonly resources: NerResources = {},
    private readonly options: { readonly dense?: boolean } = {},
  ) {
    this.typeOf = entityTypeIndex(parameters.labels);
    this.viterbi = new ViterbiDecoder(parameters.labels);
    this.scorer = (keys, count, scores) => parameters.model.score(keys, count, scores);
  }

  private get dense(): DenseScorer | null {
    if (this.denseScorer === undefined) {
      this.denseScorer = this.options.dense === false ? null : DenseScorer.create(this.parameters.model, MAX_NER_FEATURES);
    }
    return this.denseScorer;
  }

  /**
   * The IOB2 tags of every sentence of a document; `documentTypes` is what a first pass found
   * in the whole document (documentTypes()), for a second pass.
   */
  tagDocument(document: NerDocument, documentTypes?: DocumentTypes): string[][] {
    const history = new DocumentHistory(this.typeOf);
    const evidence = documentEvidence(document);
    const tags = document.sentences.map((sentence) => {
      const context = sentenceContext(sentence, this.resources, history, evidence, documentTypes);
      const { dense } = this;
      const labels = dense ? this.viterbi.decodeExact(context, dense, this.scorer) : this.viterbi.decode(context, this.scorer, true);
      history.add(sentence.words, labels);
      return toIob(Array.from(labels, (label) => this.parameters.labels[label]!));
    });
    voteDocumentTypes(document.sentences, tags);
    return tags;
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
    const viterbi = new ViterbiDecoder(labels);
    // One perceptron over the documents in the order `seed` shuffles them to, epoch by epoch.
    const trainOrder = (seed: number): LinearModel => {
      const trainer = new PerceptronTrainer(labels.length);
      const order = documents.map((_, i) => i);
      const random = seededRandom(seed);
      for (let epoch = 0; epoch < options.epochs; epoch++) {
        for (const d of order) {
          const document = documents[d]!;
          const history = new DocumentHistory(typeOf);
          const evidence = documentEvidence(document);
          const scorer = documentScorer(trainer, labels, document.unannotated);
          const learner = weightedLearner(trainer, document.weight ?? 1);
          document.sentences.forEach((sentence, s) => {
            const context = sentenceContext(sentence, resources, history, evidence, documentTypes?.[d], document.domain);
            const predicted = viterbi.decode(context, scorer);
            viterbi.learn(context, gold[d]![s]!, predicted, learner);
            history.add(sentence.words, predicted);
          });
        }
        shuffle(order, random);
      }
      return trainer.finish(options.minWeight, options.minUpdates);
    };
    const models = Array.from({ length: options.orders ?? 1 }, (_, run) => trainOrder(options.seed + run));
    const model = withEntityPrior(averageModels(models), labels, NER_BIAS_KEY, options.prior ?? {});
    return new NerTagger({ labels, model }, resources);
  }
}

/** A score far below any a model reaches: the label is out of the question. */
const EXCLUDED = -1e9;

/** The trainer's scores, with the labels of types the document leaves unannotated excluded. */
function documentScorer(trainer: PerceptronTrainer, labels: readonly string[], unannotated: readonly string[] = []): FeatureScorer {
  const excluded = labels.flatMap((label, i) => (label !== OUTSIDE && unannotated.includes(label.slice(2)) ? [i] : []));
  return (keys, count, out) => {
    trainer.score(keys, count, out);
    for (const label of excluded) out[label] = EXCLUDED;
  };
}

/** The trainer's updates scaled by a document's weight. */
function weightedLearner(trainer: PerceptronTrainer, weight: number): StructuredLearner {
  if (weight === 1) return trainer;
  return {
    update: (keys, count, truth, guess) => trainer.update(keys, count, truth, guess, weight),
    nudge: (keys, count, label, amount) => trainer.nudge(keys, count, label, amount * weight),
    tick: () => trainer.tick(),
  };
}

/** For each label, the number of its entity type plus one (0 for O). */
function entityTypeIndex(labels: readonly string[]): number[] {
  const types = [...new Set(labels.filter((l) => l !== OUTSIDE).map((l) => l.slice(2)))].sort();
  return labels.map((label) => (label === OUTSIDE ? 0 : types.indexOf(label.slice(2)) + 1));
}

/** Which type each word was given so far in the document (by the model's own choices). */
class DocumentHistory {
  /** Per lower-cased word, how often it got each label (by label number). */
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly typeOf: readonly number[]) {}

  add(words: readonly string[], labels: Int32Array): void {
    words.forEach((word, i) => {
      const label = labels[i]!;
      if (this.typeOf[label] === 0) return;
      const key = word.toLowerCase();
      const counts = this.counts.get(key) ?? [];
      counts[label] = (counts[label] ?? 0) + 1;
      this.counts.set(key, counts);
    });
  }

  /** The most frequent type of each word (0: none yet). */
  types(words: readonly string[]): Uint32Array {
    return Uint32Array.from(words, (word) => {
      const byType: number[] = [];
      this.counts.get(word.toLowerCase())?.forEach((count, label) => {
        const type = this.typeOf[label]!;
        byType[type] = (byType[type] ?? 0) + count;
      });
      return mostFrequent(byType);
    });
  }
}

/** The index with the highest count (the first of equals; 0 for none). */
function mostFrequent(counts: readonly number[]): number {
  let best = 0;
  counts.forEach((count, index) => {
    if (count > (counts[best] ?? 0)) best = index;
  });
  return best;
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

function sentenceContext(sentence: NerSentence, resources: NerResources, history: DocumentHistory, evidence: DocumentEvidence, types?: DocumentTypes, domain = 0): NerSentenceContext {
  const { words } = sentence;
  return {
    domain,
    caseEvidence: Uint32Array.from(words, (word) => evidence.spelling.get(word.toLowerCase()) ?? 0),
    contexts: words.map((word) => evidence.contexts.get(word.toLowerCase())),
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

