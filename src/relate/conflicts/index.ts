/** Conflicting figures across documents (docs/figures.md): the pure function and its types. */
export type { Conflict, ConflictDocument, ConflictFigure } from './conflict.ts';
export { findConflicts, sameTime } from './find-conflicts.ts';
export { disagree, figureInterval, type Interval } from './figure-interval.ts';
export { conflictDocument, corpusConflicts } from './corpus-conflicts.ts';
