import anyAscii from 'any-ascii';

/** Characters that separate the words of a name: spaces, hyphens and slashes of any kind. */
const WORD_SEPARATORS = /[\s\-\u2010-\u2015/]+/u;
/** What is left of a word after folding: letters and digits only (apostrophes and dots go). */
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;

/**
 * A name folded to plain lower-case ASCII: NFKC (the ĳ ligature becomes ij), then any-ascii's
 * transliteration (Kaczyński -> kaczynski, Erdoğan -> erdogan, Лукашенко -> lukashenko,
 * ß -> ss), then lower case.
 *
 * @example foldName('Jarosław Kaczyński') // 'jaroslaw kaczynski'
 */
export function foldName(name: string): string {
  return anyAscii(name.normalize('NFKC')).toLowerCase();
}

/**
 * The words of a name, folded, with everything but letters and digits dropped; empty words are
 * left out. `Wit-Rusland` has two words, `D'Alema` one.
 *
 * @example nameWords("Wit-Rusland") // ['wit', 'rusland']
 */
export function nameWords(name: string): string[] {
  return foldName(name)
    .split(WORD_SEPARATORS)
    .map((word) => word.replace(NOT_LETTER_OR_DIGIT, ''))
    .filter((word) => word.length > 0);
}
