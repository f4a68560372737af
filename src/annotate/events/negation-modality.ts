import type { DependencyView } from './dependency-view.ts';
import type { EventModality } from './event-span.ts';
import type { EventFrame } from './event-frame.ts';
import { MODAL_VERBS } from './verb-frame.ts';

/** Adverbs that negate the verb they modify: "zal niet", "nooit erkend". */
const NEGATING_ADVERBS: ReadonlySet<string> = new Set(['niet', 'nooit', 'nimmer', 'allerminst']);
/** Determiners and pronouns that negate through an argument: "geen persconferentie", "niemand". */
const NEGATING_WORDS: ReadonlySet<string> = new Set(['geen', 'niemand', 'niets', 'nergens']);
/** Modal lemmas and what they add; "zou"/"zouden" (past of zullen) is `would`, not `will`. */
const MODALITY: Readonly<Record<string, EventModality>> = { zullen: 'will', kunnen: 'can', moeten: 'must', willen: 'want', mogen: 'may' };
const WOULD_FORMS: ReadonlySet<string> = new Set(['zou', 'zouden']);
/** Core arguments whose "geen"/"geen enkele" negates the event: "Geen enkele lidstaat erkent hem". */
const CORE_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'obj']);

/**
 * `NegationCue`: "niet"/"nooit" on the trigger or its light or modal verb, "geen" on the trigger
 * noun or on a core argument, "niemand"/"niets" as one. `ModalAuxiliary`: zal/zou/kan/moet/wil/mag
 * as an auxiliary of those tokens, or as the verb an infinitive trigger depends on.
 */
export function negationAndModality(view: DependencyView, frame: EventFrame): { negated: boolean; modality: EventModality | null } {
  const scope = [...frame.scope];
  for (const token of frame.scope) {
    const head = view.head(token);
    if (head !== null && view.deprel(token) === 'xcomp' && MODAL_VERBS.has(view.lemma(head))) scope.push(head);
  }
  let negated = false;
  let modality: EventModality | null = null;
  for (const token of scope) {
    if (MODAL_VERBS.has(view.lemma(token)) && !frame.scope.includes(token)) modality ??= modalityOf(view, token);
    for (const c of view.childrenOf(token)) {
      const rel = view.deprel(c);
      const lemma = view.lemma(c);
      if (NEGATING_ADVERBS.has(lemma) && (rel === 'advmod' || rel === 'det')) negated = true;
      else if (lemma === 'geen' && token === frame.trigger) negated = true;
      else if (CORE_RELATIONS.has(rel) && (NEGATING_WORDS.has(lemma) || view.childrenOf(c).some((d) => view.lemma(d) === 'geen' && view.deprel(d) === 'det'))) negated = true;
      else if (rel === 'aux' && MODAL_VERBS.has(lemma)) modality ??= modalityOf(view, c);
    }
  }
  return { negated, modality };
}

function modalityOf(view: DependencyView, token: number): EventModality | null {
  if (WOULD_FORMS.has(view.form(token).toLowerCase())) return 'would';
  return MODALITY[view.lemma(token)] ?? null;
}
