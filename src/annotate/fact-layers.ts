import { EVENTS_LAYER } from './events/event-span.ts';
import { FIGURES_LAYER } from './figures/figure.ts';
import { QUOTES_LAYER } from './quotes/quote-span.ts';
import { TIMEXES_LAYER } from './time/timex.ts';

/** The fact layers of issue 6, in the order listings show them. */
export const FACT_LAYERS = [TIMEXES_LAYER, QUOTES_LAYER, FIGURES_LAYER, EVENTS_LAYER] as const;
export type FactLayer = (typeof FACT_LAYERS)[number];
