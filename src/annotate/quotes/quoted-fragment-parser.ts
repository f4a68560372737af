import { cueAt, trimmed, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import { subjectOf } from './verb-subject.ts';

/**
 * Quoted words inside a clause whose speech verb comes before them: "had het gesprek gehekeld
 * als 'geen goede stap'", "benadrukte het belang van het "verdedigen" van Wit-Rusland". The
 * verb must attribute quoted words (`quote` in data/speech-verbs-nl.txt), so a scare quote in
 * a sentence without one ("na de 'megaoverwinning'") is no quote.
 */
export class QuotedFragmentParser implements QuoteParser {
  readonly name = 'quote-fragment';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    for (const passage of doc.passages) {
      const opener = doc.tokenAt(passage.open);
      const closer = doc.tokenAt(passage.close);
      if (closer >= doc.tokens.length || doc.tokens[opener]!.sentence !== doc.tokens[closer]!.sentence) continue;
      const sentence = doc.sentenceOf(opener);
      if (opener === sentence.firstToken) continue;
      for (let v = opener - 1; v >= sentence.firstToken; v--) {
        if (doc.passageAround(doc.tokens[v]!.start)) continue;
        const entry = doc.cueEntry(v, 'quote');
        if (!entry) continue;
        const range = trimmed(doc, passage.start, passage.end);
        if (range) {
          found.push({
            ...range, kind: 'direct', cue: cueAt(doc, v, entry.lemma), cueToken: v, speaker: subjectOf(doc, v),
            attribution: 'subject', standalone: false, continuesPrevious: false, producer: this.name,
          });
        }
        break;
      }
    }
    return found;
  }
}
