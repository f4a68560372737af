import { formAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';

/** Producer of a merged range. */
export const RANGE_PRODUCER = 'figure-range';

/** Words between two numbers that make them one range: "20 tot 30", "20 à 30", "20-30". */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['tot', 'à', 'a', '-', '–']);

/**
 * Merges two numbers into one range figure: "tussen (de) 20 en 30" (the span starts at
 * "tussen") and "(van) 20 tot 30", "20 à 30", "20-30". A scale word on the second number only
 * counts for both ("tussen de 20 en 30 miljoen": 20 to 30 million). The low end is `value`, the
 * high end `high`; a pair in the wrong order is not a range.
 */
export class RangeRefiner {
  refine(view: SentenceView, candidates: readonly FigureCandidate[]): FigureCandidate[] {
    const out: FigureCandidate[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const low = candidates[c]!;
      const high = candidates[c + 1];
      const merged = high && this.merge(view, low, high);
      if (merged) {
        out.push(merged);
        c++;
      } else out.push(low);
    }
    return out;
  }

  private merge(view: SentenceView, low: FigureCandidate, high: FigureCandidate): FigureCandidate | null {
    if (low.high !== null || high.high !== null) return null;
    const between = high.first - low.end;
    if (between !== 1) return null;
    const joiner = formAt(view, low.end);
    const tussen = formAt(view, low.first - 1) === 'tussen' ? low.first - 1 : formAt(view, low.first - 2) === 'tussen' && formAt(view, low.first - 1) === 'de' ? low.first - 2 : -1;
    if (!(RANGE_JOINERS.has(joiner) || (joiner === 'en' && tussen >= 0))) return null;
    const lowValue = low.scale === 1 && high.scale > 1 && low.value < high.value / high.scale + 1e-9 ? low.value * high.scale : low.value;
    if (lowValue >= high.value) return null;
    return {
      ...low,
      first: joiner === 'en' ? tussen : low.first,
      end: high.end,
      value: lowValue,
      high: high.value,
      unit: high.unit ?? low.unit,
      plain: false,
      scale: high.scale,
      producer: RANGE_PRODUCER,
    };
  }
}
