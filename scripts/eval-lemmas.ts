// Lemma accuracy of the Dutch lemmatiser on a CoNLL-U file with gold lemmas: with the gold
// UPOS (the lemmatiser's own quality) and with the UPOS of the tagger, each without and with
// separable-verb particles attached from the gold tree. Lemmas are compared exactly after
// removing `_` (src/eval/lemma-eval.ts). Sentences the lemmatiser was trained on (its
// provenance records them) are left out, as kroniek eval does.
//
//   node --import tsx scripts/eval-lemmas.ts FILE.conllu [--model FILE] [--tagger FILE] [--no-xpos]
import { parseArgs } from 'node:util';
import { readConllu, type ConlluSentence } from '../src/conllu/conllu.ts';
import { DEFAULT_LEMMATIZER_PATH, loadLemmatizer } from '../src/annotate/lemma/lemmatizer-model.ts';
import { attachParticles } from '../src/annotate/lemma/particles.ts';
import { loadTagger } from '../src/annotate/tagger/tagger-model.ts';
import { hashString } from '../src/annotate/linear/hashing.ts';
import { trainedSentences } from '../src/annotate/model-file.ts';
import { scoreLemmas } from '../src/eval/lemma-eval.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: DEFAULT_LEMMATIZER_PATH },
    tagger: { type: 'string', default: 'models/tagger-nl.json.gz' },
    'no-xpos': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file) throw new Error('usage: eval-lemmas.ts FILE.conllu [--model FILE] [--tagger FILE] [--no-xpos]');

const { provenance } = loadLemmatizer(values.model);
const trained = trainedSentences(provenance);
const sentences: ConlluSentence[] = [];
let leftOut = 0;
for await (const sentence of readConllu(file)) {
  const id = sentence.comments.get('sent_id');
  if (id !== undefined && trained.has(hashString(id))) leftOut += 1;
  else sentences.push(sentence);
}
const column = (pick: (word: ConlluSentence['words'][number]) => string): string[][] => sentences.map((sentence) => sentence.words.map(pick));
const words = column((word) => word.form);
const gold = column((word) => word.lemma);
const goldUpos = column((word) => word.upos);
const xpos = values['no-xpos'] ? undefined : column((word) => word.xpos);
const heads = sentences.map((sentence) => sentence.words.map((word) => word.head));
const deprels = column((word) => word.deprel);

/**
 * The tagger's tags: a UPOS array, or (the tagger being reworked) `{ upos, xpos }`; the fine
 * tags are used when it gives them.
 */
function taggerTags(result: unknown): { upos: string[]; xpos: string[] | undefined } {
  if (Array.isArray(result)) return { upos: result as string[], xpos: undefined };
  const tags = result as { upos: string[]; xpos?: string[] };
  return { upos: tags.upos, xpos: tags.xpos };
}
const { tagger } = loadTagger(values.tagger);
const predicted = words.map((sentence) => taggerTags(tagger.tag(sentence)));
const predictedUpos = predicted.map((tags) => tags.upos);
const predictedXpos = predicted.every((tags) => tags.xpos !== undefined) ? predicted.map((tags) => tags.xpos!) : undefined;
const tagged = scoreLemmas(goldUpos, predictedUpos).accuracy; // the same exact comparison scores UPOS

function run(upos: string[][], fine: string[][] | undefined): { plain: number; particles: number; wordsPerSecond: number } {
  const { lemmatizer } = loadLemmatizer(values.model);
  const started = performance.now();
  const lemmas = words.map((sentence, s) => lemmatizer.lemmatize(sentence, upos[s]!, fine?.[s]));
  const seconds = (performance.now() - started) / 1000;
  const attached = lemmas.map((sentence, s) => attachParticles(sentence, words[s]!, heads[s]!, deprels[s]!, upos[s]!));
  const tokens = words.reduce((sum, sentence) => sum + sentence.length, 0);
  return { plain: scoreLemmas(gold, lemmas).accuracy, particles: scoreLemmas(gold, attached).accuracy, wordsPerSecond: tokens / seconds };
}

const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;
const tokens = words.reduce((sum, sentence) => sum + sentence.length, 0);
console.log(`${file}: ${sentences.length} sentences, ${tokens} words${leftOut > 0 ? ` (${leftOut} sentences the lemmatiser was trained on left out)` : ''}`);
const goldRun = run(goldUpos, xpos);
console.log(`gold UPOS${xpos ? ' and XPOS' : ''}:  lemma ${percent(goldRun.plain)}, with particles from the gold tree ${percent(goldRun.particles)}`);
const predictedRun = run(predictedUpos, values['no-xpos'] ? undefined : predictedXpos);
console.log(`tagger UPOS${predictedXpos && !values['no-xpos'] ? ' and XPOS' : ''} (${percent(tagged)} UPOS correct):  lemma ${percent(predictedRun.plain)}, with particles from the gold tree ${percent(predictedRun.particles)}`);
console.log(`speed, cold cache (every word lemmatised once, model fresh): ${Math.round(predictedRun.wordsPerSecond).toLocaleString('en')} words/s`);
