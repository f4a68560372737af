import type { FigureSpan, QualifierKind } from '../../annotate/figures/figure.ts';

/** "zowat 50", "zo'n 40": the value give or take this share. */
export const ABOUT_TOLERANCE = 0.1;
/** "ruim 80 procent": more than 80, but not by more than this share (ruim is "a little over"). */
export const MORE_THAN_SPAN = 0.2;
/** "bijna 4.000": under 4.000, but by at most this share. */
export const ALMOST_SPAN = 0.1;

/** Qualifiers that give a lower bound ("zeker zeven", "ruim 80") or an upper one ("bijna", "hooguit"). */
export const BOUND_FAMILIES: Readonly<Partial<Record<QualifierKind, 'lower' | 'upper'>>> = {
  'at-least': 'lower',
  'more-than': 'lower',
  almost: 'upper',
  'at-most': 'upper',
  'less-than': 'upper',
};

/** The values a figure allows, `[low, high]`, given its qualifier. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * What a figure says the true value may be: "zeker zeven" [7, ∞), "ruim 80" [80, 96], "zowat
 * 50" [45, 55], "bijna 4.000" [3600, 4000], "hooguit 30" [0, 30], "tussen de 20 en 30" [20,
 * 30], "duizenden" [2000, 9999], "80" [80, 80].
 */
export function figureInterval(figure: Pick<FigureSpan, 'value' | 'high' | 'qualifier'>): Interval {
  const low = figure.value;
  const high = figure.high ?? figure.value;
  switch (figure.qualifier?.kind) {
    case 'about':
      return { low: low * (1 - ABOUT_TOLERANCE), high: high * (1 + ABOUT_TOLERANCE) };
    case 'at-least':
      return { low, high: Number.POSITIVE_INFINITY };
    case 'more-than':
      return { low, high: high * (1 + MORE_THAN_SPAN) };
    case 'almost':
      return { low: low * (1 - ALMOST_SPAN), high };
    case 'at-most':
    case 'less-than':
      return { low: 0, high };
    default:
      return { low, high };
  }
}

/**
 * Whether two figures of one quantity disagree. Two bounds of the same family with different
 * values are two different reports ("minstens 7" against "minstens 10": a conflict, though both
 * could be true); otherwise they disagree only when no value fits both ("ruim 80 procent" and
 * "80 procent" agree; "zo'n 5.000" and "20.000" do not).
 */
export function disagree(a: Pick<FigureSpan, 'value' | 'high' | 'qualifier'>, b: Pick<FigureSpan, 'value' | 'high' | 'qualifier'>): boolean {
  const familyA = a.qualifier ? BOUND_FAMILIES[a.qualifier.kind] : undefined;
  const familyB = b.qualifier ? BOUND_FAMILIES[b.qualifier.kind] : undefined;
  if (familyA !== undefined && familyA === familyB) return a.value !== b.value || a.high !== b.high;
  const x = figureInterval(a);
  const y = figureInterval(b);
  return x.high < y.low || y.high < x.low;
}
