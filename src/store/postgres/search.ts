import type { Clause, SearchQuery } from '../../search/query.ts';
import type { Snippet } from '../../search/snippet.ts';

/** The text search configuration of migration 1: PostgreSQL's dutch with unaccent first. */
export const TEXT_SEARCH_CONFIG = 'kroniek_dutch';
/** ts_rank's weights for the labels D, C, B, A: a title match ('A') counts three text matches ('D'), as in SQLite. */
export const RANK_WEIGHTS = '{0.1, 0.1, 0.1, 0.3}';
/** ts_rank normalisation 1: divide by 1 + log(length), so a long article does not win by length alone (bm25 does the like). */
export const RANK_NORMALISATION = 1;
/** Marks ts_headline puts around a match, taken out again: private-use characters no news text holds. */
const START_MARK = '\uE000';
const STOP_MARK = '\uE001';
/** Average characters per word of Dutch news text with its space, to turn a snippet width into ts_headline words. */
const CHARS_PER_WORD = 7;

/**
 * The parsed query as to_tsquery input (with TEXT_SEARCH_CONFIG): `&` between groups, `|`
 * between a group's alternatives, `<->` between the words of a phrase, `:*` after a prefix,
 * `!` before an excluded clause. Each word is quoted, so no input is read as tsquery syntax;
 * to_tsquery folds diacritics and stems each one with the config, and drops Dutch stop words
 * (a phrase keeps their place: "dictator van Europa" is dictator <2> europa).
 *
 * @example toTsquery(parseQuery('protest Minsk -Moskou')) // "'protest' & 'minsk' & !('moskou')"
 */
export function toTsquery(query: SearchQuery): string {
  const group = (clauses: readonly Clause[]): string =>
    clauses.length === 1 ? render(clauses[0]!) : `(${clauses.map(render).join(' | ')})`;
  return [...query.groups.map(group), ...query.excluded.map((clause) => `!(${render(clause)})`)].join(' & ');
}

function render(clause: Clause): string {
  if (clause.kind === 'prefix') return `${quote(clause.prefix)}:*`;
  const words = clause.words.map((word) => quote(word.folded));
  return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
}

function quote(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** ts_headline's options for a snippet of about `chars` characters, one fragment, matches between the marks. */
export function headlineOptions(chars: number): string {
  const maxWords = Math.max(4, Math.round(chars / CHARS_PER_WORD));
  const minWords = Math.max(2, Math.floor(maxWords / 2));
  return `StartSel="${START_MARK}", StopSel="${STOP_MARK}", MaxWords=${maxWords}, MinWords=${minWords}, ShortWord=2, MaxFragments=0`;
}

/**
 * Our Snippet from what ts_headline returned for `text`: the marks taken out and kept as
 * highlights, and the offset where the passage starts in the text (ts_headline returns the
 * text's own words and spaces, so the passage is found in it). Line breaks become spaces, as
 * in makeSnippet.
 */
export function snippetFromHeadline(text: string, headline: string): Snippet {
  let passage = '';
  const highlights: { start: number; end: number }[] = [];
  let open = -1;
  for (const char of headline) {
    if (char === START_MARK) open = passage.length;
    else if (char === STOP_MARK) {
      if (open >= 0 && passage.length > open) highlights.push({ start: open, end: passage.length });
      open = -1;
    } else passage += char;
  }
  const found = text.indexOf(passage);
  return { text: passage.replace(/\n/g, ' ').trimEnd(), highlights, offset: Math.max(0, found) };
}
