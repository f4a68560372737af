import type { DependencyView } from './dependency-view.ts';
import type { EventFrame } from './event-frame.ts';
import type { EventArgument, EventRole, EventType } from './event-span.ts';
import type { FoundTrigger } from './trigger-finder.ts';

/** Types whose two sides are alike: "Loekasjenko en Merkel hadden een telefoongesprek" is L. with M. */
const SYMMETRIC_TYPES: ReadonlySet<EventType> = new Set(['communicate', 'meet', 'negotiate']);
/** Types whose located patient is where the event went: "een bezoek aan Rusland". */
const VISIT_TYPES: ReadonlySet<EventType> = new Set(['meet']);
/**
 * Head nouns that name a place without being a LOC name: "in de gevangenis", "in andere steden".
 * A place phrase with neither such a head nor a LOC/ORG name is not a place ("in het interview",
 * "in elkaar geslagen", "in het licht van").
 */
const PLACE_NOUNS = ['gevangenis', 'land', 'stad', 'straat', 'plein', 'grens', 'hoofdstad', 'station', 'fabriek', 'gebouw', 'regio', 'provincie', 'dorp', 'centrum', 'kamp', 'paleis', 'parlement', 'hoofdkwartier'];
const PLACE_MENTION_TYPES: ReadonlySet<string> = new Set(['LOC', 'ORG']);
/** Subjects that are the quoted content, not the speaker: "Dat meldde het kabinet", "Het is ..., zei X". */
const CONTENT_PRONOUNS: ReadonlySet<string> = new Set(['dat', 'het', 'dit', 'wat']);
const CONTENT_UPOS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADJ', 'SCONJ']);
/** Slots read in this order, so the most direct phrase fills a role first. */
const SLOT_ORDER = ['subject', 'object', 'iobj', 'poss'];

export type EventRoles = Record<EventRole, EventArgument | null>;

/**
 * Maps a frame's slots to roles by the lexicon row, then the role refiners, in order:
 * `SymmetricPair` (a coordinated agent of a symmetric event with no patient splits into agent and
 * patient) before `VisitedPlace` (a visit's LOC patient is its place), since the split can make
 * the patient.
 */
export function eventRoles(view: DependencyView, found: FoundTrigger, frame: EventFrame): EventRoles {
  const heads: Partial<Record<EventRole, { head: number; solo: boolean }>> = {};
  for (const [role, filler] of frame.roles) heads[role] ??= filler;
  const slots = [...frame.slots()].sort((a, b) => rank(a[0]) - rank(b[0]));
  for (const [slot, head] of slots) {
    const role = found.row.slots.get(slot);
    if (role && head !== found.token) heads[role] ??= { head, solo: false };
  }
  speakerRepair(view, found, frame, heads);
  if (heads.place && !isPlace(view, heads.place.head)) delete heads.place;
  if (SYMMETRIC_TYPES.has(found.row.type) && heads.agent && !heads.patient && !heads.agent.solo) {
    const partner = view.childrenBy(heads.agent.head, 'conj')[0];
    if (partner !== undefined) {
      heads.agent = { head: heads.agent.head, solo: true };
      heads.patient = { head: partner, solo: true };
    }
  }
  const roles: EventRoles = {
    agent: heads.agent ? view.phrase(heads.agent.head, heads.agent.solo) : null,
    patient: heads.patient ? view.phrase(heads.patient.head, heads.patient.solo) : null,
    recipient: heads.recipient ? view.phrase(heads.recipient.head, heads.recipient.solo) : null,
    place: heads.place ? view.phrase(heads.place.head, heads.place.solo) : null,
  };
  const patientName = heads.patient ? view.mentionAt(heads.patient.head) : null;
  if (VISIT_TYPES.has(found.row.type) && !roles.place && patientName !== null && view.mentions[patientName]!.type === 'LOC') {
    roles.place = roles.patient;
    roles.patient = null;
  }
  return roles;
}

/**
 * `SpeakerRepair`: a statement's speaker. The parser often takes the quote or "dat" for the
 * subject and the inverted speaker for the object ("Dat meldde het kabinet van Loekasjenko");
 * the object is then the agent. A statement has no patient: what is said is not a role.
 */
function speakerRepair(view: DependencyView, found: FoundTrigger, frame: EventFrame, heads: Partial<Record<EventRole, { head: number; solo: boolean }>>): void {
  if (found.row.type !== 'statement') return;
  const object = frame.get('object');
  const agent = heads.agent?.head;
  const contentAgent = agent === undefined || CONTENT_PRONOUNS.has(view.lemma(agent)) || CONTENT_UPOS.has(view.token(agent)?.upos ?? '');
  // An inherited subject ("reist ..., meldt het Kremlin") or a nameless noun against a named
  // object ("Het is niet de bedoeling ..., zei Kremlinwoordvoerder Dmitri Peskov") loses too.
  const weakAgent = contentAgent || frame.inherited.has('subject') || (agent !== undefined && object !== undefined && isNamelessNoun(view, agent) && view.phrase(object).mention !== null);
  if (object !== undefined && weakAgent && !CONTENT_UPOS.has(view.token(object)?.upos ?? '') && !CONTENT_PRONOUNS.has(view.lemma(object))) {
    heads.agent = { head: object, solo: false };
  } else if (agent !== undefined && contentAgent) delete heads.agent;
  if (heads.patient?.head === object) delete heads.patient;
}

function isNamelessNoun(view: DependencyView, head: number): boolean {
  return view.token(head)?.upos === 'NOUN' && view.phrase(head).mention === null;
}

function isPlace(view: DependencyView, head: number): boolean {
  const mention = view.mentionAt(head);
  if (mention !== null && PLACE_MENTION_TYPES.has(view.mentions[mention]!.type)) return true;
  const lemma = view.lemma(head);
  if (PLACE_NOUNS.some((noun) => lemma === noun || lemma.endsWith(noun))) return true;
  const phrase = view.phrase(head);
  return phrase.mention !== null && view.mentions[phrase.mention]!.type === 'LOC';
}

function rank(slot: string): number {
  const at = SLOT_ORDER.indexOf(slot);
  return at < 0 ? SLOT_ORDER.length : at;
}
