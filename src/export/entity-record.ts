import type { Entity, MentionLink, NameCount } from '../relate/entities/entity.ts';

/** An entity as the export writes it (docs/export-format.md). */
export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: Entity['type'];
  readonly variants: readonly NameCount[];
  readonly roles: readonly NameCount[];
  readonly mention_count: number;
  readonly documents: readonly string[];
  /** Its exonym-lexicon entry (`BY`, `org:navo`), or null. */
  readonly lexicon_id: string | null;
  /** Adjectives and demonyms that point to it as a place. */
  readonly demonym_count: number;
}

/** The export record of an entity. */
export function entityRecord(entity: Entity): EntityRecord {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    variants: entity.variants,
    roles: entity.roles,
    mention_count: entity.mentionCount,
    documents: entity.documents,
    lexicon_id: entity.lexiconId,
    demonym_count: entity.demonymCount,
  };
}

/**
 * A mention of the `mentions` layer with what entity resolution says of it: `entity` (the id it
 * refers to, or null), and where they apply `relation: "demonym"` (an adjective of a place: the
 * entity is the place), `role` (a role tied to the name), `name` (the part of the span that is
 * the name, when a role word was split off) or `parts` (two names run together in one span).
 */
export function linkMention(mention: Readonly<Record<string, unknown>>, links: readonly MentionLink[]): Record<string, unknown> {
  if (links.length === 0) return { ...mention, entity: null };
  if (links.length > 1) {
    return { ...mention, entity: null, parts: links.map((l) => ({ start: l.start, end: l.end, text: l.text, entity: l.entity })) };
  }
  const link = links[0]!;
  const record: Record<string, unknown> = { ...mention, entity: link.entity };
  if (link.relation === 'demonym') record.relation = 'demonym';
  if (link.role) record.role = link.role;
  if (link.start !== mention.start || link.end !== mention.end) record.name = { start: link.start, end: link.end, text: link.text };
  return record;
}

/** A field of a fact span that names an entity: a speaker, an agent, a figure's source. */
interface ArgumentField {
  readonly mention: number | null;
}

function isArgument(value: unknown): value is ArgumentField {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'mention' in value;
}

/**
 * A fact span (a quote, a figure, an event) with `entity` added to each of its arguments that
 * points at a mention (`{ start, end, text, mention }`): the entity that mention refers to, or
 * null when it has none or names two (a span like "Merkel en Macron").
 */
export function linkArguments(span: Readonly<Record<string, unknown>>, linksByMention: ReadonlyMap<number, readonly MentionLink[]>): Readonly<Record<string, unknown>> {
  let record: Record<string, unknown> | null = null;
  for (const field in span) {
    const value = span[field];
    if (!isArgument(value)) continue;
    record ??= { ...span };
    const links = value.mention === null ? [] : (linksByMention.get(value.mention) ?? []);
    record[field] = { ...value, entity: links.length === 1 ? links[0]!.entity : null };
  }
  return record ?? span;
}

/** A document's entity links grouped by mention index (a mention split into two names has two). */
export function linksByMention(links: readonly MentionLink[]): Map<number, MentionLink[]> {
  const byMention = new Map<number, MentionLink[]>();
  for (const link of links) {
    const list = byMention.get(link.mention);
    if (list) list.push(link);
    else byMention.set(link.mention, [link]);
  }
  return byMention;
}
