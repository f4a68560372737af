import type { DependencyView } from './dependency-view.ts';
import { EventFrame } from './event-frame.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { EventType } from './event-span.ts';
import type { FoundTrigger } from './trigger-finder.ts';
import { verbFrame } from './verb-frame.ts';

/** Possessive determiners: "zijn herverkiezing" names whose election it is. */
const POSSESSIVES: ReadonlySet<string> = new Set(['zijn', 'haar', 'hun']);
/**
 * Prepositions through which a noun event takes the subject of the verb it hangs on:
 * "reist naar Moskou voor crisisgesprekken", "tijdens een vergadering besloten". Not "na" or
 * "sinds": "na het neerslaan van opposanten begon de EU" is not the EU's doing.
 */
const HOST_SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['voor', 'tijdens']);
/** Noun events whose subject is the host's when they are its object: "een bezoek ... zou gebruiken". */
const SYMMETRIC_NOUN_TYPES: ReadonlySet<EventType> = new Set(['communicate', 'meet', 'negotiate']);
/** Where a host verb says where its subject event happened: "De demonstratie begon bij een metrostation". */
const HOST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'bij', 'op']);

/**
 * The frame of a nominal trigger ("telefoongesprek", "sancties", "steun"): its nmod phrases by
 * preposition, `BetweenPair` ("tussen Merkel en Loekasjenko": agent and patient), its possessive,
 * then what the verb it hangs on adds: `LightVerbSubject` ("hadden Loekasjenko en Merkel een
 * telefoongesprek", "geniet Loekasjenko steun": the subject's role is the light verb's),
 * `HostSubject` (voor/tijdens), `HostPlace` (a subject event's place).
 */
export function nounFrame(view: DependencyView, lexicon: EventLexicon, found: FoundTrigger): EventFrame {
  const trigger = found.token;
  const frame = new EventFrame(trigger);
  for (const c of view.childrenOf(trigger)) {
    const rel = view.deprel(c);
    if (rel === 'nmod:poss' || (rel === 'det' && POSSESSIVES.has(view.lemma(c)))) {
      frame.fill('poss', c);
      continue;
    }
    if ((rel !== 'nmod' && !rel.startsWith('obl')) || view.isTemporal(c)) continue;
    const preposition = view.caseOf(c);
    if (preposition === 'tussen') betweenPair(view, c, frame);
    else if (preposition !== null) frame.fill(preposition, c);
  }
  if (!frame.roles.has('agent')) betweenToTheRight(view, trigger, frame);
  const host = view.head(trigger);
  if (host === null) return frame;
  const rel = view.deprel(trigger);
  const light = view.token(host)?.upos === 'VERB' ? lexicon.lightVerb(view.lemma(host)) : undefined;
  // A light verb's noun is its object; the parser also makes it an advcl or a caseless obl.
  if (light && (rel === 'obj' || (!rel.startsWith('nsubj') && view.caseOf(trigger) === null))) {
    frame.scope.push(host);
    const hostFrame = verbFrame(view, host);
    // LightVerbObjectSwap: "hadden Loekasjenko en Merkel een telefoongesprek" parsed with the
    // pair as object: the noun is the real object, so the other one is the subject.
    const object = hostFrame.get('object');
    const subject = hostFrame.get('subject') ?? (object !== trigger ? object : undefined);
    if (subject !== undefined) frame.setRole(light.subjectRole, subject);
    for (const [slot, head] of hostFrame.slots()) if (slot !== 'subject' && slot !== 'object' && head !== trigger) frame.fill(slot, head);
    return frame;
  }
  if (view.token(host)?.upos !== 'VERB') return frame;
  const hostCase = rel.startsWith('obl') ? view.caseOf(trigger) : null;
  const hostFrame = verbFrame(view, host);
  const hostSubject = hostFrame.get('subject');
  if (hostSubject !== undefined && hostSubject !== trigger) {
    if ((hostCase !== null && HOST_SUBJECT_PREPOSITIONS.has(hostCase)) || (rel === 'obj' && SYMMETRIC_NOUN_TYPES.has(found.row.type))) {
      frame.setRole('agent', hostSubject);
      frame.scope.push(host);
    }
  }
  // HostArguments: a noun that is the host's subject or object shares the host's prepositional
  // phrases, which the parser attaches to the verb as often as to the noun ("is massaal protest
  // ontstaan tegen de verkiezingsfraude", "een bezoek aan Rusland zou gebruiken").
  if (rel.startsWith('nsubj') || rel === 'obj' || (rel === 'obl' && hostCase === null)) {
    for (const [slot, head] of hostFrame.slots()) if (slot !== 'subject' && slot !== 'object' && slot !== 'iobj' && head !== trigger) frame.fill(slot, head);
    for (const c of view.childrenBy(host, 'obl')) {
      const preposition = view.caseOf(c);
      if (c !== trigger && preposition !== null && HOST_PLACE_PREPOSITIONS.has(preposition)) {
        frame.setRole('place', c);
        break;
      }
    }
  }
  return frame;
}

/** Tokens a "tussen" phrase may lie to the right of its noun, across a timex: "telefoongesprek deze week tussen ...". */
const BETWEEN_WINDOW = 4;
const BETWEEN_BARRIERS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ']);

/** `BetweenByWordOrder`: "tussen X en Y" right after the noun, when the parser hung it elsewhere. */
function betweenToTheRight(view: DependencyView, trigger: number, frame: EventFrame): void {
  const sentence = view.token(trigger)?.sentence;
  for (let t = trigger + 1; t <= trigger + BETWEEN_WINDOW; t++) {
    const token = view.token(t);
    if (!token || token.sentence !== sentence || BETWEEN_BARRIERS.has(token.upos)) return;
    if (token.upos === 'ADP' && view.lemma(t) === 'tussen') {
      const first = view.head(t);
      if (first !== null && first > t) betweenPair(view, first, frame);
      return;
    }
  }
}

/** "tussen X en Y": X the agent, Y (X's first conjunct) the patient; each without the other. */
function betweenPair(view: DependencyView, first: number, frame: EventFrame): void {
  const second = view.childrenBy(first, 'conj')[0];
  frame.setRole('agent', first, true);
  if (second !== undefined) frame.setRole('patient', second, true);
}
