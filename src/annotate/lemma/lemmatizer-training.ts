import type { Lexicon } from '../lexicon/lexicon.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { computeScript, scriptKey } from './edit-script.ts';
import { candidateFeatures, wordFeatures } from './lemma-features.ts';
import { ANY_UPOS, maxSupport, type LemmatizerParameters } from './lemmatizer.ts';
import { detachParticles } from './particles.ts';
import { PackedWeights } from './packed-weights.ts';
import { RankingPerceptronTrainer, type RankedCandidate } from './ranking-perceptron.ts';
import { CandidateGenerator, classNames } from './candidate-generator.ts';

/** A sentence to learn from. `xpos` holds CGN tags, `_` where unknown (the 2017 file has none). */
export interface LemmaSentence {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos?: readonly string[];
  readonly lemmas: readonly string[];
  /** The gold tree (1-based heads), when known: particles of separable verbs are then taken off. */
  readonly heads?: readonly number[];
  readonly deprels?: readonly string[];
  /** How much each word counts (1 when absent): less than 1 for silver data. */
  readonly weight?: number;
}

export interface LemmatizerTrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle between epochs, so training is reproducible. */
  readonly seed: number;
  /** Edit scripts made by fewer word types are left out: they are one word's irregularity. */
  readonly minScriptCount: number;
  /** The classifier learns from word types seen at most this often: they resemble unseen words. */
  readonly maxTypeCount: number;
  /** The Dutch lexicon, for features; the same one must be given when the model is used. */
  readonly lexicon?: Lexicon;
}

/** Defaults measured on the LassySmall tune half (models/README.md). */
export const DEFAULT_LEMMATIZER_TRAINING: Omit<LemmatizerTrainingOptions, 'lexicon'> = { epochs: 10, seed: 1, minScriptCount: 2, maxTypeCount: Infinity };

/** One distinct (form, UPOS, CGN tag, lemma) of the training data and how often it occurs. */
interface WordType {
  readonly form: string;
  readonly upos: string;
  readonly xpos: string;
  readonly lemma: string;
  count: number;
}

/** Lemmas as the lemmatiser writes them: without the treebanks' compound underscores. */
export function plainLemma(lemma: string): string {
  return lemma.replaceAll('_', '');
}

function collectTypes(sentences: readonly LemmaSentence[]): WordType[] {
  const types = new Map<string, WordType>();
  for (const sentence of sentences) {
    let lemmas = sentence.lemmas.map(plainLemma);
    if (sentence.heads && sentence.deprels) lemmas = detachParticles(lemmas, sentence.words, sentence.heads, sentence.deprels);
    sentence.words.forEach((form, i) => {
      const upos = sentence.upos[i]!;
      const xpos = sentence.xpos?.[i] ?? '_';
      const lemma = lemmas[i]!;
      const key = `${form}\t${upos}\t${xpos}\t${lemma}`;
      const weight = sentence.weight ?? 1;
      const type = types.get(key);
      if (type) type.count += weight;
      else types.set(key, { form, upos, xpos, lemma, count: weight });
    });
  }
  return [...types.values()];
}

/** UPOS -> form -> its most frequent lemma (ties: the first in sorted order, for determinism). */
function buildDictionary(types: readonly WordType[]): Map<string, Map<string, string>> {
  const counts = new Map<string, Map<string, number>>();
  for (const type of types) {
    for (const upos of [type.upos, ANY_UPOS]) {
      const key = `${upos}\t${type.form}`;
      const lemmas = counts.get(key) ?? new Map<string, number>();
      lemmas.set(type.lemma, (lemmas.get(type.lemma) ?? 0) + type.count);
      counts.set(key, lemmas);
    }
  }
  const dictionary = new Map<string, Map<string, string>>();
  for (const key of [...counts.keys()].sort()) {
    const [upos, form] = key.split('\t') as [string, string];
    const lemmas = [...counts.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const byForm = dictionary.get(upos) ?? new Map<string, string>();
    byForm.set(form, lemmas[0]![0]);
    dictionary.set(upos, byForm);
  }
  return dictionary;
}

/**
 * Learns a lemmatiser's parameters (see Lemmatizer.train): the dictionary of seen forms, the
 * edit scripts, and a ranking perceptron over scripts trained on word types, in a seeded
 * shuffled order so the result is the same on every run.
 */
export function trainLemmatizerParameters(sentences: readonly LemmaSentence[], options: LemmatizerTrainingOptions): LemmatizerParameters {
  const types = collectTypes(sentences);
  const dictionary = buildDictionary(types);
  const scriptTypes = new Map<string, number>();
  const lemmaTypes = new Map<string, number>();
  for (const type of types) {
    const key = scriptKey(computeScript(type.form.toLowerCase(), type.lemma.toLowerCase()));
    scriptTypes.set(key, (scriptTypes.get(key) ?? 0) + 1);
    const lemmaKey = `${type.lemma.toLowerCase()}|${type.upos}`;
    lemmaTypes.set(lemmaKey, (lemmaTypes.get(lemmaKey) ?? 0) + 1);
  }
  const identity = scriptKey({ ge: 'none', strip: '', add: '' });
  const scripts = [...scriptTypes].filter(([key, count]) => count >= options.minScriptCount || key === identity).map(([key]) => key).sort();
  if (!scripts.includes(identity)) scripts.unshift(identity);
  const classes = classNames(scripts);
  const support = classes.map((name) => scriptTypes.get(name) ?? 0);
  const generator = new CandidateGenerator(classes, options.lexicon);
  const examples = types
    .filter((type) => type.count <= options.maxTypeCount && type.upos !== 'PUNCT' && type.upos !== 'SYM')
    .map((type) => {
      const lower = type.form.toLowerCase();
      const gold = type.lemma.toLowerCase();
      // Leave one out: whether another word type of the training data has this lemma.
      const context = {
        lexicon: options.lexicon,
        isTrainingLemma: (lemma: string, upos: string) => (lemmaTypes.get(`${lemma}|${upos}`) ?? 0) > (lemma === gold && upos === type.upos ? 1 : 0),
      };
      const formEntry = options.lexicon?.lookup(lower);
      const found = generator.candidates(lower, type.upos);
      const own = classes.indexOf(scriptKey(computeScript(lower, gold)));
      const candidates: RankedCandidate[] = found.map(({ lemma, classes: ids, identity: same }) => ({
        classes: ids,
        features: candidateFeatures(lemma, formEntry, type.upos, context, same, maxSupport(ids, support, own)),
      }));
      return { features: wordFeatures(lower, type.form, type.upos, type.xpos, formEntry), candidates, gold: found.findIndex((candidate) => candidate.lemma === gold) };
    })
    .filter((example) => example.gold >= 0 && example.candidates.length > 1);
  const trainer = new RankingPerceptronTrainer();
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(examples, random);
    for (const example of examples) trainer.update(example.features, example.candidates, example.gold);
  }
  const trainingLemmas = new Set([...lemmaTypes.keys()].sort());
  return { dictionary, classes, support, weights: PackedWeights.fromWeights(trainer.averaged(), classes.length), trainingLemmas };
}
