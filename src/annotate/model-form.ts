/** Quotation marks of every style, as the training data writes them: ASCII " and '. */
const DOUBLE_QUOTES = new Set(['“', '”', '„', '«', '»', ',,', "''", '‟']);
const SINGLE_QUOTES = new Set(['‘', '’', '‚', '‹', '›', '`']);

/**
 * A word as the tagger and parser see it: the treebanks they learn from write quotation marks
 * in ASCII, news text in every typographic style (‘ ’ „ ” « » and Alpino's ,, ''), so all of
 * them are read as " or ' in training and in use alike.
 */
export function modelForm(word: string): string {
  if (DOUBLE_QUOTES.has(word)) return '"';
  if (SINGLE_QUOTES.has(word)) return "'";
  return word;
}
