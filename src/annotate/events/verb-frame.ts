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
  const head = view.head(trigger);
  if (head !== null && misparsedAuxiliary(view, trigger, head)) frame.scope.push(head);
  ownDependents(view, trigger, frame);
  relativePlace(view, trigger, frame);
  inheritSubject(view, trigger, frame, 0);
  return frame;
}

/**
 * `RelativePlace`: "de situatie in Wit-Rusland, waar betogers gearresteerd zouden worden". The
 * place is the noun right before "waar" (a relative "waar" follows its antecedent), which is
 * surer than the clause's head in the parse (here "item").
 */
function relativePlace(view: DependencyView, verb: number, frame: EventFrame): void {
  if (view.deprel(verb) !== 'acl:relcl') return;
  const where = view.childrenOf(verb).find((c) => view.lemma(c) === 'waar');
  if (where === undefined) return;
  let before = where - 1;
  while (before >= 0 && view.token(before)?.upos === 'PUNCT') before--;
  const upos = view.token(before)?.upos;
  if (upos === 'PROPN' || upos === 'NOUN') frame.setRole('place', before);
  else if (view.head(verb) !== null) frame.setRole('place', view.head(verb)!);
}

/** Whether the verb is a passive participle: "werden gearresteerd", "zijn geslagen", "opgepakt door". */
export function isPassive(view: DependencyView, verb: number, depth = 0): boolean {
  if (!view.isParticiple(verb)) return false;
  const head = view.head(verb);
  if (view.deprel(verb) === 'conj' && head !== null && depth < MAX_INHERIT_DEPTH && isPassive(view, head, depth + 1)) return true;
  if (view.deprel(verb) === 'amod' || view.deprel(verb) === 'acl') return true;
  let passiveSubject = false;
  let zijn = false;
  for (const c of view.childrenOf(verb)) {
    const rel = view.deprel(c);
    if (rel === 'aux:pass' || rel === 'obl:agent') return true;
    if (rel === 'aux' && view.lemma(c) === 'worden') return true;
    if (rel.startsWith('obl') && view.caseOf(c) === 'door') return true;
    if (rel === 'nsubj:pass') passiveSubject = true;
    if (rel === 'aux' && view.lemma(c) === 'zijn') zijn = true;
  }
  // "Mensen zijn geslagen": a perfect passive is "zijn" with a subject the parser calls passive.
  return passiveSubject && zijn;
}

/** Pronouns that are never an event's subject: expletive "het", "er" ("is het eens geraakt"). */
const EXPLETIVES: ReadonlySet<string> = new Set(['het', 'er']);
/** Objects that stand for what was said or admitted, not a patient: "ik geef het toe". */
const CONTENT_OBJECTS: ReadonlySet<string> = new Set(['het', 'dat', 'dit', 'wat']);
/** Slots an infinitive or a conjunct takes from its head with the subject: "verzameld in Minsk om te betogen". */
const INHERITED_SLOTS = ['in'];
/** Verbs that are auxiliaries before a participle, whatever the parser tagged them. */
const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(['hebben', 'zijn', 'worden']);
/** Nominal parts of speech a caseless oblique must have to stand for a core argument. */
const NOMINAL_UPOS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

