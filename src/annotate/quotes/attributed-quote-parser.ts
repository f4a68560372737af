import { attributionAt } from './attribution-after.ts';
import { trimmed, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import type { QuotedPassage } from './quotation-marks.ts';

/**
 * Quoted words followed by their attribution: "‘Wij zijn Slaven. (...)’, zei Loekasjenko aan
 * de BBC", "„...”, vindt Loekasjenko", "'...', aldus de politica", "‘...,’ zegt hij". When the
 * quotation marks open inside the sentence ("Het is 'op een bepaalde manier ...', zei hij"),
 * the content starts with the sentence. A second passage right after the attribution
 * ("‘...,’ zei hij, ‘...’") is proposed as the quote's continuation.
 */
export class AttributedQuoteParser implements QuoteParser {
  readonly name = 'quote-attribution-after';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    doc.passages.forEach((passage, p) => {
      const closer = doc.tokenAt(passage.close);
      let t = closer + 1;
      while (t < doc.tokens.length && /^[,—–-]$/.test(doc.word(t))) t++;
      if (t >= doc.tokens.length || closer >= doc.tokens.length) return;
      const sameSentence = doc.tokens[t]!.sentence === doc.tokens[closer]!.sentence;
      if (!sameSentence && !/^\p{Ll}/u.test(doc.word(t))) return;
      if (doc.paragraphBreakBetween(passage.close, doc.tokens[t]!.start)) return;
      const attribution = attributionAt(doc, t, 'quote');
      if (!attribution) return;
      const start = this.contentStart(doc, passage);
      // Content that opens before the marks keeps both marks: "Het is 'op een bepaalde manier ...'".
      const range = trimmed(doc, start, start < passage.open ? passage.close + 1 : passage.end);
      if (!range) return;
      const base = { kind: 'direct' as const, cue: attribution.cue, cueToken: attribution.cueToken, speaker: attribution.speaker, attribution: attribution.attribution, standalone: false, producer: this.name };
      found.push({ ...range, ...base, continuesPrevious: false });
      const next = doc.passages[p + 1];
      const after = doc.tokens[attribution.last]!.end;
      if (next && /^[\s,:—–-]*$/.test(doc.text.slice(after, next.open)) && doc.text.slice(after, next.open).includes(',')) {
        const second = trimmed(doc, next.start, next.end);
        if (second) found.push({ ...second, ...base, continuesPrevious: true });
      }
    });
    return found;
  }

  /** The passage's content start, or its sentence's start when the marks open inside a sentence with no colon or other quote before them. */
  private contentStart(doc: QuoteDocument, passage: QuotedPassage): number {
    const opener = doc.tokenAt(passage.open);
    if (opener >= doc.tokens.length) return passage.start;
    const sentence = doc.sentenceOf(opener);
    if (sentence.start >= passage.open) return passage.start;
    const before = doc.text.slice(sentence.start, passage.open);
    if (/[:‘’“”„«»'"]/.test(before)) return passage.start;
    return sentence.start;
  }
}
