// Splits a CoNLL-U file by document into a training part and a tuning part, deterministically:
// documents (the sent_id before ".p.") in order of first appearance, the 1st, 3rd, 5th, ...
// to training, the 2nd, 4th, ... to tuning. Used to train on part of the LassySmall dev file
// while tuning and reporting on the rest (models/README.md).
//
//   node --import tsx scripts/split-treebank.ts IN.conllu --train OUT-train.conllu --tune OUT-tune.conllu
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { train: { type: 'string' }, tune: { type: 'string' } } });
const [input] = positionals;
if (!input || !values.train || !values.tune) throw new Error('usage: split-treebank.ts IN.conllu --train FILE --tune FILE');

const outputs = [createWriteStream(values.train), createWriteStream(values.tune)] as const;
const documents = new Map<string, number>();
let block: string[] = [];
let documentNumber = 0;

function flush(): void {
  if (block.length === 0) return;
  outputs[documentNumber % 2 === 1 ? 0 : 1].write(`${block.join('\n')}\n\n`);
  block = [];
}

for await (const line of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
  if (line.trim() === '') {
    flush();
    continue;
  }
  const id = /^# sent_id = (.*)$/.exec(line)?.[1];
  if (id !== undefined) {
    const document = id.replace(/\.p\..*$/, '');
    if (!documents.has(document)) documents.set(document, documents.size + 1);
    documentNumber = documents.get(document)!;
  }
  block.push(line);
}
flush();
for (const output of outputs) output.end();
console.log(`${documents.size} documents: odd-numbered to ${values.train}, even-numbered to ${values.tune}`);
