import type { DependencyView } from './dependency-view.ts';
import { EventFrame } from './event-frame.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { verbFrame } from './verb-frame.ts';

/** Possessive determiners: "zijn herverkiezing" names whose election it is. */
const POSSESSIVES: ReadonlySet<string> = new Set(['zijn', 'haar', 'hun']);
/**
 * Prepositions through which a noun event takes the subject of the verb it hangs on:
 * "reist naar Moskou voor crisisgesprekken", "tijdens een vergadering besloten". Not "na" or
 * "sinds": "na het neerslaan van opposanten begon de EU" is not the EU's doing.
 */
const HOST_SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['voor', 'tijdens']);
/** Where a host verb says where its subject event happened: "De demonstratie begon bij een metrostation". */
const HOST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'bij', 'op']);

/**
 * The frame of a nominal trigger ("telefoongesprek", "sancties", "steun"): its nmod phrases by
 * preposition, `BetweenPair` ("tussen Merkel en Loekasjenko": agent and patient), its possessive,
 * then what the verb it hangs on adds: `LightVerbSubject` ("hadden Loekasjenko en Merkel een
 * telefoongesprek", "geniet Loekasjenko steun": the subject's role is the light verb's),
 * `HostSubject` (voor/tijdens), `HostPlace` (a subject event's place).
 */
export function nounFrame(view: DependencyView, lexicon: EventLexicon, trigger: number): EventFrame {
  const frame = new EventFrame(trigger);
  for (const c of view.childrenOf(trigger)) {
    const rel = view.deprel(c);
    if (rel === 'nmod:poss' || (rel === 'det' && POSSESSIVES.has(view.lemma(c)))) {
      frame.fill('poss', c);
      continue;
    }
    if (rel !== 'nmod' && !rel.startsWith('obl')) continue;
    const preposition = view.caseOf(c);
    if (preposition === 'tussen') betweenPair(view, c, frame);
    else if (preposition !== null) frame.fill(preposition, c);
  }
  const host = view.head(trigger);
  if (host === null) return frame;
  const rel = view.deprel(trigger);
  const light = lexicon.lightVerb(view.lemma(host));
  if (light && rel === 'obj') {
    frame.scope.push(host);
    const hostFrame = verbFrame(view, host);
    const subject = hostFrame.get('subject');
    if (subject !== undefined) frame.setRole(light.subjectRole, subject);
    for (const [slot, head] of hostFrame.slots()) if (slot !== 'subject' && slot !== 'object') frame.fill(slot, head);
    return frame;
  }
  const hostCase = rel.startsWith('obl') ? view.caseOf(trigger) : null;
  if (hostCase !== null && HOST_SUBJECT_PREPOSITIONS.has(hostCase)) {
    const subject = verbFrame(view, host).get('subject');
    if (subject !== undefined) frame.setRole('agent', subject);
  }
  if (rel === 'nsubj') {
    for (const c of view.childrenBy(host, 'obl')) {
      const preposition = view.caseOf(c);
      if (preposition !== null && HOST_PLACE_PREPOSITIONS.has(preposition)) {
        frame.setRole('place', c);
        break;
      }
    }
  }
  return frame;
}

/** "tussen X en Y": X the agent, Y (X's first conjunct) the patient; each without the other. */
function betweenPair(view: DependencyView, first: number, frame: EventFrame): void {
  const second = view.childrenBy(first, 'conj')[0];
  frame.setRole('agent', first, true);
  if (second !== undefined) frame.setRole('patient', second, true);
}
