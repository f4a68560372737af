import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadNerResources, saveNer } from '../annotate/entities/ner-model.ts';
import { nerDocument } from '../annotate/entities/ner-input.ts';
import { DEFAULT_NER_TRAINING, NerTagger, type TaggedNerDocument } from '../annotate/entities/ner-tagger.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../annotate/syntax/shared-analyzer.ts';
import { readTaggedDocuments } from '../conll/conll-ner.ts';
import { parseFrogOutput } from '../annotate/lemma/frog-silver.ts';
import { detachParticles } from '../annotate/lemma/particles.ts';
import { lemmaTrainingSentences } from '../annotate/lemma/lemma-training-data.ts';
import { saveLemmatizer } from '../annotate/lemma/lemmatizer-model.ts';
import { DEFAULT_LEMMATIZER_TRAINING } from '../annotate/lemma/lemmatizer-training.ts';
import { Lemmatizer } from '../annotate/lemma/lemmatizer.ts';
import { loadLexicon } from '../annotate/lexicon/load-lexicon.ts';
import { encodeTrainedSentences, type ModelProvenance } from '../annotate/model-file.ts';
import { saveParser } from '../annotate/parser/parser-model.ts';
import { DEFAULT_BEAM_TRAINING, trainBeamParser } from '../annotate/parser/beam-search.ts';
import { DEFAULT_PARSER_TRAINING, Parser } from '../annotate/parser/parser.ts';
import { FeatureTable } from '../annotate/tagger/feature-table.ts';
import { LexiconClasses } from '../annotate/tagger/lexicon-classes.ts';
import { saveTagger } from '../annotate/tagger/tagger-model.ts';
import { DEFAULT_TAGGER_TRAINING, Tagger, type TaggedSentence } from '../annotate/tagger/tagger.ts';
import { readConllu, type ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence } from '../conllu/legacy-conventions.ts';
import { normalizeLemma } from '../eval/lemma-eval.ts';
import { parsePositiveInt, runCommand } from './common.ts';
import { KroniekError } from '../errors.ts';

interface TrainFlags {
  readonly conllu: string[];
  readonly out: string;
  readonly epochs: string;
  readonly licence: string;
  readonly jackknife?: string;
  readonly beam?: string;
  readonly taggerConllu?: string[];
  readonly silver?: string[];
}

/** The licence of the data the shipped models are trained on; `--licence` says another. */
const UD_DUTCH_LICENCE = 'CC BY-SA 4.0 (UD Dutch treebanks)';
/** Marks a sentence whose fine tags are silver (scripts/prepare-training-data.ts): its
 * features are in the 2017 conventions and do not teach the feature table. */
const SILVER_COMMENT = 'xpos';

type Trainer = (sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string, flags: TrainFlags) => Promise<string> | string;

export function trainCommand(): Command {
  return new Command('train')
    .description("train Kroniek's own models from annotated data (models/README.md)")
    .addCommand(modelCommand('tagger', 'the part-of-speech tagger (UPOS, CGN tag, features)', DEFAULT_TAGGER_TRAINING.epochs, trainTagger))
    .addCommand(
      modelCommand('parser', 'the dependency parser (heads and relations)', DEFAULT_PARSER_TRAINING.epochs, trainParser)
        .option('--jackknife <k>', "learn from tags predicted by k taggers, each trained without the sentences it tags, as the parser will see a tagger's errors (1: gold tags)", String(DEFAULT_JACKKNIFE))
        .option('--tagger-conllu <files...>', 'extra training data for those taggers only (part of speech without trees)')
        .option('--beam <k>', 'parses kept at each step, in training (global, max-violation) and in use (1: greedy, with the dynamic oracle)', String(DEFAULT_BEAM)),
    )
    .addCommand(nerTrainCommand())
    .addCommand(
      modelCommand('lemmatizer', 'the lemmatiser', DEFAULT_LEMMATIZER_TRAINING.epochs, trainLemmatizer)
        .option('--silver <files...>', "Frog's output over permissively licensed text: silver lemmas that fill gaps at a small weight"),
    );
}