function ownDependents(view: DependencyView, verb: number, frame: EventFrame): void {
  const passive = isPassive(view, verb);
  const caseless: number[] = [];
  for (const c of dependentsWithAuxiliaries(view, verb)) {
    const rel = view.deprel(c);
    if (view.isTemporal(c)) {
      // "belde zondag Poetin op": the name hung on the day is the argument.
      const name = view.childrenOf(c).find((d) => view.deprel(d) === 'flat' || view.deprel(d) === 'appos');
      if (name === undefined || view.mentionAt(name) === null || rel !== 'obj') continue;
      frame.fill('object', name);
      continue;
    }
    const marked = rel.startsWith('nsubj') || rel === 'obj' ? view.caseOf(c) : null;
    if (marked !== null) {
      // A subject with a preposition is an oblique: "Ook in andere steden werd gedemonstreerd".
      frame.fill(marked, c);
    } else if (rel === 'nsubj' || rel === 'nsubj:pass') {
      if (EXPLETIVES.has(view.lemma(c))) continue;
      // Of two subjects of an active verb the second is the object ("Poetin had Loekasjenko gefeliciteerd").
      frame.fill(passive || frame.has('subject') ? 'object' : 'subject', subjectHead(view, verb, c));
    } else if (rel === 'obj') {
      const clause = view.childrenOf(c).some((d) => view.deprel(d) === 'mark');
      if (!CONTENT_OBJECTS.has(view.lemma(c)) && !clause) frame.fill('object', c);
    }
    else if (rel === 'iobj') frame.fill('iobj', c);
    else if (rel === 'obl:agent') frame.fill(passive ? 'subject' : 'door', c);
    else if (rel.startsWith('obl') || rel === 'nmod') {
      const preposition = view.caseOf(c);
      if (preposition === null) {
        if (rel === 'obl' && NOMINAL_UPOS.has(view.token(c)?.upos ?? '')) caseless.push(c);
      } else if (preposition === 'door' && passive) frame.fill('subject', c);
      else frame.fill(preposition, c);
    }
  }
  // CaselessOblique: an "obl" without a preposition is a core argument the parser mislabelled
  // ("Duizenden demonstranten zijn opgepakt"): it fills the missing subject, else the object.
  for (const c of caseless) {
    const core = passive ? 'object' : 'subject';
    if (!frame.has(core)) frame.fill(core, c);
    else if (!passive && !frame.has('object')) frame.fill('object', c);
  }
}

function misparsedAuxiliary(view: DependencyView, verb: number, head: number): boolean {
  return view.isParticiple(verb) && AUXILIARY_LEMMAS.has(view.lemma(head)) && view.deprel(verb) !== 'conj';
}

/**
 * `AuxiliaryDependents`: the parser often hangs the subject or object on the finite auxiliary
 * ("had een woordvoerder ... gehekeld"), so an auxiliary's dependents count as the verb's.
 */
function dependentsWithAuxiliaries(view: DependencyView, verb: number): number[] {
  const own = view.childrenOf(verb);
  const all = [...own];
  // MisparsedAuxiliary: "heeft ... gebeld" with "heeft" the root verb and the participle its advcl.
  const head = view.head(verb);
  if (head !== null && misparsedAuxiliary(view, verb, head)) {
    for (const d of view.childrenOf(head)) if (d !== verb) all.push(d);
  }
  for (const c of own) {
    const rel = view.deprel(c);
    if (rel === 'aux' || rel === 'aux:pass') for (const d of view.childrenOf(c)) all.push(d);
  }
  return all;
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
    frame.inherited.add(slot);
    return;
  }
  if (rel === 'conj' || CONTROL_RELATIONS.has(rel)) {
    if (depth === 0) {
      const upperSlots = verbFrameShallow(view, head);
      for (const slot of INHERITED_SLOTS) {
        const filler = upperSlots.get(slot);
        if (filler !== undefined) frame.fill(slot, filler);
      }
    }
    // ConjunctSubject / ControlSubject: the head verb's subject.
    if (rel !== 'conj' && view.childrenOf(verb).some((c) => view.deprel(c) === 'mark' && view.lemma(c) === 'dat')) return;
    // The controller is the head's grammatical subject, whatever its voice ("is het eens geraakt om ...").
    const upper = verbFrameShallow(view, head);
    const subject = upper.get('subject') ?? (isPassive(view, head) || rel === 'conj' ? upper.get('object') : undefined);
    if (subject !== undefined) {
      frame.fill(slot, subject);
      frame.inherited.add(slot);
    } else inheritSubject(view, head, frame, depth + 1);
  }
}

/** The head verb's own subject and object, for inheritance (no further inheritance). */
function verbFrameShallow(view: DependencyView, verb: number): EventFrame {
  const frame = new EventFrame(verb);
  ownDependents(view, verb, frame);
  return frame;
}
