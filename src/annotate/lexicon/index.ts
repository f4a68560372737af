/**
 * The Dutch lexicon: every word form OpenTaal's Hunspell dictionary accepts (expanded through its
 * affix rules), with its spellings, word-class hints and base forms. `loadLexicon()` reads the
 * shipped file models/lexicon-nl.tsv.gz; scripts/build-lexicon.ts rebuilds it.
 */
export { hasTag, Lexicon, type LexiconAnalysis, type LexiconEntry, type LexiconTag } from './lexicon.ts';
export { DEFAULT_LEXICON_PATH, loadLexicon } from './load-lexicon.ts';
export { LEXICON_TAGS } from './lexicon-tags.ts';
