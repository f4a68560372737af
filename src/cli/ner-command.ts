import { Command } from 'commander';
import { loadNer } from '../annotate/entities/ner-model.ts';
import { nerDocument } from '../annotate/entities/ner-input.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../annotate/syntax/shared-analyzer.ts';
import { readConllNer, type ConllToken } from '../conll/conll-ner.ts';
import { DEFAULT_NER_PATH } from '../annotate/entities/ner-model.ts';
import { assertReadableFile, openOutput, runCommand } from './common.ts';

export function nerCommand(): Command {
  return new Command('ner')
    .description('tag the tokens of a CoNLL-format file with named entities (IOB2: PER, ORG, LOC, MISC)')
    .requiredOption('--conll <file>', 'one token a line, the token first; a blank line between sentences; -DOCSTART- lines between documents')
    .option('--model <file>', 'NER model', DEFAULT_NER_PATH)
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Every line is written back with the predicted tag appended as its last column, separated as
the line's own columns are (a space or a tab); blank and -DOCSTART- lines are kept. A document
is tagged as a whole, so a name's type earlier in it informs its later mentions.

Example:
  kroniek ner --conll ned.testa --out predicted.conll   # then conlleval < predicted.conll`,
    )
    .action((flags: { conll: string; model: string; out?: string }) =>
      runCommand(async () => {
        assertReadableFile(flags.conll);
        const analyzer = sharedDutchAnalyzer();
        const { tagger } = loadNer(flags.model, {}, sharedLexicon());
        const out = openOutput(flags.out);
        // One document at a time: memory holds a document, whatever the file's size.
        let document: ConllToken[][] = [];
        const flush = async (): Promise<void> => {
          if (document.length === 0) return;
          const tags = tagger.tagDocument(nerDocument(document.map((s) => s.map((t) => t.columns[0]!)), analyzer));
          for (const [s, sentence] of document.entries()) {
            for (const [i, token] of sentence.entries()) await out.write(`${token.text}${token.text.includes('\t') ? '\t' : ' '}${tags[s]![i]}\n`);
            await out.write('\n');
          }
          document = [];
        };
        try {
          for await (const item of readConllNer(flags.conll)) {
            if (item.kind === 'docstart') {
              await flush();
              await out.write(`${item.text}\n`);
            } else document.push([...item.tokens]);
          }
          await flush();
        } finally {
          await out.close();
        }
      }),
    );
}
