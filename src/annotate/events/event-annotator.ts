import type { AnnotationInput, Annotator } from '../annotator.ts';
import { MENTIONS_LAYER, type MentionSpan } from '../entities/mention.ts';
import { SENTENCES_LAYER, TOKENS_LAYER, type SentenceSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import { TIMEXES_LAYER, type TimexSpan } from '../time/timex.ts';
import { DependencyView } from './dependency-view.ts';
import { eventRoles } from './event-roles.ts';
import { loadEventLexicon, type EventLexicon } from './event-lexicon.ts';
import { EVENTS_LAYER, type EventSpan } from './event-span.ts';
import { negationAndModality } from './negation-modality.ts';
import { nounFrame } from './noun-frame.ts';
import { TimeLinker } from './time-link.ts';
import { findTriggers } from './trigger-finder.ts';
import { verbFrame } from './verb-frame.ts';

/** Relations through which an infinitive shares its controller's time: "zaterdag verzameld om te betogen". */
const CONTROL_TIME_RELATIONS: ReadonlySet<string> = new Set(['xcomp', 'advcl']);

/** The tokens whose timex is the event's: its frame's scope, and the verb a controlled infinitive hangs on. */
function timeAnchors(view: DependencyView, scope: readonly number[]): number[] {
  const trigger = scope[0]!;
  const head = view.head(trigger);
  const controlled = head !== null && CONTROL_TIME_RELATIONS.has(view.deprel(trigger)) && view.childrenOf(trigger).some((c) => view.lemma(c) === 'te');
  return controlled ? [...scope, head] : [...scope];
}

/** Producer of every event span: the Dutch trigger lexicon read over the dependency parse. */
export const EVENT_PRODUCER = 'kroniek-nl-event-rules';

/**
 * The `events` layer (docs/events.md): who did what to whom. Per sentence: the lexicon's
 * triggers (trigger-finder.ts), each trigger's syntactic frame (verb-frame.ts, noun-frame.ts),
 * the frame's slots mapped to roles (event-roles.ts), negation and modality
 * (negation-modality.ts), and the time from the `timexes` layer (time-link.ts).
 */
export class EventAnnotator implements Annotator<EventSpan> {
  readonly layer = EVENTS_LAYER;
  readonly needs = [TOKENS_LAYER, SENTENCES_LAYER, MENTIONS_LAYER, TIMEXES_LAYER];

  constructor(private readonly lexicon: EventLexicon = loadEventLexicon()) {}

  annotate(input: AnnotationInput): EventSpan[] {
    const tokens = (input.layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
    const sentences = (input.layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[];
    const mentions = (input.layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[];
    const timexes = input.layers[TIMEXES_LAYER] as readonly TimexSpan[] | undefined;
    const view = new DependencyView(input.text, tokens, mentions, timexes ?? []);
    const times = timexes && timexes.length > 0 ? new TimeLinker(view, timexes) : null;
    const events: EventSpan[] = [];
    for (const sentence of sentences) {
      if (sentence.language) continue;
      for (const found of findTriggers(view, this.lexicon, sentence)) {
        const frame = found.row.pos === 'verb' ? verbFrame(view, found.token) : nounFrame(view, this.lexicon, found);
        const roles = eventRoles(view, found, frame);
        const { negated, modality } = negationAndModality(view, frame);
        const token = tokens[found.token]!;
        const trigger = { start: token.start, end: token.end, text: input.text.slice(token.start, token.end) };
        events.push({
          start: trigger.start,
          end: trigger.end,
          producer: EVENT_PRODUCER,
          trigger,
          type: found.row.type,
          predicate: found.lemma,
          ...roles,
          time: times ? times.link(timeAnchors(view, frame.scope)) : null,
          negated,
          modality,
        });
      }
    }
    return events;
  }
}
