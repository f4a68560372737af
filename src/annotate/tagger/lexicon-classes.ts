import { irregularVerbForm } from '../lemma/irregular-verbs.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { WordClasses } from '../linear/word-hashes.ts';

/** Set beside the class bits for a word the dictionary knows only with capitals (Poetin). */
const ONLY_CAPITALISED = 1 << 30;
/** Set for every known word, so a known word without class hints is not 0 (unknown). */
const KNOWN = 1 << 29;
/** A past tense or participle of a strong or irregular verb (hielpen, geholpen), which the
 * dictionary lists without a hint: most of the verbs news writes about. */
const IRREGULAR_PAST = 1 << 28;
const IRREGULAR_PARTICIPLE = 1 << 27;

/**
 * The word classes of the Dutch lexicon (models/lexicon-nl.tsv.gz) for tagger features: the
 * word-class hints of every analysis, whether the word is only known capitalised, and whether
 * it is a form of the strong-verb table.
 */
export class LexiconClasses implements WordClasses {
  constructor(private readonly lexicon: Lexicon) {}

  classOf(word: string): number {
    const entry = this.lexicon.lookup(word);
    const irregular = irregularVerbForm(word.toLowerCase());
    const verb = irregular === 'past' ? IRREGULAR_PAST : irregular === 'participle' ? IRREGULAR_PARTICIPLE : 0;
    if (!entry) return verb === 0 ? 0 : (verb | KNOWN) >>> 0;
    return (entry.tagMask | KNOWN | verb | (entry.onlyCapitalised ? ONLY_CAPITALISED : 0)) >>> 0;
  }
}
