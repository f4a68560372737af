import type { AnnotationInput, Annotator } from '../annotator.ts';
import type { LanguageSegment } from '../../doc/types.ts';
import { MENTIONS_LAYER } from '../entities/mention.ts';
import { isAnalysed, SEGMENTS_LAYER, TOKENS_LAYER, type TokenSpan } from '../syntax/syntax-spans.ts';
import { anchorOf } from './anchor.ts';
import { CueIndex } from './cue-windows.ts';
import { tenseAt } from './tense.ts';
import { TIMEX_PARSERS, TIMEX_REFINERS } from './timex-rules.ts';
import { COUNTED_NOUNS } from './time-words.ts';
import type { ParseContext, TimexCandidate } from './timex-candidate.ts';
import { nameGuard } from './timex-refiners.ts';
import { resolveTimex, type Directions } from './timex-resolver.ts';
import { TIMEXES_LAYER, type TimexSpan } from './timex.ts';

/**
 * Words in the sentence before a yearless date that put it in the past whatever the tense:
 * "zal ... voor het eerst sinds de verkiezingen van 9 augustus het land verlaten".
 */
const PAST_SIGNAL = /(?<![\p{L}])(?:sinds|sedert|na|afgelopen|vorige|geleden|eerder)(?![\p{L}])/iu;
/** Characters outside Latin-1 (curly quotes, dashes, other scripts). */
const NOT_LATIN1 = /[^\u0000-\u00ff]/g;
/** The parsers' cues, indexed once. */
const CUES = new CueIndex(TIMEX_PARSERS);

/**
 * The text the cues are looked up in: lower-cased, one byte a character (the others become
 * spaces), with the offsets of the text. A lower-casing that changes the length (rare letters
 * such as İ) falls back to the text itself.
 */
function cueText(text: string): string {
  const lower = text.toLowerCase();
  return (lower.length === text.length ? lower : text).replace(NOT_LATIN1, ' ');
}
/** Where a sentence ends, for the past-signal window. */
const SENTENCE_END = '.!?\n';
/** How far back the past signal is looked for: a long sentence, not a paragraph. */
const SENTENCE_LOOKBACK = 300;

/**
 * Makes the `timexes` layer (docs/time.md): Dutch time expressions found by small named
 * parsers (timex-rules.ts), decided on by refiners, and resolved TIMEX3-style against the
 * publication date with honest precision. Reads the tokens for the tense and for counted
 * nouns, the segments to skip non-Dutch text, and the mentions to leave names alone; each is
 * optional, so the layer also works on bare text.
 */
export class TimexAnnotator implements Annotator<TimexSpan> {
  readonly layer = TIMEXES_LAYER;
  readonly needs = [SEGMENTS_LAYER, TOKENS_LAYER, MENTIONS_LAYER];

  annotate({ text, published, layers }: AnnotationInput): TimexSpan[] {
    const tokens = (layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
    const segments = (layers[SEGMENTS_LAYER] ?? []) as readonly LanguageSegment[];
    const mentions = (layers[MENTIONS_LAYER] ?? []) as readonly { start: number; end: number }[];
    const lower = cueText(text);
    let candidates: TimexCandidate[] = [];
    const windows = CUES.windows(text, lower);
    const context: ParseContext = { text, countedNounAfter: (end) => countedNounAfter(text, tokens, end) };
    TIMEX_PARSERS.forEach((parser, p) => {
      for (const window of windows[p]!) {
        const part = text.slice(window.start, window.end);
        parser.pattern.lastIndex = 0;
        for (let match = parser.pattern.exec(part); match; match = parser.pattern.exec(part)) {
          // Parsers read the match against the whole text: its index is moved there.
          match.index += window.start;
          const candidate = parser.propose(match, context);
          if (candidate && !segments.some((s) => s.start < candidate.end && candidate.start < s.end)) candidates.push(candidate);
        }
      }
    });
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a.start - b.start);
    for (const refiner of TIMEX_REFINERS) candidates = refiner.refine(candidates, text);
    candidates = nameGuard(candidates, text, mentions);
    const anchor = anchorOf(published);
    return candidates.map((candidate) => {
      const resolved = resolveTimex(candidate, anchor, directionsAt(text, tokens, candidate.start));
      return { start: candidate.start, end: candidate.end, producer: candidate.producer, text: text.slice(candidate.start, candidate.end), ...resolved };
    });
  }
}

/**
 * Which way an undirected weekday or yearless date points. Weekdays follow the tense (a present
 * tense with a weekday is a plan: "Maandag bezoekt Loekasjenko..."); dates lean to the past,
 * as news does, unless the clause is in the present or future with no past signal before them.
 */
function directionsAt(text: string, tokens: readonly TokenSpan[], at: number): Directions {
  const tense = tokenSentenceTense(tokens, text, at);
  const weekday = tense === 'present' || tense === 'future' ? 'future' : 'past';
  const date = (tense === 'present' || tense === 'future') && !PAST_SIGNAL.test(sentenceBefore(text, at)) ? 'future' : 'past';
  return { weekday, date };
}

function tokenSentenceTense(tokens: readonly TokenSpan[], text: string, at: number) {
  return tokens.length === 0 ? 'unknown' : tenseAt(tokens, text, at);
}

function sentenceBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < SENTENCE_LOOKBACK && !SENTENCE_END.includes(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** Whether the word after `end` is counted by the number before it: "2014 mensen", "1994 euro". */
function countedNounAfter(text: string, tokens: readonly TokenSpan[], end: number): boolean {
  const next = /^\s*([\p{L}%]+)/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  const word = next[1]!.toLowerCase();
  if (word === '%' || COUNTED_NOUNS.has(word)) return true;
  const at = end + next[0].length - next[1]!.length;
  const token = tokens.find((t) => t.start === at);
  return token !== undefined && isAnalysed(token) && token.upos === 'NOUN' && token.feats.includes('Number=Plur');
}
