import { conflictScorer } from './conflict-scorer.ts';
import { EVENT_SCORER } from './event-scorer.ts';
import type { FactScorer } from './fact-scorer.ts';
import { figureScorer } from './figure-scorer.ts';
import { quoteScorer } from './quote-scorer.ts';
import { timexScorer } from './timex-scorer.ts';

/** The scorers of `kroniek eval facts`, one per fact layer, in the order they are printed. */
export const FACT_SCORERS: readonly FactScorer[] = [timexScorer, quoteScorer, figureScorer, conflictScorer, EVENT_SCORER];
