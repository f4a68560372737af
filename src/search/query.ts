import { QueryError } from '../errors.ts';
import { foldWord, stemWord, wordsOf } from './terms.ts';

/** A word of a query: folded as written, and its stem (other forms of the stem match too). */
export interface QueryWord {
  readonly folded: string;
  readonly stem: string;
}

/** One thing to look for: a word or phrase (words in order), or a prefix. */
export type Clause =
  | { readonly kind: 'phrase'; readonly words: readonly QueryWord[] }
  | { readonly kind: 'prefix'; readonly prefix: string };

/** A parsed query: every group must match (one of its alternatives), no excluded clause may. */
export interface SearchQuery {
  readonly groups: readonly (readonly Clause[])[];
  readonly excluded: readonly Clause[];
}

interface Piece {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

/**
 * Parses the query language of `kroniek search`: words (all must match, Dutch stems, diacritics
 * ignored), `"a phrase"`, `word*` for a prefix, `-word` to exclude, `a OR b`.
 * Throws a `QueryError` that says what is wrong, never a database error.
 *
 * @example parseQuery('protest Minsk -Moskou')
 */
export function parseQuery(input: string): SearchQuery {
  const groups: Clause[][] = [];
  const excluded: Clause[] = [];
  let joinNext = false;
  const pieces = splitPieces(input);
  pieces.forEach((piece, index) => {
    if (!piece.quoted && piece.text === 'OR') {
      if (groups.length === 0 || joinNext || index === pieces.length - 1) {
        throw new QueryError('OR needs a search term on both sides');
      }
      joinNext = true;
      return;
    }
    const clause = toClause(piece);
    if (!clause) return;
    if (piece.negated) excluded.push(clause);
    else if (joinNext) groups[groups.length - 1]!.push(clause);
    else groups.push([clause]);
    joinNext = false;
  });
  if (groups.length === 0) {
    throw new QueryError(
      excluded.length > 0 ? 'a query needs at least one term that is not excluded' : 'the query has no words to search for',
    );
  }
  return { groups, excluded };
}

function toClause(piece: Piece): Clause | null {
  if (!piece.quoted && piece.text.endsWith('*')) {
    const words = wordsOf(piece.text);
    if (words.length !== 1) throw new QueryError(`"${piece.text}": a prefix search takes one word`);
    return { kind: 'prefix', prefix: foldWord(words[0]!) };
  }
  const words = wordsOf(piece.text).map((word) => ({ folded: foldWord(word), stem: stemWord(word) }));
  return words.length === 0 ? null : { kind: 'phrase', words };
}

function splitPieces(input: string): Piece[] {
  const pieces: Piece[] = [];
  const pattern = /(-?)"([^"]*)("?)|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    const [, minus, quotedText, closing, bare] = match;
    if (quotedText !== undefined) {
      if (closing !== '"') throw new QueryError(`unclosed quote at position ${match.index + 1}`);
      pieces.push({ text: quotedText, quoted: true, negated: minus === '-' });
    } else if (bare !== undefined) {
      if (bare.includes('"')) throw new QueryError(`unexpected quote in "${bare}"`);
      const negated = bare.startsWith('-') && bare.length > 1;
      pieces.push({ text: negated ? bare.slice(1) : bare, quoted: false, negated });
    }
  }
  return pieces;
}

/** The forms of a query word to look for: the word itself and every indexed word with its stem. */
export type WordForms = (word: QueryWord) => readonly string[];

/** Phrases with more combinations of forms than this are searched as written. */
const MAX_PHRASE_VARIANTS = 64;

/**
 * The query in SQLite FTS5 syntax. Every token is quoted, so no user input can be read as FTS5
 * syntax. A word becomes the alternatives `forms` gives for it; a phrase, every combination of
 * its words' forms.
 */
export function toFts5(query: SearchQuery, forms: WordForms): string {
  const quote = (words: readonly string[]): string => `"${words.join(' ')}"`;
  const render = (clause: Clause): string => {
    if (clause.kind === 'prefix') return `"${clause.prefix}"*`;
    const variants = phraseVariants(clause.words.map((word) => forms(word)));
    return variants.length === 1 ? quote(variants[0]!) : `(${variants.map(quote).join(' OR ')})`;
  };
  const positive = query.groups
    .map((group) => (group.length === 1 ? render(group[0]!) : `(${group.map(render).join(' OR ')})`))
    .join(' AND ');
  return [`(${positive})`, ...query.excluded.map(render)].join(' NOT ');
}

function phraseVariants(forms: readonly (readonly string[])[]): string[][] {
  const count = forms.reduce((product, options) => product * options.length, 1);
  if (count > MAX_PHRASE_VARIANTS) return [forms.map((options) => options[0]!)];
  return forms.reduce<string[][]>((variants, options) => variants.flatMap((variant) => options.map((form) => [...variant, form])), [[]]);
}

/** Whether a stem in the text answers a positive clause, for highlighting. */
export function highlightMatcher(query: SearchQuery): (stem: string, folded: string) => boolean {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const clause of query.groups.flat()) {
    if (clause.kind === 'prefix') prefixes.push(clause.prefix);
    else clause.words.forEach((word) => stems.add(word.stem));
  }
  return (stem, folded) => stems.has(stem) || prefixes.some((prefix) => folded.startsWith(prefix));
}
