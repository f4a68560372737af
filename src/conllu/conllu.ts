import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.ts';

/** One syntactic word of a CoNLL-U sentence (multiword-token and empty-node lines are skipped). */
export interface ConlluWord {
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  readonly head: number;
  readonly deprel: string;
  readonly misc: string;
}

export interface ConlluSentence {
  /** Comment lines as `key = value` pairs (`sent_id`, `text`, ...). */
  readonly comments: ReadonlyMap<string, string>;
  readonly words: readonly ConlluWord[];
  /** Line of the first word, for error messages. */
  readonly line: number;
}

/**
 * Streams the sentences of a CoNLL-U file. A malformed line is an InputError naming the file
 * and line: evaluation data that is broken must not be scored silently.
 */
export async function* readConllu(path: string): AsyncGenerator<ConlluSentence> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let comments = new Map<string, string>();
  let words: ConlluWord[] = [];
  let first = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') {
      if (words.length > 0) yield { comments, words, line: first };
      comments = new Map();
      words = [];
      continue;
    }
    if (line.startsWith('#')) {
      const match = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      if (match) comments.set(match[1]!, match[2]!);
      continue;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) {
      throw new InputError('bad-record', { file: path, line: lineNumber }, `a CoNLL-U line has 10 tab-separated columns, this one ${columns.length}`);
    }
    if (!/^\d+$/.test(columns[0]!)) continue; // multiword token (1-2) or empty node (1.1)
    if (words.length === 0) first = lineNumber;
    const [id, form, lemma, upos, xpos, feats, head, deprel, , misc] = columns as [string, string, string, string, string, string, string, string, string, string];
    words.push({ id: Number(id), form, lemma, upos, xpos, feats, head: head === '_' ? -1 : Number(head), deprel, misc });
  }
  if (words.length > 0) yield { comments, words, line: first };
}

/** Whether the word is followed by a space in the original text (MISC `SpaceAfter=No`). */
export function spaceAfter(word: ConlluWord): boolean {
  return !word.misc.split('|').includes('SpaceAfter=No');
}
