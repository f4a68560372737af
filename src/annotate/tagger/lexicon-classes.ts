import type { Lexicon } from '../lexicon/lexicon.ts';
import type { WordClasses } from './word-hashes.ts';

/** Set beside the class bits for a word the dictionary knows only with capitals (Poetin). */
const ONLY_CAPITALISED = 1 << 30;
/** Set for every known word, so a known word without class hints is not 0 (unknown). */
const KNOWN = 1 << 29;

/**
 * The word classes of the Dutch lexicon (models/lexicon-nl.tsv.gz) for tagger features: the
 * word-class hints of every analysis, and whether the word is only known capitalised.
 */
export class LexiconClasses implements WordClasses {
  constructor(private readonly lexicon: Lexicon) {}

  classOf(word: string): number {
    const entry = this.lexicon.lookup(word);
    if (!entry) return 0;
    return (entry.tagMask | KNOWN | (entry.onlyCapitalised ? ONLY_CAPITALISED : 0)) >>> 0;
  }
}
