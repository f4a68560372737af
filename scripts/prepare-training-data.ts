// Prepares the 2017 LassySmall training file for training the tagger and parser: maps it to
// current UD conventions (src/conllu/legacy-conventions.ts) and gives every word a silver
// fine-grained (CGN) tag, which the 2017 file lacks: Frog's tag (Debian package `frog`, run
// once, offline, on the file's own tokens), corrected by a table learned where gold fine tags
// exist (the training half of the LassySmall dev file, tagged by Frog the same way): the gold
// tag most often seen with Frog's tag, the gold universal tag and the word, else with Frog's
// tag and the universal tag. Frog is a data-preparation tool here, never a run-time one.
//
//   frog -n --skip=tmnpca -t sentences.txt -o sentences.frog   (one space-tokenised sentence a line)
//   node --import tsx scripts/prepare-training-data.ts --legacy LEGACY.conllu --legacy-frog LEGACY.frog \
//     --reference DEV-TRAIN.conllu --reference-frog DEV-TRAIN.frog --out OUT.conllu
import { createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MajorityVotes } from '../src/annotate/majority-votes.ts';
import { readConllu, type ConlluSentence } from '../src/conllu/conllu.ts';
import { modernizeSentence } from '../src/conllu/legacy-conventions.ts';
import { conlluSentence } from '../src/conllu/write-conllu.ts';

const { values } = parseArgs({ options: { legacy: { type: 'string' }, 'legacy-frog': { type: 'string' }, reference: { type: 'string' }, 'reference-frog': { type: 'string' }, out: { type: 'string' } } });
const required = (name: keyof typeof values): string => values[name] ?? fail(`--${name} is required`);
function fail(message: string): never {
  throw new Error(message);
}

/** Frog's tab-separated output: one block per sentence, the tag in column 5, "N(soort,ev)". */
function readFrogTags(path: string): string[][] {
  const sentences: string[][] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (tags.length > 0) sentences.push(tags);
      tags = [];
      continue;
    }
    tags.push(lassyTag(line.split('\t')[4]!));
  }
  if (tags.length > 0) sentences.push(tags);
  return sentences;
}

/** Frog writes CGN tags as "N(soort,ev,basis)", the treebanks as "N|soort|ev|basis". */
function lassyTag(frog: string): string {
  return frog.replace(/\(\)$/, '').replace(/[(,]/g, '|').replace(/\)$/, '');
}

async function sentencesOf(path: string): Promise<ConlluSentence[]> {
  const sentences: ConlluSentence[] = [];
  for await (const sentence of readConllu(path)) sentences.push(modernizeSentence(sentence));
  return sentences;
}

function aligned(sentences: readonly ConlluSentence[], frog: readonly string[][], name: string): void {
  if (sentences.length !== frog.length) fail(`${name}: ${sentences.length} sentences but ${frog.length} tagged by Frog`);
  sentences.forEach((s, i) => {
    if (s.words.length !== frog[i]!.length) fail(`${name}: sentence ${i + 1} has ${s.words.length} words, Frog tagged ${frog[i]!.length}`);
  });
}


const reference = await sentencesOf(required('reference'));
const referenceFrog = readFrogTags(required('reference-frog'));
aligned(reference, referenceFrog, required('reference'));
const byWord = new MajorityVotes();
const byTags = new MajorityVotes();
reference.forEach((sentence, s) =>
  sentence.words.forEach((word, i) => {
    const frog = referenceFrog[s]![i]!;
    byWord.add(`${frog} ${word.upos} ${word.form.toLowerCase()}`, word.xpos);
    byTags.add(`${frog} ${word.upos}`, word.xpos);
  }),
);

const legacy = await sentencesOf(required('legacy'));
const legacyFrog = readFrogTags(required('legacy-frog'));
aligned(legacy, legacyFrog, required('legacy'));
const out = createWriteStream(required('out'));
let fromWord = 0;
let fromTags = 0;
let unknown = 0;
legacy.forEach((sentence, s) => {
  const words = sentence.words.map((word, i) => {
    const frog = legacyFrog[s]![i]!;
    const viaWord = byWord.best(`${frog} ${word.upos} ${word.form.toLowerCase()}`);
    const viaTags = viaWord ?? byTags.best(`${frog} ${word.upos}`);
    if (viaWord) fromWord += 1;
    else if (viaTags) fromTags += 1;
    else unknown += 1;
    return { ...word, xpos: viaTags ?? '_' };
  });
  const comments = new Map(sentence.comments);
  comments.set('xpos', 'silver');
  out.write(conlluSentence({ ...sentence, comments, words }));
});
out.end();
const total = fromWord + fromTags + unknown;
console.log(`${legacy.length} sentences, ${total} words: fine tag by word ${fromWord}, by tags ${fromTags}, unknown ${unknown} -> ${values.out}`);
