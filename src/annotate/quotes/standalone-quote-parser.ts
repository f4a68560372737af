import { trimmed, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';

/**
 * Quoted sentences with no attribution of their own: the marks open a sentence and close one
 * ("‘Misschien heeft iemand hen geholpen. Maar ik zal dat niet eens onderzoeken.’"). Their
 * speaker is decided later from the sentence before (the second part of a split quote, or a
 * sentence that introduces the speaker), or stays unknown.
 */
export class StandaloneQuoteParser implements QuoteParser {
  readonly name = 'quote-standalone';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    for (const passage of doc.passages) {
      const opener = doc.tokenAt(passage.open);
      const closer = doc.tokenAt(passage.close);
      if (closer >= doc.tokens.length || opener !== doc.sentenceOf(opener).firstToken) continue;
      const sentence = doc.sentenceOf(closer);
      let last = closer + 1;
      while (last < sentence.endToken && /^[.!?…]+$/.test(doc.word(last))) last++;
      if (last < sentence.endToken) continue;
      const range = trimmed(doc, passage.start, passage.end);
      if (!range) continue;
      found.push({ ...range, kind: 'direct', cue: null, cueToken: null, speaker: null, attribution: 'subject', standalone: true, continuesPrevious: false, producer: this.name });
    }
    return found;
  }
}
