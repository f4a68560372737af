import type { Span } from '../../doc/types.ts';

/** Name of the layer of quotes. */
export const QUOTES_LAYER = 'quotes';

/** A quote in the speaker's own words (in quotation marks), or reported speech. */
export type QuoteKind = 'direct' | 'indirect';

/**
 * How the speaker was found: the subject of the speech verb (`zei Loekasjenko`), an `aldus` or
 * `volgens` phrase, the clause before a colon (`Loekasjenko zei: '...'`), a pronoun (`zei hij`)
 * or a role noun (`aldus de politica`) resolved to an earlier person, the first part of a split
 * quote (`continued`), or the sentence just before a quote that has no attribution (`context`).
 */
export type SpeakerResolution = 'subject' | 'aldus' | 'volgens' | 'colon' | 'pronoun' | 'role' | 'continued' | 'context';

/** Who said it: the words of the text that name the speaker. */
export interface QuoteSpeaker {
  /** The speaker's words in the text: a name, a pronoun (`hij`), a role noun (`Wit-Russische president`) or another phrase (`staatsmedia`). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * Index in the document's `mentions` layer of the speaker's name; for a pronoun or a role
   * noun, of the earlier person mention it was resolved to. Null when no name is known.
   */
  readonly mention: number | null;
  readonly resolution: SpeakerResolution;
}

/** The speech verb or cue word that attributes the quote. */
export interface QuoteCue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Dictionary form: `zeggen` for "zei", `toegeven` for "geeft ... toe", `aldus`, `volgens`. */
  readonly lemma: string;
}

/**
 * A quote: the `quotes` layer (docs/quotes.md). The span is the quoted or reported content,
 * without its quotation marks; a quote split by its attribution is two spans, the second
 * with `continues` pointing at the first.
 */
export interface QuoteSpan extends Span {
  /** `text.slice(start, end)`, kept for readers of the export. */
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: QuoteSpeaker | null;
  readonly cue: QuoteCue | null;
  /** Index in the `quotes` layer of the part this one continues, or null. */
  readonly continues: number | null;
}
