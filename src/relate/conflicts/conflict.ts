import type { FigureQualifier, FigureSource, FigureSpan } from '../../annotate/figures/figure.ts';

/** One document as findConflicts reads it: its id, its `figures` layer, and what groups it. */
export interface ConflictDocument {
  /** The document's id (what a conflict's figures name as `document`). */
  readonly id: string;
  /** Its cleaned text; not read, kept so callers can pass a Document-like record as it is. */
  readonly text?: string;
  readonly figures: readonly FigureSpan[];
  /**
   * The story the document belongs to, when stories are known: figures of different stories
   * are never compared. Absent or null: the document may be compared with any other.
   */
  readonly story?: string | null;
  /** Its publication date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`...): figures of different times are never compared. */
  readonly date?: string | null;
}

/** A figure as a conflict record names it. */
export interface ConflictFigure {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly high: number | null;
  readonly unit: string | null;
  readonly qualifier: FigureQualifier | null;
  readonly source: FigureSource | null;
}

/**
 * Figures that report one quantity differently: the same normalised `about`, the same unit, the
 * same time, given by different sources or in different articles, with values that disagree
 * (docs/figures.md). Each figure disagrees with at least one other of the record.
 */
export interface Conflict {
  readonly about: string;
  readonly unit: string | null;
  readonly figures: readonly ConflictFigure[];
}
