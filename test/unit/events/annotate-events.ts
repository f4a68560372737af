import { AnnotationPipeline } from '../../../src/annotate/pipeline.ts';
import { defaultAnnotators } from '../../../src/annotate/document-builder.ts';
import { EventAnnotator } from '../../../src/annotate/events/event-annotator.ts';
import { EVENTS_LAYER, type EventSpan } from '../../../src/annotate/events/event-span.ts';
import type { TimexSpan } from '../../../src/annotate/time/timex.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { Layers } from '../../../src/doc/types.ts';

let pipeline: AnnotationPipeline | undefined;

/** The default layers over a text (the language core, NER, timexes...), once per test file, without the events layer. */
export async function coreLayers(text: string): Promise<Layers> {
  pipeline ??= await AnnotationPipeline.create(defaultAnnotators(DEFAULT_SETTINGS).filter((a) => a.layer !== EVENTS_LAYER));
  return pipeline.annotate({ text, title: null, published: null });
}

/** The events of a text; `timexes`, when given, hand-made spans in place of the time layer's. */
export async function eventsOf(text: string, timexes?: readonly TimexSpan[]): Promise<EventSpan[]> {
  const layers = await coreLayers(text);
  return new EventAnnotator().annotate({ text, title: null, published: null, layers: timexes ? { ...layers, timexes } : layers });
}

/** A hand-made DATE timex over the first occurrence of `word`. */
export function timexOver(text: string, word: string, value: string): TimexSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: 'DATE', value, precision: 'day', anchor: null, producer: 'test' };
}

/** The event whose trigger is `word`. */
export function eventAt(events: readonly EventSpan[], word: string): EventSpan | undefined {
  return events.find((event) => event.trigger.text === word);
}
