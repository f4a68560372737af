import type { TimexMod } from './timex.ts';
import type { DurationUnit, Season } from './time-words.ts';

/** Which way a deictic expression points: the text says so, or the tense decides (`auto`). */
export type Direction = 'past' | 'future' | 'auto';

/** The calendar units a shift counts in ("vorige week", "drie maanden geleden"). */
export type ShiftUnit = 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'century';

/**
 * What a time expression means before it is anchored: the parsers' proposal, one variant per
 * rule family. The resolver (timex-resolver.ts) turns it into a TIMEX3 type, value and precision.
 */
export type TimexMeaning =
  /** A calendar date, as far as the text gives it: "9 augustus", "maart 2021", "2014". */
  | { readonly kind: 'date'; readonly year?: number; readonly yearShift?: number; readonly month?: number; readonly day?: number; readonly direction: Direction }
  | { readonly kind: 'season'; readonly season: Season; readonly year?: number; readonly yearShift?: number; readonly direction: Direction | 'this' }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year?: number }
  | { readonly kind: 'decade'; readonly decade: number }
  | { readonly kind: 'century'; readonly century: number }
  /** "woensdag", "afgelopen zondag", "zaterdagochtend", "dinsdag vorige week" (weekShift -1). */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly direction: Direction; readonly weekShift?: number }
  /** The calendar unit around the anchor, shifted: "vandaag" (day 0), "vorige week" (week -1). */
  | { readonly kind: 'shift'; readonly unit: ShiftUnit; readonly amount: number }
  /** A point that far before the anchor: "een week geleden"; amount null for "enkele weken geleden". */
  | { readonly kind: 'ago'; readonly unit: ShiftUnit; readonly amount: number | null }
  /** A clock time on the anchor's day, or on the day of the expression it is merged with. */
  | { readonly kind: 'clock'; readonly hour: number; readonly minute: number }
  /** "zowat 50 minuten", "al 26 jaar", "de afgelopen dagen" (amount null). */
  | { readonly kind: 'duration'; readonly amount: number | null; readonly unit: DurationUnit }
  /** "elke week" (unit W), "elke maandag" (weekday 1), "dagelijks". */
  | { readonly kind: 'set'; readonly unit?: DurationUnit; readonly every?: number; readonly weekday?: number };

/** A parser's proposal: a range of the text, its meaning, and what refiners add. */
export interface TimexCandidate {
  readonly start: number;
  readonly end: number;
  /** The rule that proposed it (and, after a merge, the refiner: `weekday-date-merge`). */
  readonly producer: string;
  readonly meaning: TimexMeaning;
  /** Part of day (`MO`...) or a clock time (`14:30`) attached to a day. */
  readonly timeOfDay?: string;
  /** A weekday the text names next to a date ("zaterdag 9 augustus"). */
  readonly weekday?: number;
  readonly mod?: TimexMod;
}

/** What a parser may look at besides its match. */
export interface ParseContext {
  readonly text: string;
  /** Whether a counted noun or a measure follows `end` ("2014 mensen"): from the tokens when there are any. */
  countedNounAfter(end: number): boolean;
}

/**
 * One Dutch rule (chrono's parser role): a global regular expression, literal cues that must
 * occur in the lower-cased text before the expression is run at all (the cheap prefilter), and
 * a function from a match to a candidate (null rejects the match). The pattern runs only on
 * windows around the cues (`reach` says how wide: cue-windows.ts).
 */
export interface TimexParser {
  readonly name: string;
  readonly cues: readonly string[];
  /** Characters of text the pattern may need before a cue's start and after its end (the window it runs on). */
  readonly reach: { readonly before: number; readonly after: number };
  readonly pattern: RegExp;
  propose(match: RegExpExecArray, context: ParseContext): TimexCandidate | null;
}

/** A refiner (chrono's refiner role): reads all candidates of a document and decides. */
export interface TimexRefiner {
  readonly name: string;
  refine(candidates: readonly TimexCandidate[], text: string): TimexCandidate[];
}

/** Whether the capitalised word at `at` starts a sentence (or a line, a quote, a bracket). */
export function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  return /[.!?:;\n"'‘’“”„(\[—–•-]/.test(text[i]!);
}

/**
 * Month and weekday names are lower-case in Dutch: a capitalised one inside a sentence is a
 * name ("Mei", "Zondag met Lubach", "Augustus"), not a date.
 */
export function capitalisedInSentence(text: string, at: number): boolean {
  const first = text[at]!;
  return first !== first.toLowerCase() && !startsSentence(text, at);
}