/**
 * The parser's default beam width: 1, the greedy parser that ships. A beam of 4 scored LAS
 * 76.88 on Alpino dev (greedy 76.74) and 77.84 on the LassySmall tuning half (76.71) but parses
 * at half the speed, which the full pipeline's speed target cannot spare (docs/language-core.md).
 */
const DEFAULT_BEAM = 1;

/** Folds for the parser's predicted training tags: enough that each tagger sees most data. */
const DEFAULT_JACKKNIFE = 5;

function taggedSentence(sentence: ConlluSentence): TaggedSentence {
  return { words: sentence.words.map((w) => w.form), upos: sentence.words.map((w) => w.upos), xpos: sentence.words.map((w) => w.xpos) };
}

function trainTagger(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string): string {
  const tagger = Tagger.train(sentences.map(taggedSentence), { ...DEFAULT_TAGGER_TRAINING, epochs }, new LexiconClasses(loadLexicon()));
  // Features are learned from sentences that have them (text tagged without them has only `_`).
  const withFeatures = sentences.filter((s) => !s.comments.has(SILVER_COMMENT) && s.words.some((w) => w.feats !== '_'));
  const features = FeatureTable.learn(withFeatures.flatMap((s) => s.words));
  saveTagger({ tagger, features, provenance }, out);
  const { upos, xpos } = tagger.parameters;
  return `${upos.size.features} universal and ${xpos.size.features} fine-tag features`;
}

async function trainParser(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string, flags: TrainFlags): Promise<string> {
  const trees = sentences.filter((s) => s.words.every((w) => w.head >= 0));
  const folds = parsePositiveInt(flags.jackknife ?? String(DEFAULT_JACKKNIFE), '--jackknife');
  const extra: TaggedSentence[] = [];
  for (const file of flags.taggerConllu ?? []) for await (const sentence of readConllu(file)) extra.push(taggedSentence(modernizeSentence(sentence)));
  const tags = folds > 1 ? jackknifedTags(trees.map(taggedSentence), extra, folds) : trees.map(taggedSentence);
  const beam = parsePositiveInt(flags.beam ?? String(DEFAULT_BEAM), '--beam');
  const input = trees.map((s, i) => ({ ...tags[i]!, lemmas: bareLemmas(s), heads: s.words.map((w) => w.head), relations: s.words.map((w) => w.deprel) }));
  const { parser, lifted, skipped } = beam > 1 ? trainBeamParser(input, { ...DEFAULT_BEAM_TRAINING, epochs, beam }) : Parser.train(input, { ...DEFAULT_PARSER_TRAINING, epochs });
  saveParser(parser, provenance, out);
  return `${trees.length} trees (tags from ${folds > 1 ? `${folds} jackknifed taggers` : 'the data'}; ${beam > 1 ? `beam ${beam}` : 'greedy'}), ${lifted} made projective, ${skipped} left out, ${parser.parameters.model.size.features} features`;
}

/** The lemmas the parser sees in use: the lemmatiser's, before a separated particle joins. */
function bareLemmas(sentence: ConlluSentence): string[] {
  const words = sentence.words.map((w) => w.form);
  const lemmas = sentence.words.map((w) => normalizeLemma(w.lemma));
  return detachParticles(lemmas, words, sentence.words.map((w) => w.head), sentence.words.map((w) => w.deprel));
}

/**
 * The tags `folds` taggers predict for the sentences, each tagger trained on the other folds
 * (and `extra`) and tagging its own fold: a parser trained on them learns to live with a
 * tagger's mistakes, which it meets in use (measured: +0.7 LAS on Alpino dev).
 */
function jackknifedTags(sentences: readonly TaggedSentence[], extra: readonly TaggedSentence[], folds: number): TaggedSentence[] {
  const classes = new LexiconClasses(loadLexicon());
  const tagged: TaggedSentence[] = [...sentences];
  for (let fold = 0; fold < folds; fold++) {
    const tagger = Tagger.train([...sentences.filter((_, i) => i % folds !== fold), ...extra], DEFAULT_TAGGER_TRAINING, classes);
    sentences.forEach((sentence, i) => {
      if (i % folds === fold) tagged[i] = { words: sentence.words, ...tagger.tag(sentence.words) };
    });
  }
  return tagged;
}

