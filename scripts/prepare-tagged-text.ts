// Turns text tagged with CGN tags but without syntax into CoNLL-U with part of speech only,
// as extra training data for the tagger:
// - `--format openboek`: the OpenBoek coreference files (CC BY 4.0), whose tags come from
//   hand-corrected Alpino parses;
// - `--format frog`: Frog's output (`frog -n --skip=tmnpca -t TEXT -o OUT`) on permissively
//   licensed text, i.e. silver tags; Frog is a data-preparation tool here, never a run-time one.
// CGN tags are written as the treebanks write them ("N[soort,ev]" or "N(soort,ev)" ->
// "N|soort|ev"); universal tags follow the treebanks' mapping of each CGN tag, learned from a
// reference CoNLL-U file (per word where the word decides). Verbs that can be auxiliaries get
// `AUX/VERB`: whether "heeft" is one depends on syntax this text lacks, so the tagger learns only
// that it is one of the two.
//
//   node --import tsx scripts/prepare-tagged-text.ts --format openboek|frog --reference REF.conllu \
//     --out OUT.conllu FILES...
import { createWriteStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { MajorityVotes } from '../src/annotate/majority-votes.ts';
import { readConllu } from '../src/conllu/conllu.ts';
import { conlluSentence } from '../src/conllu/write-conllu.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string' }, reference: { type: 'string' }, out: { type: 'string' } } });
if (!values.reference || !values.out || positionals.length === 0 || (values.format !== 'openboek' && values.format !== 'frog')) {
  throw new Error('usage: prepare-tagged-text.ts --format openboek|frog --reference REF.conllu --out OUT.conllu FILES...');
}

/** Forms of the verbs that are auxiliaries in the treebanks. */
const AUXILIARY_FORMS = new Set(
  'ben bent is zijn was waren geweest wezen heb hebt heeft hebben had hadden gehad word wordt worden werd werden geworden kan kun kunt kunnen kon konden gekund moet moeten moest moesten gemoeten mag mogen mocht mochten gemogen zal zult zullen zou zoudt zouden'.split(' '),
);
/** A word's universal tag is taken from the reference when it was seen this often with the tag. */
const MIN_WORD_COUNT = 2;

interface TaggedWord {
  readonly form: string;
  readonly cgn: string;
}


/** "N[soort,ev]" (OpenBoek) or "N(soort,ev)" (Frog) as the treebanks write it: "N|soort|ev". */
function lassyTag(cgn: string): string {
  return cgn.replace(/[[(][\])]$/, '').replace(/[[(,]/g, '|').replace(/[\])]$/, '') || '_';
}

/** The universal tag of a CGN tag the reference never saw: the CGN main class decides. */
function fallbackUpos(xpos: string): string {
  const [main, first] = xpos.split('|');
  switch (main) {
    case 'LET': return 'PUNCT';
    case 'ADJ': return 'ADJ';
    case 'BW': return 'ADV';
    case 'LID': return 'DET';
    case 'N': return first === 'eigen' ? 'PROPN' : 'NOUN';
    case 'SPEC': return first === 'deeleigen' ? 'PROPN' : first === 'symb' ? 'SYM' : 'X';
    case 'TSW': return 'INTJ';
    case 'TW': return first === 'rang' ? 'ADJ' : 'NUM';
    case 'VZ': return 'ADP';
    case 'VG': return first === 'neven' ? 'CCONJ' : 'SCONJ';
    case 'WW': return 'VERB';
    case 'VNW': return xpos.includes('|adv-pron|') ? 'ADV' : xpos.includes('|prenom|') && first !== 'bez' ? 'DET' : 'PRON';
    default: return 'X';
  }
}

/** Sentences of a file: blank lines between them; `#` lines skipped. */
function readBlocks(file: string, columns: (fields: string[]) => TaggedWord): TaggedWord[][] {
  const sentences: TaggedWord[][] = [];
  let words: TaggedWord[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (words.length > 0) sentences.push(words);
      words = [];
    } else words.push(columns(line.split('\t').length > 3 ? line.split('\t') : line.split(/\s+/)));
  }
  if (words.length > 0) sentences.push(words);
  return sentences;
}

const READERS = {
  openboek: (fields: string[]): TaggedWord => ({ form: fields[3]!, cgn: fields[4]! }),
  frog: (fields: string[]): TaggedWord => ({ form: fields[1]!, cgn: fields[4]! }),
};

const byWord = new MajorityVotes();
const byTag = new MajorityVotes();
for await (const sentence of readConllu(values.reference)) {
  for (const word of sentence.words) {
    if (word.xpos === '_') continue;
    byWord.add(`${word.xpos} ${word.form.toLowerCase()}`, word.upos);
    byTag.add(word.xpos, word.upos);
  }
}

const out = createWriteStream(values.out);
let sentenceCount = 0;
let wordCount = 0;
for (const file of positionals) {
  const name = basename(file).replace(/\.[^.]+$/, '');
  readBlocks(file, READERS[values.format]).forEach((sentence, index) => {
    const words = sentence.map(({ form, cgn }, i) => {
      const xpos = lassyTag(cgn);
      const lower = form.toLowerCase();
      const upos = xpos.startsWith('WW') && AUXILIARY_FORMS.has(lower) ? 'AUX/VERB' : (byWord.best(`${xpos} ${lower}`, MIN_WORD_COUNT) ?? byTag.best(xpos) ?? fallbackUpos(xpos));
      return { id: i + 1, form, lemma: '_', upos, xpos, feats: '_', head: -1, deprel: '_', misc: '_' };
    });
    out.write(conlluSentence({ comments: new Map([['sent_id', `${name}-${index + 1}`], ['text', words.map((w) => w.form).join(' ')]]), words, line: 0 }));
    sentenceCount += 1;
    wordCount += words.length;
  });
}
out.end();
console.log(`${sentenceCount} sentences, ${wordCount} words -> ${values.out}`);
