import { cueAt, tokenContent, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import { subjectOf } from './verb-subject.ts';

/** Demonstratives that point back at the sentence before: "Dat meldde het kabinet", "Dit zei de minister". */
const POINTERS = new Set(['dat', 'dit']);
/** An auxiliary's participle comes within this many tokens: "Dat heeft ze maandag aan de gemeenteraad laten weten". */
const MAX_PARTICIPLE_GAP = 8;

/**
 * A sentence whose content is the sentence before: "Dat meldde het kabinet van Loekasjenko
 * woensdag." The pointer opens the sentence and the speech verb follows it (inverted), or an
 * auxiliary with the verb later; the sentence before must be in the same paragraph.
 */
export class AnaphoricReportParser implements QuoteParser {
  readonly name = 'anaphoric-report';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    doc.sentences.forEach((sentence, s) => {
      const first = sentence.firstToken;
      if (s === 0 || sentence.language !== undefined || !POINTERS.has(doc.lower(first)) || doc.upos(first) === 'SCONJ') return;
      const before = doc.sentences[s - 1]!;
      if (before.language !== undefined || doc.paragraphBreakBetween(before.end, sentence.start)) return;
      const verb = this.verbOf(doc, first + 1, sentence.endToken);
      if (verb === null) return;
      const range = tokenContent(doc, before.firstToken, before.endToken - 1);
      if (!range) return;
      found.push({
        ...range, kind: 'indirect', cue: cueAt(doc, verb.token, verb.lemma), cueToken: verb.token, speaker: subjectOf(doc, verb.token),
        attribution: 'subject', standalone: false, continuesPrevious: false, producer: this.name,
      });
    });
    return found;
  }

  private verbOf(doc: QuoteDocument, t: number, end: number): { token: number; lemma: string } | null {
    const entry = doc.cueEntry(t, 'anaphor');
    if (entry) return { token: t, lemma: entry.lemma };
    if (doc.upos(t) !== 'AUX') return null;
    for (let v = t + 1; v < end && v - t <= MAX_PARTICIPLE_GAP; v++) {
      const participle = doc.cueEntry(v, 'anaphor');
      if (participle) return { token: v, lemma: participle.lemma };
    }
    return null;
  }
}