function trainLemmatizer(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string, flags: TrainFlags): string {
  const lexicon = loadLexicon();
  const lemmatized = sentences.filter((s) => s.words.every((w) => w.lemma !== '_'));
  const silver = (flags.silver ?? []).flatMap((path) => parseFrogOutput(readFileSync(path, 'utf8')));
  const lemmatizer = Lemmatizer.train(lemmaTrainingSentences(lemmatized, lexicon, silver), { ...DEFAULT_LEMMATIZER_TRAINING, epochs, lexicon });
  saveLemmatizer(lemmatizer, provenance, out);
  return `${lemmatized.length} lemmatised sentences and ${silver.length} silver ones, ${lemmatizer.parameters.classes.length} edit classes`;
}

/** One `kroniek train <model>` command: read and modernise the CoNLL-U files, train, save. */
function modelCommand(name: string, what: string, defaultEpochs: number, train: Trainer): Command {
  return new Command(name)
    .description(`train ${what} on CoNLL-U files`)
    .requiredOption('--conllu <files...>', 'training files; UD 2.0-era files (no XPOS) are mapped to current conventions')
    .requiredOption('--out <file>', 'model file to write (gzipped JSON)')
    .option('--epochs <n>', 'passes over the data', String(defaultEpochs))
    .option('--licence <text>', "the training data's licence, recorded in the model", UD_DUTCH_LICENCE)
    .addHelpText('after', '\nSentences the model learns from are recorded (by a hash of their sent_id) so that\nkroniek eval leaves them out. Training is deterministic: the same data gives the same model.')
    .action((flags: TrainFlags) =>
      runCommand(async () => {
        const sentences: ConlluSentence[] = [];
        for (const file of flags.conllu) for await (const sentence of readConllu(file)) sentences.push(modernizeSentence(sentence));
        const epochs = parsePositiveInt(flags.epochs, '--epochs');
        const ids = sentences.map((s) => s.comments.get('sent_id')).filter((id): id is string => id !== undefined);
        const extraFiles = [...(flags.taggerConllu ?? []), ...(flags.silver ?? []).map((path) => `${path} (silver: Frog's lemmas)`)];
        const extraFlags = [
          ...(flags.jackknife ? [`--jackknife ${flags.jackknife}`] : []),
          ...(flags.beam ? [`--beam ${flags.beam}`] : []),
          ...(flags.taggerConllu?.length ? [`--tagger-conllu ${flags.taggerConllu.join(' ')}`] : []),
          ...(flags.silver?.length ? [`--silver ${flags.silver.join(' ')}`] : []),
        ];
        const provenance: ModelProvenance = {
          data: [...flags.conllu, ...extraFiles],
          licence: flags.licence,
          command: [`kroniek train ${name} --conllu ${flags.conllu.join(' ')}`, ...extraFlags, `--out ${flags.out} --epochs ${epochs}`].join(' '),
          date: new Date().toISOString().slice(0, 10),
          trainedOn: encodeTrainedSentences(ids),
        };
        const started = performance.now();
        const detail = await train(sentences, epochs, provenance, flags.out, flags);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(`trained on ${sentences.length} sentences in ${seconds} s: ${flags.out} (${detail})\n`);
      }),
    );
}

/** The licence CoNLL-2002 gives its data, and so the NER model trained on it. */
const CONLL2002_LICENCE = 'research use only (CoNLL-2002 Dutch: "may only be used for research applications in the context of the CoNLL-2002 shared task")';

/** `ORG:10 MISC:2` as a prior per entity type. */
function parsePrior(values: readonly string[]): Record<string, number> {
  const prior: Record<string, number> = {};
  for (const value of values) {
    const match = /^([A-Za-z]+):(-?\d+(?:\.\d+)?)$/.exec(value);
    if (!match) throw new KroniekError('bad-option', `--prior: expected TYPE:score (ORG:10), got ${value}`);
    prior[match[1]!] = Number(match[2]);
  }
  return prior;
}

function formatPrior(prior: Readonly<Record<string, number>>): string {
  return Object.entries(prior).map(([type, score]) => `${type}:${score}`).join(' ');
}

