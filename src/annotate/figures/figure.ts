import type { Span } from '../../doc/types.ts';

/** Name of the layer of figures. */
export const FIGURES_LAYER = 'figures';

/**
 * How exact a figure says it is, from its qualifier word: "zeker zeven" is `at-least`,
 * "ruim 80 procent" `more-than`, "zowat 50" `about`, "bijna 4.000" `almost`, "hooguit" `at-most`,
 * "minder dan" `less-than`, "precies" `exact`.
 */
export const QUALIFIER_KINDS = ['at-least', 'more-than', 'about', 'almost', 'at-most', 'less-than', 'exact'] as const;
export type QualifierKind = (typeof QUALIFIER_KINDS)[number];

/** A figure's qualifier: the Dutch words as written and their kind. */
export interface FigureQualifier {
  /** The words as they stand in the text, e.g. `zeker`, `meer dan`, `een` (of "een tiental"). */
  readonly word: string;
  readonly kind: QualifierKind;
}

/**
 * Who gives a figure, when its sentence says so: "De Poolse grenswacht heeft weet van ...",
 * "Volgens mensenrechtenorganisatie ...". `mention` is the index in the document's `mentions`
 * layer of the name the source is (its head word lies in the mention), or null for a source that
 * is not a name ("mensenrechtenorganisatie").
 */
export interface FigureSource {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mention: number | null;
}

/**
 * A figure: the `figures` layer (docs/figures.md). The span covers the qualifier, the number and
 * its unit word ("zeker zeven", "ruim 80 procent", "2,5 miljoen euro", "tussen de 20 en 30");
 * what it counts is in `about`, not in the span.
 */
export interface FigureSpan extends Span {
  /** `text.slice(start, end)`, kept for readers of the export. */
  readonly text: string;
  /**
   * The number, scale words folded in ("6,5 miljoen" is 6500000). For a range ("tussen de 20
   * en 30") or a vague plural ("duizenden": 2000 to 9999) it is the low end and `high` the high end.
   */
  readonly value: number;
  /** The high end of a range or a vague plural; null for one number. */
  readonly high: number | null;
  /** The unit: `procent`, `euro`, `dollar`, `jaar`, `minuut`, `kilometer`... (data/figure-units-nl.tsv); null for a count. */
  readonly unit: string | null;
  readonly qualifier: FigureQualifier | null;
  /**
   * What it counts, as a normalised phrase: the counted noun's lemma and the predicate's
   * ("mens omkomen", "stem krijgen", "minuut duren", "jaar aan de macht"), or `leeftijd <noun>`
   * for an age. Wordings of one quantity are made one (data/figure-quantities-nl.tsv): "doden"
   * and "mensen kwamen om" are both `mens omkomen`. Empty when nothing is found.
   */
  readonly about: string;
  readonly source: FigureSource | null;
}
