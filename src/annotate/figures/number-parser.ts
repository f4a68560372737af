import { parseDigitNumber } from './digit-number.ts';
import { formAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import type { NumberWords } from './number-words.ts';

/** Producers of the number parsers. */
export const DIGITS_PRODUCER = 'figure-digits';
export const WORDS_PRODUCER = 'figure-words';
export const VAGUE_PRODUCER = 'figure-vague-plural';
export const APPROX_PRODUCER = 'figure-approximate-noun';

/**
 * Proposes the numbers of a sentence: digits ("1.200", "6,5", "€2,5", "5%"), cardinal words and
 * their compounds ("zeven", "drieëntwintig"), each with a following scale word ("6,5 miljoen",
 * "twee duizend"); "een" or a fraction before a scale word ("een miljoen", "een half miljoen",
 * "anderhalf miljoen"); vague plurals ("tientallen", "duizenden": a range, number-words-nl.tsv)
 * and approximate nouns ("een tiental": about 10). Ordinals, "een" alone, and forms that are not
 * amounts (14.30, 9/11) are never proposed.
 */
export class NumberParser {
  constructor(private readonly words: NumberWords) {}

  propose(view: SentenceView): FigureCandidate[] {
    const found: FigureCandidate[] = [];
    const { firstToken, endToken } = view.sentence;
    for (let i = firstToken; i < endToken; i++) {
      const candidate = this.numberAt(view, i);
      if (!candidate) continue;
      found.push(candidate);
      i = candidate.end - 1;
    }
    return found;
  }

  private numberAt(view: SentenceView, i: number): FigureCandidate | null {
    const form = formAt(view, i);
    const digits = parseDigitNumber(form);
    if (digits) return this.scaled(view, make(i, digits.value, DIGITS_PRODUCER, { unit: digits.unit, plain: digits.plain }));
    const cardinal = this.words.cardinal(form);
    if (cardinal !== null) return this.scaled(view, make(i, cardinal, WORDS_PRODUCER, { words: true }));
    const word = this.words.word(form);
    if (word?.kind === 'vague') return make(i, word.value, VAGUE_PRODUCER, { words: true, high: word.high });
    if (form === 'een' || word?.kind === 'fraction') return this.beforeScale(view, i);
    return null;
  }

  /** A number followed by scale words: "6,5 miljoen", "twee duizend", "drie honderd duizend". */
  private scaled(view: SentenceView, candidate: FigureCandidate): FigureCandidate {
    let next = this.words.word(formAt(view, candidate.end));
    while (next && (next.kind === 'scale' || next.kind === 'thousand' || (next.kind === 'hundred' && candidate.value < 100))) {
      candidate.value *= next.value;
      candidate.scale *= next.value;
      candidate.plain = false;
      candidate.end++;
      next = this.words.word(formAt(view, candidate.end));
    }
    return candidate;
  }

  /**
   * "een miljoen", "een half miljoen", "anderhalf miljoen", "een tiental", "een dozijn"; a
   * fraction also before a unit ("anderhalf jaar" is left to the unit rule: value 1.5).
   */
  private beforeScale(view: SentenceView, i: number): FigureCandidate | null {
    const form = formAt(view, i);
    let at = i + 1;
    let factor = form === 'een' ? 1 : this.words.word(form)!.value;
    if (form === 'een') {
      const fraction = this.words.word(formAt(view, at));
      if (fraction?.kind === 'fraction' && fraction.value < 1) {
        factor = fraction.value;
        at++;
      }
    }
    const next = this.words.word(formAt(view, at));
    if (next?.kind === 'scale' || next?.kind === 'thousand' || next?.kind === 'hundred') {
      return this.scaled(view, { ...make(i, factor, WORDS_PRODUCER, { words: true }), end: at });
    }
    if (next?.kind === 'approx' && form === 'een' && at === i + 1) {
      return { ...make(i, next.value, APPROX_PRODUCER, { words: true }), end: at + 1, qualifier: { word: `een ${formAt(view, at)}`, kind: 'about' } };
    }
    if (form !== 'een' && factor >= 1) return make(i, factor, WORDS_PRODUCER, { words: true });
    return null;
  }
}

function make(i: number, value: number, producer: string, extra: Partial<FigureCandidate>): FigureCandidate {
  return { first: i, end: i + 1, value, high: null, unit: null, qualifier: null, words: false, plain: false, scale: 1, age: false, producer, ...extra };
}
