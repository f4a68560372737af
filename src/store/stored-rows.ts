import type { EntityType } from '../annotate/entities/mention.ts';
import type { Document, Layers, PublishedDate, Removal, SourceFormat } from '../doc/types.ts';
import type { Entity, MentionLink, NameCount } from '../relate/entities/entity.ts';

/**
 * Rows as both backends store them (the same columns in SQLite and PostgreSQL, migrations 1-4)
 * and the objects they read back as: one place, so the backends cannot drift apart.
 */
export interface DocumentRow {
  readonly id: string;
  readonly source: string;
  readonly format: SourceFormat;
  readonly url: string | null;
  readonly title: string | null;
  readonly published_value: string | null;
  readonly published_precision: PublishedDate['precision'] | null;
  readonly text: string;
  readonly removed: string;
  readonly content_hash: string;
}

export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly lexicon_id: string | null;
  readonly variants: string;
  readonly roles: string;
  readonly mention_count: number;
  readonly demonym_count: number;
  readonly documents: string;
}

export interface LinkRow {
  readonly document_id: string;
  readonly mention: number;
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly relation: MentionLink['relation'];
  readonly entity_id: string;
  readonly role: string | null;
  readonly sentence: number;
}

/** A stored document with its decoded layers. */
export function documentFromRow(row: DocumentRow, layers: Record<string, Layers[string]>): Document {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    url: row.url,
    published: publishedOf(row),
    title: row.title,
    text: row.text,
    removed: JSON.parse(row.removed) as Removal[],
    layers,
    contentHash: row.content_hash,
  };
}

export function publishedOf(row: Pick<DocumentRow, 'published_value' | 'published_precision'>): PublishedDate | null {
  return row.published_value && row.published_precision ? { value: row.published_value, precision: row.published_precision } : null;
}

export function entityFromRow(row: EntityRow): Entity {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    lexiconId: row.lexicon_id,
    variants: JSON.parse(row.variants) as NameCount[],
    roles: JSON.parse(row.roles) as NameCount[],
    mentionCount: row.mention_count,
    demonymCount: row.demonym_count,
    documents: JSON.parse(row.documents) as string[],
  };
}

export function linkFromRow(row: LinkRow): MentionLink {
  return {
    document: row.document_id, mention: row.mention, part: row.part, start: row.start, end: row.end, text: row.text,
    relation: row.relation, entity: row.entity_id, role: row.role, sentence: row.sentence,
  };
}
