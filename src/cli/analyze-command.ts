import { Command, Option } from 'commander';
import { analysisRecord } from '../annotate/syntax/analysis-json.ts';
import { formatConllu } from '../annotate/syntax/conllu-writer.ts';
import { analyzeRawText } from '../annotate/syntax/raw-text.ts';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { STDIN, readTextInput, runCommand } from './common.ts';

type AnalyzeFormat = 'conllu' | 'json';

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('tokenise, split, tag, lemmatise and parse raw Dutch text (no cleaning); print CoNLL-U or JSON')
    .argument('[file]', `a text file, or ${STDIN} for standard input`, STDIN)
    .addOption(new Option('--format <format>', 'conllu or json').choices(['conllu', 'json']).default('conllu'))
    .addHelpText(
      'after',
      `
The text is analysed as it is: no boilerplate removal, no normalisation. Paragraphs (separated
by a blank line) that the language check of ingest finds not to be Dutch are tokenised and
split into sentences but not analysed.

CoNLL-U: "# newpar" where a paragraph begins, "# sent_id" and "# text" per sentence; MISC has
TokenRange=start:end (the token's offsets in the input, in UTF-16 code units like every Kroniek
offset; UDPipe counts code points, which differs only after an emoji or other character outside
the Basic Multilingual Plane), SpaceAfter=No, and Lang=<code> on tokens of a non-Dutch
paragraph, whose analysis columns are "_".
JSON: {"producer", "sentences": [{"id", "start", "end", "text", "tokens": [{"id", "form",
"start", "end", "upos", "xpos", "feats", "lemma", "head", "deprel"}]}]}; ids and heads count
within the sentence from 1 (head 0 is the root), as in CoNLL-U (docs/language-core.md).

Examples:
  kroniek analyze article.txt
  echo 'Ik zie dat Poetin hem steunt.' | kroniek analyze --format json`,
    )
    .action((file: string, flags: { format: AnalyzeFormat }) =>
      runCommand(async () => {
        const analysis = await analyzeRawText(await readTextInput(file), DEFAULT_SETTINGS);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(analysisRecord(analysis))}\n` : formatConllu(analysis));
      }),
    );
}
