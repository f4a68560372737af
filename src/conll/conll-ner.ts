import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.ts';

/** One line of a CoNLL-format NER file: its columns, the token first, the IOB2 tag last. */
export interface ConllToken {
  /** The line as written, to write it back with a column added. */
  readonly text: string;
  readonly columns: readonly string[];
  /** File line, for error messages and for writing the line back. */
  readonly line: number;
}

/** The parts of a CoNLL-format NER file, in order: a sentence, or a `-DOCSTART-` line. */
export type ConllItem =
  | { readonly kind: 'sentence'; readonly tokens: readonly ConllToken[] }
  | { readonly kind: 'docstart'; readonly text: string };

const DOCSTART = '-DOCSTART-';

/**
 * Streams a CoNLL-format NER file (CoNLL-2002/2003): one token a line, columns separated by
 * white space, the token first; a blank line between sentences; `-DOCSTART-` lines between
 * documents. The number of columns must stay the same through the file: a line that breaks it
 * is an InputError naming the file and line.
 */
export async function* readConllNer(path: string): AsyncGenerator<ConllItem> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let tokens: ConllToken[] = [];
  let width = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith(DOCSTART)) {
      if (tokens.length > 0) yield { kind: 'sentence', tokens };
      tokens = [];
      if (trimmed !== '') yield { kind: 'docstart', text: line };
      continue;
    }
    const columns = trimmed.split(/\s+/);
    if (width === 0) width = columns.length;
    if (columns.length !== width) {
      throw new InputError('bad-record', { file: path, line: lineNumber }, `expected ${width} columns as on the first token line, found ${columns.length}`);
    }
    tokens.push({ text: line, columns, line: lineNumber });
  }
  if (tokens.length > 0) yield { kind: 'sentence', tokens };
}

/** A document of a CoNLL NER file: its sentences as words and, when the file has them, tags. */
export interface ConllDocument {
  readonly sentences: readonly { readonly words: readonly string[]; readonly tags: readonly string[] }[];
}

/**
 * The documents of a file whose last column is the gold IOB2 tag (ned.train, ned.testa).
 * Sentences before the first `-DOCSTART-` form a document of their own.
 */
export async function readTaggedDocuments(path: string): Promise<ConllDocument[]> {
  const documents: { sentences: { words: string[]; tags: string[] }[] }[] = [{ sentences: [] }];
  for await (const item of readConllNer(path)) {
    if (item.kind === 'docstart') {
      if (documents[documents.length - 1]!.sentences.length > 0) documents.push({ sentences: [] });
      continue;
    }
    documents[documents.length - 1]!.sentences.push({
      words: item.tokens.map((t) => t.columns[0]!),
      tags: item.tokens.map((t) => t.columns[t.columns.length - 1]!),
    });
  }
  return documents.filter((d) => d.sentences.length > 0);
}
