import type { AnnotationInput, Annotator } from '../annotator.ts';
import { MENTIONS_LAYER, type MentionSpan } from '../entities/mention.ts';
import { SENTENCES_LAYER, TOKENS_LAYER, type SentenceSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import { AnaphoricReportParser } from './anaphoric-report-parser.ts';
import { AttributedQuoteParser } from './attributed-quote-parser.ts';
import { ColonQuoteParser } from './colon-quote-parser.ts';
import { InvertedReportParser } from './inverted-report-parser.ts';
import { refineOverlaps } from './overlap-refiner.ts';
import type { QuoteParser } from './quote-candidate.ts';
import { QuoteDocument } from './quote-document.ts';
import { QUOTES_LAYER, type QuoteSpan } from './quote-span.ts';
import { QuotedFragmentParser } from './quoted-fragment-parser.ts';
import { ReportedClauseParser } from './reported-clause-parser.ts';
import { resolveSpeakers } from './speaker-resolver.ts';
import { speechVerbs, type SpeechVerbs } from './speech-verbs.ts';
import { StandaloneQuoteParser } from './standalone-quote-parser.ts';
import { VolgensParser } from './volgens-parser.ts';

/**
 * The parsers, most trusted first: of two overlapping quotes of the same kind and speaker
 * quality, the earlier parser's stays (overlap-refiner.ts). Quotation marks with their
 * attribution beat a fragment reading of the same marks; a standalone passage comes last of
 * the direct ones, since its speaker is only inferred. Of the indirect ones, a reported clause
 * names its verb and subject most directly, `volgens` before an inverted attribution so
 * "Volgens X ..., zo zei ze" keeps the name.
 */
export function defaultQuoteParsers(): QuoteParser[] {
  return [
    new AttributedQuoteParser(),
    new ColonQuoteParser(),
    new QuotedFragmentParser(),
    new StandaloneQuoteParser(),
    new ReportedClauseParser(),
    new VolgensParser(),
    new InvertedReportParser(),
    new AnaphoricReportParser(),
  ];
}

/**
 * Makes the `quotes` layer (docs/quotes.md): direct quotes in every quotation style and
 * reported speech, each with its cue and its speaker. Parsers propose; then refiners decide,
 * in this order: overlaps first (a quote within a quote is dropped, so the speakers resolved
 * next are only those of quotes that stay), then speakers in document order (each resolved
 * speaker is the most salient person for the next pronoun).
 */
export class QuoteAnnotator implements Annotator<QuoteSpan> {
  readonly layer = QUOTES_LAYER;
  readonly needs = [TOKENS_LAYER, SENTENCES_LAYER, MENTIONS_LAYER];
  private readonly parsers: readonly QuoteParser[];

  constructor(
    private readonly verbs: SpeechVerbs = speechVerbs(),
    parsers: readonly QuoteParser[] = defaultQuoteParsers(),
  ) {
    this.parsers = parsers;
  }

  annotate({ text, layers }: AnnotationInput): QuoteSpan[] {
    const tokens = (layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
    if (tokens.length === 0) return [];
    const doc = new QuoteDocument(
      text,
      tokens,
      (layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[],
      (layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[],
      this.verbs,
    );
    const candidates = this.parsers.flatMap((parser) => parser.propose(doc));
    const kept = refineOverlaps(candidates, this.parsers.map((parser) => parser.name));
    return resolveSpeakers(doc, kept);
  }
}
