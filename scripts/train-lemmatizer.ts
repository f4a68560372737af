// Trains the Dutch lemmatiser and writes its model file (models/README.md has the command that
// made the shipped model). Training files in the 2017 conventions are mapped to the current
// ones (src/annotate/lemma/lemma-training-data.ts).
//
// Silver data: Frog's output (`frog -n --skip=tmnpca -t TEXT -o FILE.frog`, one sentence per
// line) over permissively licensed text, given with --silver (scripts/silver-text.ts makes
// the text from the MEANTIME and OpenBoek corpora).
//
//   node --import tsx scripts/train-lemmatizer.ts --conllu FILE [--conllu FILE...] [--silver FILE.frog...] --out FILE [--epochs N] [--no-lexicon]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFrogOutput } from '../src/annotate/lemma/frog-silver.ts';
import { readConllu, type ConlluSentence } from '../src/conllu/conllu.ts';
import { loadLexicon } from '../src/annotate/lexicon/load-lexicon.ts';
import { lemmaTrainingSentences } from '../src/annotate/lemma/lemma-training-data.ts';
import { Lemmatizer } from '../src/annotate/lemma/lemmatizer.ts';
import { DEFAULT_LEMMATIZER_TRAINING } from '../src/annotate/lemma/lemmatizer-training.ts';
import { saveLemmatizer } from '../src/annotate/lemma/lemmatizer-model.ts';
import { encodeTrainedSentences } from '../src/annotate/model-file.ts';

const { values } = parseArgs({
  options: {
    conllu: { type: 'string', multiple: true },
    silver: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    epochs: { type: 'string', default: String(DEFAULT_LEMMATIZER_TRAINING.epochs) },
    'no-lexicon': { type: 'boolean', default: false },
  },
});
if (!values.conllu?.length || !values.out) throw new Error('usage: train-lemmatizer.ts --conllu FILE [--conllu FILE...] --out FILE [--epochs N] [--no-lexicon]');

const sentences: ConlluSentence[] = [];
for (const path of values.conllu) for await (const sentence of readConllu(path)) sentences.push(sentence);
const lexicon = values['no-lexicon'] ? undefined : loadLexicon();
const started = performance.now();
const silver = values.silver.flatMap((path) => parseFrogOutput(readFileSync(path, 'utf8')));
const lemmatizer = Lemmatizer.train(lemmaTrainingSentences(sentences, lexicon, silver), { ...DEFAULT_LEMMATIZER_TRAINING, epochs: Number(values.epochs), lexicon });
const seconds = (performance.now() - started) / 1000;
const command = `node --import tsx scripts/train-lemmatizer.ts ${[...values.conllu.map((path) => `--conllu ${path}`), ...values.silver.map((path) => `--silver ${path}`)].join(' ')} --out ${values.out} --epochs ${values.epochs}${lexicon ? '' : ' --no-lexicon'}`;
saveLemmatizer(lemmatizer, {
  data: [...values.conllu, ...values.silver.map((path) => `${path} (silver: lemmas and tags by Frog)`)],
  licence: 'CC BY-SA 4.0 (UD Dutch treebanks); lexicon features from OpenTaal (BSD-3-Clause or CC BY 3.0); silver data from CC BY 4.0 text',
  command,
  date: new Date().toISOString().slice(0, 10),
  // Hashes of the treebank sentences learned from: evaluation leaves them out (kroniek eval).
  trainedOn: encodeTrainedSentences(sentences.map((sentence) => sentence.comments.get('sent_id')).filter((id): id is string => id !== undefined)),
}, values.out);
console.log(`${values.out}: ${sentences.length} sentences and ${silver.length} silver ones, ${lemmatizer.parameters.classes.length} classes, trained in ${seconds.toFixed(1)} s`);
