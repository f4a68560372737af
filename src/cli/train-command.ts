import { Command } from 'commander';
import { lemmaTrainingSentences } from '../annotate/lemma/lemma-training-data.ts';
import { saveLemmatizer } from '../annotate/lemma/lemmatizer-model.ts';
import { DEFAULT_LEMMATIZER_TRAINING } from '../annotate/lemma/lemmatizer-training.ts';
import { Lemmatizer } from '../annotate/lemma/lemmatizer.ts';
import { loadLexicon } from '../annotate/lexicon/load-lexicon.ts';
import { encodeTrainedSentences, type ModelProvenance } from '../annotate/model-file.ts';
import { saveParser } from '../annotate/parser/parser-model.ts';
import { DEFAULT_PARSER_TRAINING, Parser } from '../annotate/parser/parser.ts';
import { FeatureTable } from '../annotate/tagger/feature-table.ts';
import { LexiconClasses } from '../annotate/tagger/lexicon-classes.ts';
import { saveTagger } from '../annotate/tagger/tagger-model.ts';
import { DEFAULT_TAGGER_TRAINING, Tagger } from '../annotate/tagger/tagger.ts';
import { readConllu, type ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence, universalRelation } from '../conllu/legacy-conventions.ts';
import { parsePositiveInt, runCommand } from './common.ts';

interface TrainFlags {
  readonly conllu: string[];
  readonly out: string;
  readonly epochs: string;
  readonly licence: string;
}

/** The licence of the data the shipped models are trained on; `--licence` says another. */
const UD_DUTCH_LICENCE = 'CC BY-SA 4.0 (UD Dutch treebanks)';
/** Marks a sentence whose fine tags are silver (scripts/prepare-training-data.ts): its
 * features are in the 2017 conventions and do not teach the feature table. */
const SILVER_COMMENT = 'xpos';

type Trainer = (sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string) => string;

export function trainCommand(): Command {
  return new Command('train')
    .description("train Kroniek's own models from annotated data (models/README.md)")
    .addCommand(modelCommand('tagger', 'the part-of-speech tagger (UPOS, CGN tag, features)', DEFAULT_TAGGER_TRAINING.epochs, trainTagger))
    .addCommand(modelCommand('parser', 'the dependency parser (heads and universal relations)', DEFAULT_PARSER_TRAINING.epochs, trainParser))
    .addCommand(modelCommand('lemmatizer', 'the lemmatiser', DEFAULT_LEMMATIZER_TRAINING.epochs, trainLemmatizer));
}

function trainTagger(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string): string {
  const lexicon = loadLexicon();
  const tagger = Tagger.train(
    sentences.map((s) => ({ words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) })),
    { ...DEFAULT_TAGGER_TRAINING, epochs },
    new LexiconClasses(lexicon),
  );
  const features = FeatureTable.learn(sentences.filter((s) => !s.comments.has(SILVER_COMMENT)).flatMap((s) => s.words.filter((w) => w.feats !== '_')));
  saveTagger({ tagger, features, provenance }, out);
  const { upos, xpos } = tagger.parameters;
  return `${upos.size.features} universal and ${xpos.size.features} fine-tag features`;
}

function trainParser(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string): string {
  const trees = sentences.filter((s) => s.words.every((w) => w.head >= 0));
  const { parser, lifted, skipped } = Parser.train(
    trees.map((s) => ({
      words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
      heads: s.words.map((w) => w.head), relations: s.words.map((w) => universalRelation(w.deprel)),
    })),
    { ...DEFAULT_PARSER_TRAINING, epochs },
  );
  saveParser(parser, provenance, out);
  return `${trees.length} trees, ${lifted} made projective, ${skipped} left out, ${parser.parameters.model.size.features} features`;
}

function trainLemmatizer(sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string): string {
  const lexicon = loadLexicon();
  const lemmatized = sentences.filter((s) => s.words.every((w) => w.lemma !== '_'));
  const lemmatizer = Lemmatizer.train(lemmaTrainingSentences(lemmatized, lexicon), { ...DEFAULT_LEMMATIZER_TRAINING, epochs, lexicon });
  saveLemmatizer(lemmatizer, provenance, out);
  return `${lemmatized.length} lemmatised sentences, ${lemmatizer.parameters.classes.length} edit classes`;
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
        const provenance: ModelProvenance = {
          data: flags.conllu,
          licence: flags.licence,
          command: `kroniek train ${name} --conllu ${flags.conllu.join(' ')} --out ${flags.out} --epochs ${epochs}`,
          date: new Date().toISOString().slice(0, 10),
          trainedOn: encodeTrainedSentences(ids),
        };
        const started = performance.now();
        const detail = train(sentences, epochs, provenance, flags.out);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(`trained on ${sentences.length} sentences in ${seconds} s: ${flags.out} (${detail})\n`);
      }),
    );
}
