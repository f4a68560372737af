import { createHash } from 'node:crypto';
import type { EntityType } from '../../annotate/entities/mention.ts';
import type { Entity, NameCount } from './entity.ts';
import type { NamePart } from './entity-input.ts';
import { nameKey } from './name-key.ts';

/** Hex digits of an entity id: 48 bits, so a corpus of a million entities has no collision to
 * speak of (and a collision is resolved by a suffix anyway). */
const ID_HEX_DIGITS = 12;

/** What an entity is made of, before it gets its id. */
export interface EntityDraft {
  readonly type: EntityType;
  readonly lexiconId: string | null;
  /** The lexicon's display name, if it has an entry. */
  readonly lexiconName: string | null;
  readonly parts: readonly NamePart[];
  readonly demonyms: number;
  readonly documents: readonly string[];
}

/**
 * Builds the entity records: variants and roles counted, the canonical name chosen (the
 * lexicon's display name, else for a person the most frequent spelling with a given name, else
 * the most frequent spelling; ties go to the longer), and an id from type and canonical key.
 */
export function entityRecords(drafts: readonly EntityDraft[]): Entity[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    const variants = countNames(draft.parts.map((part) => part.text.replace(/\s+/g, ' ')), false);
    const roles = countNames(draft.parts.flatMap((part) => (part.role ? [part.role] : [])), true);
    const name = draft.lexiconName ?? canonicalName(variants, draft.type);
    let id = entityId(draft.type, draft.lexiconId ?? nameKey(name), '');
    for (let n = 2; used.has(id); n++) id = entityId(draft.type, draft.lexiconId ?? nameKey(name), `\t${n}`);
    used.add(id);
    return {
      id,
      name,
      type: draft.type,
      lexiconId: draft.lexiconId,
      variants,
      roles,
      mentionCount: draft.parts.length,
      demonymCount: draft.demonyms,
      documents: draft.documents,
    };
  });
}

function entityId(type: EntityType, key: string, suffix: string): string {
  return `e${createHash('sha256').update(`${type}\t${key}${suffix}`).digest('hex').slice(0, ID_HEX_DIGITS)}`;
}

/** Counts names, most frequent first (then alphabetical); `foldCase` counts `President` as `president`. */
function countNames(names: readonly string[], foldCase: boolean): NameCount[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const key = foldCase ? name.toLowerCase() : name;
    const held = counts.get(key);
    if (held) held.count += 1;
    else counts.set(key, { name, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function canonicalName(variants: readonly NameCount[], type: EntityType): string {
  const words = (name: string): number => name.split(' ').length;
  const full = type === 'PER' ? variants.filter((v) => words(v.name) > 1) : [];
  const pool = full.length > 0 ? full : variants;
  return pool.reduce((best, v) => (v.count > best.count || (v.count === best.count && v.name.length > best.name.length) ? v : best)).name;
}