/** `kroniek train ner`: CoNLL-format NER files, tagged with the language core, then trained. */
function nerTrainCommand(): Command {
  return new Command('ner')
    .description('train the named-entity tagger on CoNLL-format files (the token first, the IOB2 tag last)')
    .requiredOption('--conll <files...>', 'training files, -DOCSTART- lines between documents')
    .requiredOption('--out <file>', 'model file to write (gzipped JSON)')
    .option('--epochs <n>', 'passes over the data', String(DEFAULT_NER_TRAINING.epochs))
    .option('--licence <text>', "the training data's licence, recorded in the model", CONLL2002_LICENCE)
    .option('--clusters <file>', 'word clusters to train with (default: the shipped ones; give the same file when using the model)')
    .option('--secondary <files...>', 'more training files from another domain: each file a domain of its own, its mistakes weighted by --secondary-weight, the types it never marks left open')
    .option('--secondary-weight <w>', 'how much a secondary file\'s mistakes count', '0.5')
    .option('--prior <type:score...>', 'added to the score of starting a name of a type (docs/ner.md)', formatPrior(DEFAULT_NER_TRAINING.prior ?? {}))
    .option('--orders <n>', 'models trained on different orders of the documents and averaged', String(DEFAULT_NER_TRAINING.orders ?? 1))
    .action((flags: { conll: string[]; out: string; epochs: string; licence: string; clusters?: string; secondary?: string[]; secondaryWeight: string; prior: string[] | string; orders: string }) =>
      runCommand(async () => {
        const epochs = parsePositiveInt(flags.epochs, '--epochs');
        const prior = parsePrior(typeof flags.prior === 'string' ? flags.prior.split(' ').filter(Boolean) : flags.prior);
        const weight = Number(flags.secondaryWeight);
        if (!(weight > 0)) throw new KroniekError('bad-option', `--secondary-weight: expected a positive number, got ${flags.secondaryWeight}`);
        const analyzer = sharedDutchAnalyzer();
        const documents: TaggedNerDocument[] = [];
        const files = [...flags.conll.map((file) => ({ file, domain: 0 })), ...(flags.secondary ?? []).map((file, i) => ({ file, domain: i + 1 }))];
        const read = await Promise.all(files.map(async ({ file }) => readTaggedDocuments(file)));
        const typesOf = read.map((docs) => new Set(docs.flatMap((d) => d.sentences.flatMap((s) => s.tags.filter((t) => t !== 'O').map((t) => t.slice(2))))));
        const allTypes = new Set(typesOf.flatMap((types) => [...types]));
        files.forEach(({ domain }, f) => {
          const unannotated = [...allTypes].filter((type) => !typesOf[f]!.has(type));
          for (const document of read[f]!) {
            const tagged = nerDocument(document.sentences.map((s) => s.words), analyzer);
            const sentences = tagged.sentences.map((s, i) => ({ ...s, tags: document.sentences[i]!.tags }));
            documents.push(domain === 0 ? { sentences } : { sentences, domain, weight, unannotated });
          }
        });
        const started = performance.now();
        const paths = { clusters: flags.clusters };
        const orders = parsePositiveInt(flags.orders, '--orders');
        const tagger = NerTagger.train(documents, { ...DEFAULT_NER_TRAINING, epochs, prior, orders }, loadNerResources(paths, sharedLexicon()));
        const provenance: ModelProvenance = {
          data: [...flags.conll, ...(flags.secondary ?? [])],
          licence: flags.licence,
          command: `kroniek train ner --conll ${flags.conll.join(' ')} --out ${flags.out} --epochs ${epochs}${flags.clusters ? ` --clusters ${flags.clusters}` : ''}${flags.secondary ? ` --secondary ${flags.secondary.join(' ')} --secondary-weight ${weight}` : ''}${Object.keys(prior).length > 0 ? ` --prior ${formatPrior(prior)}` : ''} --orders ${orders}`,
          date: new Date().toISOString().slice(0, 10),
        };
        saveNer(tagger, provenance, flags.out, paths);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const sentences = documents.reduce((sum, d) => sum + d.sentences.length, 0);
        process.stderr.write(`trained on ${documents.length} documents, ${sentences} sentences in ${seconds} s: ${flags.out} (${tagger.parameters.model.size.features} features)\n`);
      }),
    );
}
