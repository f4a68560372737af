import type { AnnotationInput, Annotator } from '../annotator.ts';
import { MENTIONS_LAYER, type MentionSpan } from '../entities/mention.ts';
import { SENTENCES_LAYER, TOKENS_LAYER, type SentenceSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import { AgeParser } from './age-parser.ts';
import { countedNoun } from './counted-noun.ts';
import { aboutReader, type AboutReader } from './figure-about.ts';
import type { FigureCandidate, SentenceView } from './figure-candidate.ts';
import { FIGURES_LAYER, type FigureSpan } from './figure.ts';
import { sourceFinder, type SourceFinder } from './figure-source.ts';
import { nonFigureRule } from './non-figure-filter.ts';
import { NumberParser } from './number-parser.ts';
import { numberWords } from './number-words.ts';
import { qualifierRefiner, type QualifierRefiner } from './qualifier-refiner.ts';
import { RangeRefiner } from './range-refiner.ts';
import { childrenOf } from './sentence-tree.ts';
import { unitRefiner, type UnitRefiner } from './unit-refiner.ts';

/**
 * Makes the `figures` layer (docs/figures.md): the amounts of the Dutch sentences, with what
 * they count, their qualifier and their source. Per sentence, in this order:
 * 1. parsers propose: numbers (number-parser.ts) and ages (age-parser.ts); an age wins over a
 *    number on the same token ("(38)");
 * 2. ranges merge two numbers, before units and qualifiers so "tussen de 20 en 30 procent" gets
 *    one unit and "zo'n 20 tot 30" one qualifier;
 * 3. units, then qualifiers widen the span (a unit before the number, "€ 3", moves its start
 *    before the qualifier looks left);
 * 4. the non-figure rules drop years, dates, clock times, reference numbers, numbers in names,
 *    definite references and bare numbers: last, because they need the unit and counted noun;
 * 5. `about` and `source` are read for what is left.
 */
export class FigureAnnotator implements Annotator<FigureSpan> {
  readonly layer = FIGURES_LAYER;
  readonly needs = [TOKENS_LAYER, SENTENCES_LAYER, MENTIONS_LAYER];
  private readonly numbers: NumberParser;
  private readonly ages: AgeParser;
  private readonly ranges = new RangeRefiner();
  private readonly units: UnitRefiner;
  private readonly qualifiers: QualifierRefiner;
  private readonly abouts: AboutReader;
  private readonly sources: SourceFinder;

  constructor() {
    const words = numberWords();
    this.numbers = new NumberParser(words);
    this.ages = new AgeParser(words);
    this.units = unitRefiner();
    this.qualifiers = qualifierRefiner();
    this.abouts = aboutReader();
    this.sources = sourceFinder();
  }

  annotate({ text, layers }: AnnotationInput): FigureSpan[] {
    const tokens = (layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
    const sentences = (layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[];
    const mentions = (layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[];
    const figures: FigureSpan[] = [];
    for (const sentence of sentences) {
      if (sentence.language !== undefined || !hasDigitOrWord(text, sentence)) continue;
      const lower: string[] = [];
      for (let i = sentence.firstToken; i < sentence.endToken; i++) lower.push(text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase());
      const view: SentenceView = { text, tokens, sentence, lower };
      figures.push(...this.sentenceFigures(view, mentions));
    }
    return figures;
  }

  private sentenceFigures(view: SentenceView, mentions: readonly MentionSpan[]): FigureSpan[] {
    const ages = this.ages.propose(view);
    const numbers = this.numbers.propose(view).filter((n) => !ages.some((a) => a.first < n.end && n.first < a.end));
    if (ages.length === 0 && numbers.length === 0) return [];
    let candidates: FigureCandidate[] = [...this.ranges.refine(view, numbers), ...ages].sort((a, b) => a.first - b.first);
    candidates = this.qualifiers.refine(view, this.units.refine(view, candidates));
    const children = childrenOf(view);
    const figures: FigureSpan[] = [];
    for (const candidate of candidates) {
      const noun = countedNoun(view, candidate);
      const subjectQuantity = noun === null && !candidate.age ? this.abouts.subjectQuantity(view, children, candidate) : null;
      if (nonFigureRule(candidate, { view, mentions, noun, subjectQuantity })) continue;
      const start = view.tokens[candidate.first]!.start;
      const end = view.tokens[candidate.end - 1]!.end;
      const anchor = noun ?? candidate.end - 1;
      figures.push({
        start,
        end,
        producer: candidate.producer,
        text: view.text.slice(start, end),
        value: candidate.value,
        high: candidate.high,
        unit: candidate.unit,
        qualifier: candidate.qualifier,
        about: this.abouts.about(view, children, candidate, noun),
        source: candidate.age ? null : this.sources.find(view, children, candidate, anchor, mentions),
      });
    }
    return figures;
  }
}

/**
 * A cheap first look: a sentence with no digit and no letter sequence a number word could
 * start with is skipped without lower-casing its tokens.
 */
function hasDigitOrWord(text: string, sentence: SentenceSpan): boolean {
  return NUMBERISH.test(text.slice(sentence.start, sentence.end));
}

/** Digits, or the stems every Dutch number word (and "-jarig") contains. */
const NUMBERISH = /\d|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig|honderd|duizend|miljoen|miljard|half|halve|dozijn|jarig/i;
