// Frog's named entities on a CoNLL-format NER file, for the peer row in eval/RESULTS.md.
// Frog (Debian `frog`) is a comparison only, never a dependency of Kroniek.
//
//   node --import tsx scripts/peer-frog-ner.ts text ../shared/data/conll2002-nl/ned.testa > /tmp/testa.txt
//   frog -n --skip=tmpca -t /tmp/testa.txt -o /tmp/testa.frog      (gold tokens: tokenizer skipped)
//   node --import tsx scripts/peer-frog-ner.ts align ../shared/data/conll2002-nl/ned.testa /tmp/testa.frog > /tmp/testa.frog.conll
//   npx kroniek eval ner /tmp/testa.frog.conll --predicted
//
// Frog's types PRO (products) and EVE (events) are MISC in the CoNLL-2002 scheme.
import { readFileSync } from 'node:fs';

const [mode, conllFile, frogFile] = process.argv.slice(2);
const FROG_TYPES: Readonly<Record<string, string>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC', PRO: 'MISC', EVE: 'MISC' };

/** Blocks of non-empty lines, split into columns; `-DOCSTART-` lines dropped. */
function blocks(text: string, separator: RegExp): string[][][] {
  return text.split(/\n\s*\n/).map((block) => block.split('\n').filter((line) => line.trim() && !line.startsWith('-DOCSTART-')).map((line) => line.split(separator))).filter((block) => block.length > 0);
}

const gold = blocks(readFileSync(conllFile!, 'utf8'), / +/);
if (mode === 'text') {
  for (const sentence of gold) console.log(sentence.map((columns) => columns[0]).join(' '));
} else if (mode === 'align' && frogFile) {
  const frog = blocks(readFileSync(frogFile, 'utf8'), /\t/);
  if (frog.length !== gold.length) throw new Error(`${frogFile}: ${frog.length} sentences, ${conllFile} has ${gold.length}`);
  const lines: string[] = [];
  gold.forEach((sentence, s) => {
    const tagged = frog[s]!;
    if (tagged.length !== sentence.length) throw new Error(`${frogFile}: sentence ${s + 1} has ${tagged.length} tokens, not ${sentence.length}`);
    sentence.forEach((columns, t) => {
      const tag = tagged[t]![6] || 'O';
      const [position, type] = tag === 'O' ? ['O', ''] : tag.split('-', 2);
      lines.push(`${columns.join(' ')} ${tag === 'O' ? 'O' : `${position}-${FROG_TYPES[type!] ?? 'MISC'}`}`);
    });
    lines.push('');
  });
  console.log(lines.join('\n'));
} else {
  throw new Error('usage: peer-frog-ner.ts text CONLL | align CONLL FROG');
}
