import type { SentenceSpan, DutchTokenSpan, TokenSpan } from '../syntax/syntax-spans.ts';
import type { FigureQualifier } from './figure.ts';

/** What the rules of one sentence see: its tokens, their lower-case forms, and the text. */
export interface SentenceView {
  readonly text: string;
  /** The document's tokens; indices below are into this array. */
  readonly tokens: readonly TokenSpan[];
  readonly sentence: SentenceSpan;
  /** Lower-case form of each token of the sentence: `lower[i - sentence.firstToken]`. */
  readonly lower: readonly string[];
}

/** The lower-case form of token `index`, or '' outside the sentence. */
export function formAt(view: SentenceView, index: number): string {
  const at = index - view.sentence.firstToken;
  return at >= 0 && at < view.lower.length ? view.lower[at]! : '';
}

/** Token `index` when it lies in the sentence. */
export function tokenAt(view: SentenceView, index: number): DutchTokenSpan | null {
  return index >= view.sentence.firstToken && index < view.sentence.endToken ? (view.tokens[index] as DutchTokenSpan) : null;
}

/**
 * A figure while the rules work on it: its tokens `[first, end)`, the number, and what later
 * rules add. Parsers make candidates; refiners widen, merge or drop them (figure-annotator.ts).
 */
export interface FigureCandidate {
  first: number;
  end: number;
  value: number;
  high: number | null;
  unit: string | null;
  qualifier: FigureQualifier | null;
  /** Written in words ("zeven") rather than digits. */
  words: boolean;
  /** Digits only, no separator or sign: could be a year. */
  plain: boolean;
  /** The scale word it was multiplied by ("miljoen"), so "tussen de 20 en 30 miljoen" can share it. */
  scale: number;
  /** An age ("66-jarige", "Tichanovskaja (38)"): its `about` is `leeftijd ...`. */
  age: boolean;
  /** The rule that made it (the span's producer). */
  producer: string;
}
