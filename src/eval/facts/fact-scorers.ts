import { conflictScorer } from './conflict-scorer.ts';
import type { FactScorer } from './fact-scorer.ts';
import { figureScorer } from './figure-scorer.ts';

/** The scorers of `kroniek eval facts`, one per fact layer, in the order they are printed. */
export const FACT_SCORERS: readonly FactScorer[] = [figureScorer, conflictScorer];
