// Writes the sentences of a CoNLL-U file or of the MEANTIME corpus one a line, tokens separated
// by spaces, as `frog -n --skip=tmnpca` reads them (Frog then keeps the tokens as given).
// MEANTIME's date lines (sentence 1 of each article) are left out.
//
//   node --import tsx scripts/sentences-for-frog.ts --format conllu|meantime FILE > OUT.txt
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/conllu/conllu.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string' } } });
const [file] = positionals;
if (!file || (values.format !== 'conllu' && values.format !== 'meantime')) throw new Error('usage: sentences-for-frog.ts --format conllu|meantime FILE');

/** MEANTIME's sentence 1 is the article's date ("01-Mar-08"). */
const DATE_SENTENCE = '1';

if (values.format === 'conllu') {
  for await (const sentence of readConllu(file)) process.stdout.write(`${sentence.words.map((w) => w.form).join(' ')}\n`);
} else {
  let tokens: string[] = [];
  let sentence = '';
  const flush = (): void => {
    if (tokens.length > 0 && sentence !== DATE_SENTENCE) process.stdout.write(`${tokens.join(' ')}\n`);
    tokens = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length < 4) {
      flush();
      continue;
    }
    sentence = columns[1]!;
    tokens.push(columns[3]!);
  }
  flush();
}
