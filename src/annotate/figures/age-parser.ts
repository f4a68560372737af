import { formAt, tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import type { NumberWords } from './number-words.ts';

/** Producer of ages. */
export const AGE_PRODUCER = 'figure-age';

/** "66-jarige", "26-jarig", "vijftigjarige": the number and the -jarig(e)(n) ending. */
const AGED = /^(.+?)-?jarige?n?$/;
/** Ages in brackets after a name, "Tichanovskaja (38)", are people's ages in this range. */
const BRACKET_AGE_MAX = 120;

/**
 * Proposes ages: an adjective "66-jarige" (the span is that word; its figure is 66, unit
 * `jaar`) and a number in brackets right after a name ("Tichanovskaja (38)": the span is "38").
 * Ages are kept as figures because reports disagree on them too (docs/figures.md).
 */
export class AgeParser {
  constructor(private readonly words: NumberWords) {}

  propose(view: SentenceView): FigureCandidate[] {
    const found: FigureCandidate[] = [];
    const { firstToken, endToken } = view.sentence;
    for (let i = firstToken; i < endToken; i++) {
      const form = formAt(view, i);
      const aged = form.includes('jarig') ? AGED.exec(form) : null;
      if (aged) {
        const value = /^\d+$/.test(aged[1]!) ? Number(aged[1]) : this.words.cardinal(aged[1]!);
        if (value !== null && value > 0) found.push(age(i, value));
        continue;
      }
      if (formAt(view, i - 1) === '(' && formAt(view, i + 1) === ')' && /^\d{1,3}$/.test(formAt(view, i))) {
        const value = Number(formAt(view, i));
        if (value > 0 && value <= BRACKET_AGE_MAX && tokenAt(view, i - 2)?.upos === 'PROPN') found.push(age(i, value));
      }
    }
    return found;
  }
}

function age(i: number, value: number): FigureCandidate {
  return { first: i, end: i + 1, value, high: null, unit: 'jaar', qualifier: null, words: false, plain: false, scale: 1, age: true, producer: AGE_PRODUCER };
}
