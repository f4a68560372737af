import { cueAt, trimmed, type QuoteCandidate, type QuoteParser } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import { speakerIn } from './speaker-phrase.ts';
import { subjectOf } from './verb-subject.ts';

/** A bare name before a colon ("Loekasjenko: ‘...’") is a speaker when it is at most this many tokens: a name with its role. */
const MAX_BARE_SPEAKER_TOKENS = 6;

/**
 * Quoted words after a colon that introduces them: "zei Loekasjenko: ‘...’", "De president
 * verklaarde: „...”", or a name alone ("Tichanovskaja: '...'"). The speaker is the subject of
 * the last speech verb before the colon in its sentence, or the name.
 */
export class ColonQuoteParser implements QuoteParser {
  readonly name = 'quote-colon';

  propose(doc: QuoteDocument): QuoteCandidate[] {
    const found: QuoteCandidate[] = [];
    for (const passage of doc.passages) {
      const before = doc.text.slice(0, passage.open).trimEnd();
      if (!before.endsWith(':')) continue;
      const colon = doc.tokenAt(before.length - 1);
      if (colon >= doc.tokens.length || doc.word(colon) !== ':') continue;
      const range = trimmed(doc, passage.start, passage.end);
      if (!range) continue;
      const sentence = doc.sentenceOf(colon);
      let verb = -1;
      let lemma = '';
      for (let i = colon - 1; i >= sentence.firstToken; i--) {
        const entry = doc.cueEntry(i, 'colon');
        if (entry) {
          verb = i;
          lemma = entry.lemma;
          break;
        }
      }
      const base = { ...range, kind: 'direct' as const, attribution: 'colon' as const, standalone: false, continuesPrevious: false, producer: this.name };
      if (verb >= 0) {
        found.push({ ...base, cue: cueAt(doc, verb, lemma), cueToken: verb, speaker: subjectOf(doc, verb) });
      } else if (colon - sentence.firstToken <= MAX_BARE_SPEAKER_TOKENS) {
        const speaker = speakerIn(doc, sentence.firstToken, colon - 1);
        if (speaker && speaker.mention !== null) found.push({ ...base, cue: null, cueToken: null, speaker });
      }
    }
    return found;
  }
}
