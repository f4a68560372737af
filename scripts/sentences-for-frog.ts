// Writes the sentences of a CoNLL-U file or of a CoNLL-2012-like corpus (MEANTIME, the OpenBoek
// novels: `#` lines, a blank line between sentences, the word in the fourth column) one a line,
// tokens separated by spaces, as `frog -n --skip=tmnpca` reads them: Frog then keeps the tokens
// as given, so its tags and lemmas line up with them (scripts/prepare-data.sh).
//
//   node --import tsx scripts/sentences-for-frog.ts --format conllu|conll2012 FILES... > OUT.txt
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/conllu/conllu.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string' } } });
if (positionals.length === 0 || (values.format !== 'conllu' && values.format !== 'conll2012')) {
  throw new Error('usage: sentences-for-frog.ts --format conllu|conll2012 FILES...');
}

/** The word's column in CoNLL-2012-like files. */
const WORD_COLUMN = 3;

for (const file of positionals) {
  if (values.format === 'conllu') {
    for await (const sentence of readConllu(file)) process.stdout.write(`${sentence.words.map((w) => w.form).join(' ')}\n`);
    continue;
  }
  let words: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (words.length > 0) process.stdout.write(`${words.join(' ')}\n`);
      words = [];
      continue;
    }
    const word = line.split(/\t|\s+/)[WORD_COLUMN];
    if (word) words.push(word);
  }
  if (words.length > 0) process.stdout.write(`${words.join(' ')}\n`);
}
