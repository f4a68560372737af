// Writes the text of the MEANTIME news corpus and the OpenBoek novels (both CC BY 4.0, see their
// READMEs in ../shared/data) one tokenised sentence per line, for Frog to lemmatise into silver
// training data for the lemmatiser (models/README.md):
//
//   node --import tsx scripts/silver-text.ts --out scratch/silver/meantime.txt ../shared/data/meantime-nl/meantime.conll
//   node --import tsx scripts/silver-text.ts --out scratch/silver/openboek.txt ../shared/data/openboek/coref/*.conll
//   frog -n --skip=tmnpca -t scratch/silver/meantime.txt -o scratch/silver/meantime.frog
//
// Both corpora are CoNLL-2012-like: `#` lines, a blank line between sentences, the word in the
// fourth tab-separated column.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const WORD_COLUMN = 3;
const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (!values.out || positionals.length === 0) throw new Error('usage: silver-text.ts --out FILE.txt CORPUS.conll...');

const lines: string[] = [];
for (const path of positionals) {
  let sentence: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentence.length > 0) lines.push(sentence.join(' '));
      sentence = [];
      continue;
    }
    const word = line.split('\t')[WORD_COLUMN];
    if (word) sentence.push(word);
  }
  if (sentence.length > 0) lines.push(sentence.join(' '));
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${values.out}: ${lines.length} sentences`);
