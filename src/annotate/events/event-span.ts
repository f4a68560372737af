import type { Span } from '../../doc/types.ts';

/** Name of the layer of events. */
export const EVENTS_LAYER = 'events';

/** The event types of the Dutch lexicon (data/event-types-nl.tsv), CAMEO-inspired (docs/events.md). */
export const EVENT_TYPES = [
  'communicate',
  'meet',
  'negotiate',
  'statement',
  'request',
  'accuse',
  'deny',
  'admit',
  'reject',
  'support',
  'threaten',
  'protest',
  'arrest',
  'release',
  'use-force',
  'sanction',
  'elect',
  'congratulate',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The semantic roles an event's arguments fill. */
export type EventRole = 'agent' | 'patient' | 'recipient' | 'place';

/** What a modal auxiliary adds: "zal" will, "zou" would, "kan" can, "moet" must, "wil" want, "mag" may. */
export type EventModality = 'will' | 'would' | 'can' | 'must' | 'want' | 'may';

/** A piece of the text: the trigger word of an event. */
export interface TextPiece {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
}

/**
 * An argument of an event: the noun phrase that fills a role (relative clauses and punctuation
 * left out), and the mention of the name in it, if any.
 */
export interface EventArgument extends TextPiece {
  /** Index in the document's `mentions` layer of the name the phrase holds, or null. */
  readonly mention: number | null;
}

/** The time of an event: the timex of its clause. */
export interface EventTime {
  /** Index in the document's `timexes` layer. */
  readonly timex: number;
  /** The timex's normalised value, e.g. `2021-11` or `XXXX-08-09`. */
  readonly value: string;
}

/**
 * An event: the `events` layer, one span per trigger word ("belde", "telefoongesprek",
 * "ontkent"). The span is the trigger itself (`start`/`end` equal `trigger`'s); a separable
 * verb's particle ("geeft ... toe") is not part of it.
 */
export interface EventSpan extends Span {
  readonly trigger: TextPiece;
  readonly type: EventType;
  /** The trigger's lemma as the lexicon names it: "bellen", "toegeven", "telefoongesprek". */
  readonly predicate: string;
  readonly agent: EventArgument | null;
  readonly patient: EventArgument | null;
  readonly recipient: EventArgument | null;
  readonly place: EventArgument | null;
  readonly time: EventTime | null;
  /** "niet", "nooit", "geen", "niemand" on the predicate or its subject or object. */
  readonly negated: boolean;
  readonly modality: EventModality | null;
}
