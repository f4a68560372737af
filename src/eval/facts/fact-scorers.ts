import type { FactScorer } from './fact-scorer.ts';
import { quoteScorer } from './quote-scorer.ts';

/** The scorers of `kroniek eval facts`, one per fact layer, in the order they are printed. */
export const FACT_SCORERS: readonly FactScorer[] = [quoteScorer];
