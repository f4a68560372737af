import type { QuoteCue, QuoteKind, SpeakerResolution } from './quote-span.ts';
import type { QuoteDocument } from './quote-document.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** How an attribution names its speaker, before pronouns and roles are resolved. */
export type Attribution = Extract<SpeakerResolution, 'subject' | 'aldus' | 'volgens' | 'colon'>;

/**
 * A quote a parser proposes: its content range, the cue and the speaker's words. Refiners
 * remove the ones another parser covers better and resolve the speakers.
 */
export interface QuoteCandidate {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: QuoteCue | null;
  /** The cue's token (the speech verb, `aldus`, `volgens`), or null. */
  readonly cueToken: number | null;
  readonly speaker: SpeakerPhrase | null;
  readonly attribution: Attribution;
  /** A direct quote with no attribution of its own: its speaker comes from the sentence before. */
  readonly standalone: boolean;
  /** A second part after its attribution in the same sentence ("‘...,’ zei hij, ‘...’"). */
  readonly continuesPrevious: boolean;
  readonly producer: string;
}

/** Proposes quotes of one kind. */
export interface QuoteParser {
  readonly name: string;
  propose(doc: QuoteDocument): QuoteCandidate[];
}

/** The cue at a token: its word, and the lemma of its table row (or the token's lemma). */
export function cueAt(doc: QuoteDocument, token: number, lemma?: string): QuoteCue {
  const span = doc.tokens[token]!;
  return { start: span.start, end: span.end, text: doc.word(token), lemma: lemma ?? doc.lemma(token) };
}

/** Leading and trailing characters a quote's content is trimmed of: spaces, commas, dashes, colons and final stops. */
const TRAIL = /[\s,;:—–-]+$/u;
const LEAD = /^[\s,;:—–-]+/u;
const FINAL = /[\s.!?…]+$/u;

/**
 * The content range `[start, end)` trimmed of spaces, commas and dashes at either end, and,
 * for unquoted content, of its final stop; null when nothing is left.
 */
export function trimmed(doc: QuoteDocument, start: number, end: number, dropFinal = false): { start: number; end: number } | null {
  let text = doc.text.slice(start, end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  text = text.slice(lead);
  for (let changed = true; changed; ) {
    const before = text.length;
    text = text.replace(TRAIL, '');
    if (dropFinal) text = text.replace(FINAL, '');
    changed = text.length !== before;
  }
  return text.length === 0 ? null : { start: start + lead, end: start + lead + text.length };
}

/** The content of tokens `[first, last]`, trimmed (null when there is none). */
export function tokenContent(doc: QuoteDocument, first: number, last: number): { start: number; end: number } | null {
  if (first > last) return null;
  return trimmed(doc, doc.tokens[first]!.start, doc.tokens[last]!.end, true);
}
