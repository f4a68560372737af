import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.ts';
import { EVENT_TYPES, type EventRole, type EventType } from './event-span.ts';

/** The shipped Dutch lexicon of event triggers. */
export const EVENT_TYPES_TABLE = new URL('../../../data/event-types-nl.tsv', import.meta.url);

/** A syntactic slot: subject, object, iobj, poss, or a preposition's lemma ("met", "aan"). */
export type EventSlot = string;

/** Where a slot's phrase goes: a role, or nowhere (`-`: "feliciteren met" names the reason). */
export type SlotRole = EventRole | null;

/** What a row demands of its trigger's context before it applies. */
export type TriggerCondition = 'clause' | 'tegen' | 'compound';

/** One row of data/event-types-nl.tsv: a trigger lemma, its type and its argument mapping. */
export interface EventTrigger {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly type: EventType;
  readonly slots: ReadonlyMap<EventSlot, SlotRole>;
  readonly conditions: readonly TriggerCondition[];
  /** 1-based line in the table, for messages and tests. */
  readonly line: number;
}

/** A support verb ("een gesprek hebben", "steun krijgen") and the role its subject takes. */
export interface LightVerb {
  readonly lemma: string;
  readonly subjectRole: EventRole;
}

/** Slots every verb row has unless it says otherwise. */
const VERB_DEFAULTS: readonly [EventSlot, SlotRole][] = [
  ['subject', 'agent'],
  ['object', 'patient'],
  ['in', 'place'],
];
/** Slots every noun row has unless it says otherwise. */
const NOUN_DEFAULTS: readonly [EventSlot, SlotRole][] = [['in', 'place']];
/** A compound's first part must be at least this long: "presidents|verkiezing", not "s|taking". */
const MIN_COMPOUND_PREFIX = 3;

const NONE: readonly EventTrigger[] = [];
const ROLES: ReadonlySet<string> = new Set(['agent', 'patient', 'recipient', 'place']);
const CONDITIONS: ReadonlySet<string> = new Set(['clause', 'tegen', 'compound']);

/** The triggers and light verbs of the lexicon, looked up by lemma. */
export class EventLexicon {
  private readonly rows = new Map<string, EventTrigger[]>();
  private readonly compoundHeads: EventTrigger[] = [];
  private readonly light = new Map<string, LightVerb>();

  constructor(triggers: readonly EventTrigger[], lightVerbs: readonly LightVerb[]) {
    for (const trigger of triggers) {
      const list = this.rows.get(trigger.lemma) ?? [];
      list.push(trigger);
      this.rows.set(trigger.lemma, list);
      if (trigger.conditions.includes('compound')) this.compoundHeads.push(trigger);
    }
    for (const verb of lightVerbs) this.light.set(verb.lemma, verb);
  }

  /** The rows of a lemma, in table order; a compound ("crisisgesprek") falls back on its head's rows. */
  triggersOf(lemma: string): readonly EventTrigger[] {
    const own = this.rows.get(lemma);
    if (own) return own;
    let heads: EventTrigger[] | null = null;
    for (const row of this.compoundHeads) {
      if (lemma.length - row.lemma.length >= MIN_COMPOUND_PREFIX && lemma.endsWith(row.lemma)) (heads ??= []).push(row);
    }
    return heads ?? NONE;
  }

  /** Whether a lemma has any trigger row (used to test particle + verb combinations cheaply). */
  has(lemma: string): boolean {
    return this.rows.has(lemma);
  }

  lightVerb(lemma: string): LightVerb | undefined {
    return this.light.get(lemma);
  }
}

/** Parses the table: `trigger  pos  type  arguments  conditions`, `#` comments, a header line. */
export function parseEventTable(content: string, file: string): { triggers: EventTrigger[]; lightVerbs: LightVerb[] } {
  const triggers: EventTrigger[] = [];
  const lightVerbs: LightVerb[] = [];
  let header = true;
  content.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const line = i + 1;
    const fail = (reason: string): never => {
      throw new InputError('bad-record', { file, line }, reason);
    };
    const cells = text.split('\t').map((cell) => cell.trim());
    if (header) {
      header = false;
      return;
    }
    if (cells.length !== 5) fail(`${cells.length} cells, expected 5 (trigger pos type arguments conditions)`);
    const [lemma, pos, type, argumentCell, conditionCell] = cells as [string, string, string, string, string];
    const assignments = argumentCell === '-' ? [] : argumentCell.split(/\s+/);
    const slots = new Map<EventSlot, SlotRole>();
    for (const assignment of assignments) {
      const [slot, role] = assignment.split('=');
      if (!slot || role === undefined || (role !== '-' && !ROLES.has(role))) fail(`bad argument mapping "${assignment}"`);
      slots.set(slot!, role === '-' ? null : (role as EventRole));
    }
    if (pos === 'light') {
      const subjectRole = slots.get('subject');
      if (!subjectRole) fail('a light verb needs subject=agent or subject=patient');
      lightVerbs.push({ lemma, subjectRole: subjectRole! });
      return;
    }
    if (pos !== 'verb' && pos !== 'noun') fail(`unknown pos "${pos}"`);
    if (!(EVENT_TYPES as readonly string[]).includes(type)) fail(`unknown event type "${type}"`);
    const conditions = conditionCell === '-' ? [] : conditionCell.split(/\s+/);
    for (const condition of conditions) if (!CONDITIONS.has(condition)) fail(`unknown condition "${condition}"`);
    const defaults = pos === 'verb' ? VERB_DEFAULTS : NOUN_DEFAULTS;
    const merged = new Map<EventSlot, SlotRole>(defaults);
    for (const [slot, role] of slots) merged.set(slot, role);
    triggers.push({ lemma, pos: pos as 'verb' | 'noun', type: type as EventType, slots: merged, conditions: conditions as TriggerCondition[], line });
  });
  return { triggers, lightVerbs };
}

let shipped: EventLexicon | undefined;

/** The lexicon from data/event-types-nl.tsv (or another table), read once per process. */
export function loadEventLexicon(table: URL | string = EVENT_TYPES_TABLE): EventLexicon {
  const isDefault = table === EVENT_TYPES_TABLE;
  if (isDefault && shipped) return shipped;
  const path = table instanceof URL ? fileURLToPath(table) : table;
  const { triggers, lightVerbs } = parseEventTable(readFileSync(path, 'utf8'), path);
  const lexicon = new EventLexicon(triggers, lightVerbs);
  if (isDefault) shipped = lexicon;
  return lexicon;
}
