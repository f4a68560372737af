import type { DependencyView } from './dependency-view.ts';
import { EventFrame } from './event-frame.ts';

/** Relative pronouns: the subject "die" of "Poetin, die Loekasjenko steunt" stands for its antecedent. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['die', 'dat', 'wie', 'welke', 'wat']);
/** Modal verbs: "willen sancties opleggen" is the ministers' event, with modality "want". */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['zullen', 'kunnen', 'moeten', 'willen', 'mogen']);
/** Clause relations through which an infinitive takes its head's subject ("gingen de straat op om te demonstreren"). */
const CONTROL_RELATIONS: ReadonlySet<string> = new Set(['xcomp', 'advcl', 'ccomp', 'acl']);
/** How far up a chain of infinitives and conjuncts a missing subject is looked for. */
const MAX_INHERIT_DEPTH = 3;

/**
 * The frame of a verbal trigger from its own dependents: subject (nsubj; nsubj:pass of a
 * participle is the object, its "door" phrase the subject), object, iobj, and each obl by its
 * preposition. A missing subject is inherited: `ConjunctSubject` from the verb it is conjoined
 * to, `RelativeAntecedent` from the noun a relative clause hangs on, `ControlSubject` from the
 * verb an infinitive depends on, `AdjectivalParticiple` the noun a participle modifies.
 */
export function verbFrame(view: DependencyView, trigger: number): EventFrame {
  const frame = new EventFrame(trigger);
  ownDependents(view, trigger, frame);
  inheritSubject(view, trigger, frame, 0);
  return frame;
}

/** Whether the verb is a passive participle: "werden gearresteerd", "zijn geslagen", "opgepakt door". */
export function isPassive(view: DependencyView, verb: number, depth = 0): boolean {
  if (!view.isParticiple(verb)) return false;
  const head = view.head(verb);
  if (view.deprel(verb) === 'conj' && head !== null && depth < MAX_INHERIT_DEPTH && isPassive(view, head, depth + 1)) return true;
  return view.childrenOf(verb).some((c) => {
    const rel = view.deprel(c);
    if (rel === 'aux:pass' || rel === 'nsubj:pass' || rel === 'obl:agent') return true;
    return rel === 'aux' && view.lemma(c) === 'worden';
  }) || view.deprel(verb) === 'amod' || view.deprel(verb) === 'acl';
}

function ownDependents(view: DependencyView, verb: number, frame: EventFrame): void {
  const passive = isPassive(view, verb);
  for (const c of view.childrenOf(verb)) {
    const rel = view.deprel(c);
    if (rel === 'nsubj') frame.fill('subject', subjectHead(view, verb, c));
    else if (rel === 'nsubj:pass') frame.fill(passive ? 'object' : 'subject', subjectHead(view, verb, c));
    else if (rel === 'obj') frame.fill('object', c);
    else if (rel === 'iobj') frame.fill('iobj', c);
    else if (rel === 'obl:agent') frame.fill(passive ? 'subject' : 'door', c);
    else if (rel.startsWith('obl') || rel === 'nmod') {
      const preposition = view.caseOf(c);
      if (preposition === null) continue;
      if (preposition === 'door' && passive) frame.fill('subject', c);
      else frame.fill(preposition, c);
    }
  }
}

/** A relative pronoun subject stands for the noun its clause modifies (`RelativeAntecedent`). */
function subjectHead(view: DependencyView, verb: number, subject: number): number {
  if (!RELATIVE_PRONOUNS.has(view.lemma(subject))) return subject;
  const antecedent = relativeAntecedent(view, verb);
  return antecedent ?? subject;
}

function relativeAntecedent(view: DependencyView, verb: number): number | null {
  if (view.deprel(verb) !== 'acl:relcl') return null;
  return view.head(verb);
}

function inheritSubject(view: DependencyView, verb: number, frame: EventFrame, depth: number): void {
  if (frame.has('subject') || depth > MAX_INHERIT_DEPTH) return;
  const passive = isPassive(view, frame.trigger);
  const slot = passive ? 'object' : 'subject';
  if (passive && frame.has('object')) return;
  const rel = view.deprel(verb);
  const head = view.head(verb);
  if (head === null) return;
  if (rel === 'acl:relcl' || rel === 'amod' || (rel === 'acl' && view.isParticiple(verb))) {
    // RelativeAntecedent / AdjectivalParticiple: the modified noun.
    frame.fill(slot, head);
    return;
  }
  if (rel === 'conj' || CONTROL_RELATIONS.has(rel)) {
    // ConjunctSubject / ControlSubject: the head verb's subject.
    if (rel !== 'conj' && view.childrenOf(verb).some((c) => view.deprel(c) === 'mark' && view.lemma(c) === 'dat')) return;
    const upper = verbFrameShallow(view, head);
    const subject = upper.get('subject') ?? (rel === 'conj' ? upper.get('object') : undefined);
    if (subject !== undefined) frame.fill(slot, subject);
    else inheritSubject(view, head, frame, depth + 1);
  }
}

/** The head verb's own subject and object, for inheritance (no further inheritance). */
function verbFrameShallow(view: DependencyView, verb: number): EventFrame {
  const frame = new EventFrame(verb);
  ownDependents(view, verb, frame);
  return frame;
}
