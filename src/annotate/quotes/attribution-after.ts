import { cueAt, type Attribution } from './quote-candidate.ts';
import type { QuoteCue } from './quote-span.ts';
import type { QuoteDocument } from './quote-document.ts';
import { phraseAfter, speakerIn, type SpeakerPhrase } from './speaker-phrase.ts';
import { subjectOf } from './verb-subject.ts';
import type { CueUse } from './speech-verbs.ts';

/** An auxiliary may stand this many tokens before its speech verb: ", heeft hij gisteren gezegd". */
const MAX_AUX_GAP = 5;

/** The passive auxiliary: "werd er niet bij gezegd" names no speaker. */
const PASSIVE = 'worden';
/** Words that negate a speech verb: "..., zei hij niet". */
const NEGATIONS = new Set(['niet', 'nooit']);

/** An attribution that follows its content: the cue, its token, the speaker, how it names them, and its last token. */
export interface TrailingAttribution {
  readonly cue: QuoteCue;
  readonly cueToken: number;
  readonly speaker: SpeakerPhrase | null;
  readonly attribution: Attribution;
  /** The attribution's last token: where a second part of a split quote may follow. */
  readonly last: number;
}

/**
 * The attribution starting at token `from`, after the content it attributes: `aldus X`,
 * `[zo] zei X`, `[zo] heeft X ... gezegd`, for speech verbs with the given use.
 */
export function attributionAt(doc: QuoteDocument, from: number, use: CueUse): TrailingAttribution | null {
  const sentence = doc.sentenceOf(from);
  let t = from;
  if (doc.lower(t) === 'zo' && t + 1 < sentence.endToken) t++;
  if (doc.lower(t) === 'aldus') {
    const [first, last] = phraseAfter(doc, t + 1);
    return { cue: cueAt(doc, t, 'aldus'), cueToken: t, speaker: speakerIn(doc, first, last), attribution: 'aldus', last: Math.max(last, t) };
  }
  const entry = doc.cueEntry(t, use);
  if (entry) {
    const speaker = subjectOf(doc, t, from);
    return { cue: cueAt(doc, t, entry.lemma), cueToken: t, speaker, attribution: 'subject', last: attributionEnd(doc, t, speaker) };
  }
  if (doc.upos(t) === 'AUX' && doc.lemma(t) !== PASSIVE) {
    for (let v = t + 1; v < sentence.endToken && v - t <= MAX_AUX_GAP; v++) {
      if (doc.upos(v) === 'PUNCT' || NEGATIONS.has(doc.lower(v))) break;
      const participle = doc.cueEntry(v, use);
      if (!participle) continue;
      const [first, last] = phraseAfter(doc, t + 1);
      return { cue: cueAt(doc, v, participle.lemma), cueToken: v, speaker: speakerIn(doc, first, Math.min(last, v - 1)), attribution: 'subject', last: v };
    }
  }
  return null;
}

function attributionEnd(doc: QuoteDocument, verb: number, speaker: SpeakerPhrase | null): number {
  if (!speaker) return verb;
  return Math.max(verb, doc.tokenAt(speaker.end) - 1);
}
