import { InputError, KroniekError, formatLocation } from '../../errors.ts';
import { checkedAnalyses } from './checked-analyses.ts';
import type { SentenceAnalyzer, WordAnalysis } from './sentence-analysis.ts';

/** Columns of a CoNLL-U token line. */
const COLUMNS = 10;
const WORD_ID = /^[1-9]\d*$/;
/** Multiword-token ranges (`3-4`) and empty nodes (`5.1`): passed through as they are. */
const RANGE_OR_EMPTY_ID = /^\d+(?:-\d+|\.\d+)$/;
const EMPTY = '_';

/** One line of the input, with its number for error messages. */
interface NumberedLine {
  readonly text: string;
  readonly number: number;
}

/**
 * Re-annotates a CoNLL-U file with the analyzer's predictions and yields the result, one
 * sentence (and its blank line) at a time. The gold tokenisation and sentence split are kept:
 * every comment line, every multiword-token and empty-node line, and the ID, FORM and MISC
 * columns come out as they went in; LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL are the
 * analyzer's, DEPS is `_`. So any CoNLL-U scorer can compare the output with the input.
 * A line that is not CoNLL-U is an InputError naming the file and line.
 */
export async function* reparseConllu(lines: AsyncIterable<string>, file: string, analyzer: SentenceAnalyzer): AsyncGenerator<string> {
  let block: NumberedLine[] = [];
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() !== '') {
      block.push({ text, number });
      continue;
    }
    yield `${block.length > 0 ? reparseBlock(block, file, analyzer) : ''}\n`;
    block = [];
  }
  if (block.length > 0) yield `${reparseBlock(block, file, analyzer)}\n`; // the final blank line CoNLL-U requires
}

/** One sentence: its comment and token lines, re-annotated, each followed by a line break. */
function reparseBlock(block: readonly NumberedLine[], file: string, analyzer: SentenceAnalyzer): string {
  const words: { readonly line: number; readonly columns: string[] }[] = [];
  for (const { text, number } of block) {
    if (text.startsWith('#')) continue;
    const columns = text.split('\t');
    const fault = (reason: string): InputError => new InputError('bad-record', { file, line: number }, reason);
    if (columns.length !== COLUMNS) throw fault(`a CoNLL-U token line has ${COLUMNS} tab-separated columns, this one ${columns.length}`);
    const id = columns[0]!;
    if (RANGE_OR_EMPTY_ID.test(id)) continue;
    if (!WORD_ID.test(id)) throw fault(`"${id}" is not a CoNLL-U word id`);
    if (Number(id) !== words.length + 1) throw fault(`word ${id} where word ${words.length + 1} was expected`);
    words.push({ line: number, columns });
  }
  let analyses: WordAnalysis[] = [];
  try {
    if (words.length > 0) analyses = checkedAnalyses(analyzer, words.map((word) => word.columns[1]!));
  } catch (error) {
    throw new KroniekError('bad-model', `${formatLocation({ file, line: words[0]!.line })}: ${(error as Error).message}`);
  }
  const rewritten = new Map<number, string>();
  words.forEach(({ line, columns }, i) => {
    const analysis = analyses[i]!;
    const [id, form, , , , , , , , misc] = columns;
    rewritten.set(line, [id, form, analysis.lemma, analysis.upos, analysis.xpos, analysis.feats, analysis.head, analysis.deprel, EMPTY, misc].join('\t'));
  });
  return block.map(({ text, number }) => `${rewritten.get(number) ?? text}\n`).join('');
}
