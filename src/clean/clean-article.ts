import type { Settings } from '../config/settings.ts';
import type { Removal } from '../doc/types.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import { dropOverlaps, paragraphBoilerplate, passageBoilerplate, type BoilerplateRule } from './boilerplate.ts';
import { normalizeText } from './normalize.ts';
import { findRepeatedRuns, keptPieces, keySentence, type Range } from './repeats.ts';
import { splitSentences } from './sentence-split.ts';

/** The cleaned text of an article and everything taken out of it. */
export interface CleanedArticle {
  readonly text: string;
  readonly removed: readonly Removal[];
}

interface Cut extends Range {
  readonly reason: string;
}

/**
 * Cleans an article's body in the order that keeps each step simple:
 * 1. normalise Unicode and white space (keeping a map back to the input);
 * 2. remove boilerplate by the rule table, paragraph by paragraph;
 * 3. remove pasted repeats, comparing sentences with boilerplate already gone;
 * 4. join what is left, paragraphs separated by a blank line.
 * Every cut becomes a `Removal` with its position in the input.
 */
export function cleanArticle(raw: RawArticle, rules: readonly BoilerplateRule[], settings: Settings): CleanedArticle {
  const normalized = normalizeText(raw.body);
  const text = normalized.text;
  const flat = text.replace(/\n/g, ' ');
  const paragraphs = paragraphRanges(text);

  const cuts: Cut[] = [];
  for (const paragraph of paragraphs) {
    const reason = paragraphBoilerplate(flat.slice(paragraph.start, paragraph.end), rules);
    if (reason) cuts.push({ ...paragraph, reason });
  }
  cuts.push(...passageBoilerplate(text, rules));
  const sentences = paragraphs.flatMap((paragraph) =>
    splitSentences(flat.slice(paragraph.start, paragraph.end), paragraph.start).map((sentence) => keySentence(flat, sentence, cuts)),
  );
  for (const run of findRepeatedRuns(sentences, settings)) cuts.push({ ...run, reason: 'repeated-content' });
  const ordered = dropOverlaps(cuts);

  const kept = paragraphs.map((paragraph) => tidy(keptText(flat, paragraph, ordered))).filter((p) => p !== '');
  const removed = ordered.map((cut): Removal => {
    const start = skipSpace(text, cut.start);
    return {
      text: text.slice(start, cut.end).trim(),
      reason: cut.reason,
      start: raw.bodyOffset + normalized.inputIndex(start),
    };
  });
  return { text: kept.join('\n\n'), removed: mergeRemovals(raw.removed, removed) };
}

/** Paragraphs are separated by blank lines; a text without any has one paragraph a line. */
function paragraphRanges(text: string): Range[] {
  const separator = text.includes('\n\n') ? '\n\n' : '\n';
  const ranges: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    const found = text.indexOf(separator, start);
    const end = found < 0 ? text.length : found;
    if (end > start) ranges.push({ start, end });
    if (found < 0) break;
    start = found + separator.length;
  }
  return ranges;
}

/** The characters of `range` that no cut covers. */
function keptText(text: string, range: Range, cuts: readonly Cut[]): string {
  return keptPieces(range, cuts).map((piece) => text.slice(piece.start, piece.end)).join('');
}

/** Closes the gaps a cut leaves: double spaces, a space before punctuation. */
function tidy(paragraph: string): string {
  return paragraph.replace(/ {2,}/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return index;
}

function mergeRemovals(first: readonly Removal[], second: readonly Removal[]): Removal[] {
  return [...first, ...second].sort((a, b) => a.start - b.start);
}
