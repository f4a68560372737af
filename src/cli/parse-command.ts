import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { reparseConllu } from '../annotate/syntax/conllu-reparse.ts';
import { sharedDutchAnalyzer } from '../annotate/syntax/shared-analyzer.ts';
import { assertReadableFile, openOutput, runCommand } from './common.ts';

export function parseCommand(): Command {
  return new Command('parse')
    .description('re-annotate the gold tokens of a CoNLL-U file with predicted lemmas, tags, features and syntax')
    .requiredOption('--conllu <file>', 'a CoNLL-U file (UTF-8)')
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Keeps the file's tokenisation and sentence split: every comment line, multiword-token and
empty-node line, and the ID, FORM and MISC columns, are written back unchanged; LEMMA, UPOS,
XPOS, FEATS, HEAD and DEPREL are predicted and DEPS is "_". So any CoNLL-U scorer (such as the
CoNLL 2018 conll18_ud_eval.py) can compare the output with the gold file.

Examples:
  kroniek parse --conllu nl_alpino-ud-dev.conllu --out predicted.conllu
  python conll18_ud_eval.py nl_alpino-ud-dev.conllu predicted.conllu`,
    )
    .action((flags: { conllu: string; out?: string }) =>
      runCommand(async () => {
        assertReadableFile(flags.conllu);
        const analyzer = sharedDutchAnalyzer();
        const lines = createInterface({ input: createReadStream(flags.conllu, 'utf8'), crlfDelay: Infinity });
        const out = openOutput(flags.out);
        try {
          for await (const sentence of reparseConllu(lines, flags.conllu, analyzer)) await out.write(sentence);
        } finally {
          await out.close();
        }
      }),
    );
}
