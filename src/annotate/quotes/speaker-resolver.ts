import type { QuoteCandidate } from './quote-candidate.ts';
import type { QuoteDocument } from './quote-document.ts';
import type { QuoteCue, QuoteSpan, QuoteSpeaker } from './quote-span.ts';
import { Salience } from './salience.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { subjectOf } from './verb-subject.ts';

/**
 * Turns the quotes that survive the overlap refiner into spans, in document order, deciding
 * each speaker: a name stays as found; a pronoun or a role noun is resolved to an earlier
 * person (Salience); a standalone quote continues the quote attributed in the sentence just
 * before it (the second part of a split quote: `continued`), takes the speaker of a report or
 * of a speech verb with a person subject in that sentence (`context`), or has no speaker.
 * Order matters: each resolved speaker becomes the most salient person for the next quote.
 */
export function resolveSpeakers(doc: QuoteDocument, quotes: readonly QuoteCandidate[]): QuoteSpan[] {
  const salience = new Salience(doc);
  const spans: QuoteSpan[] = [];
  /** The sentence each finished quote is attributed in: its cue's, else its last. */
  const attributedIn: number[] = [];
  quotes.forEach((quote) => {
    let speaker: QuoteSpeaker | null = null;
    let cue: QuoteCue | null = quote.cue;
    let continues: number | null = null;
    if (quote.continuesPrevious && spans.length > 0) {
      const previous = spans.at(-1)!;
      speaker = previous.speaker && { ...previous.speaker, resolution: 'continued' };
      continues = spans.length - 1;
    } else if (quote.standalone) {
      const sentence = sentenceAt(doc, quote.start);
      const p = attributedIn.lastIndexOf(sentence - 1);
      const previous = p >= 0 ? spans[p]! : null;
      if (previous?.speaker) {
        const split = previous.kind === 'direct';
        speaker = { ...previous.speaker, resolution: split ? 'continued' : 'context' };
        if (split) {
          cue = previous.cue;
          continues = p;
        }
      } else if (sentence > 0 && !doc.paragraphBreakBetween(doc.sentences[sentence - 1]!.end, quote.start)) {
        const phrase = introducer(doc, sentence - 1);
        if (phrase) speaker = resolved(phrase, 'context', salience, null);
      }
    } else if (quote.speaker) {
      speaker = resolved(quote.speaker, quote.attribution, salience, quote);
    }
    const sentence = quote.cueToken !== null ? doc.tokens[quote.cueToken]!.sentence : sentenceAt(doc, quote.end - 1);
    if (speaker?.mention != null) salience.noteSpeaker(sentence, speaker.mention);
    attributedIn.push(sentence);
    spans.push({
      start: quote.start, end: quote.end, producer: quote.producer, text: doc.text.slice(quote.start, quote.end),
      kind: quote.kind, speaker, cue, continues,
    });
  });
  return spans;
}

function resolved(phrase: SpeakerPhrase, how: QuoteSpeaker['resolution'], salience: Salience, quote: QuoteCandidate | null): QuoteSpeaker {
  const base = { start: phrase.start, end: phrase.end, text: phrase.text };
  if (phrase.form === 'pronoun' || phrase.form === 'role') {
    const mention = salience.resolve(phrase, quote && { start: quote.start, end: quote.end });
    return { ...base, mention, resolution: phrase.form === 'pronoun' ? 'pronoun' : 'role' };
  }
  return { ...base, mention: phrase.mention, resolution: how };
}

/** The subject of a speech verb in a sentence, when it names a person: "Jens Stoltenberg ... noemt de situatie zorgwekkend." */
function introducer(doc: QuoteDocument, s: number): SpeakerPhrase | null {
  const sentence = doc.sentences[s]!;
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (doc.passageAround(doc.tokens[v]!.start)) continue;
    if (!doc.cueEntry(v, 'context')) continue;
    const phrase = subjectOf(doc, v);
    if (phrase && (phrase.form !== 'other' || phrase.mention !== null)) return phrase;
  }
  return null;
}

function sentenceAt(doc: QuoteDocument, offset: number): number {
  const token = Math.min(doc.tokenAt(offset), doc.tokens.length - 1);
  return doc.tokens[token]!.sentence;
}
