import type { Entity, EntityTable, MentionLink } from '../../relate/entities/entity.ts';
import { entityLookupForms } from '../../relate/entities/entity-lookup.ts';
import type { EntityQuery, EntityStore } from '../store.ts';
import { entityFromRow, linkFromRow, type EntityRow, type LinkRow } from '../stored-rows.ts';
import { chunks, insertRows } from './bulk-insert.ts';
import type { PgDatabase } from './pg-database.ts';

const ENTITY_COLUMNS = 'id, name, type, lexicon_id, variants, roles, mention_count, demonym_count, documents';
const LINK_COLUMNS = 'document_id, mention, part, start, "end", text, relation, entity_id, role, sentence';
/** Most mentioned first, then by name and id in byte order, as SQLite lists them. */
const ENTITY_ORDER = 'ORDER BY mention_count + demonym_count DESC, name, id';
/** Held by a replaceAll transaction: two processes rebuilding at once (a worker, a reading
 * command that found the entities stale) replace the table one after the other, each whole. */
const REPLACE_LOCK = 0x6b72656e; // 'kren'

/** Entities in PostgreSQL: the tables of migration 3, replaced whole in one transaction. */
export class PgEntityRepository implements EntityStore {
  constructor(private readonly db: PgDatabase) {}

  async replaceAll(table: EntityTable): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [REPLACE_LOCK]);
      // DELETE, not TRUNCATE: readers keep seeing the old entities until the commit.
      await client.query('DELETE FROM entity_mentions');
      await client.query('DELETE FROM entity_names');
      await client.query('DELETE FROM entities');
      for (const entities of chunks(table.entities)) {
        await insertRows(client, 'entities', ENTITY_COLUMNS, ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'int', 'text'], [
          entities.map((e) => e.id), entities.map((e) => e.name), entities.map((e) => e.type), entities.map((e) => e.lexiconId),
          entities.map((e) => JSON.stringify(e.variants)), entities.map((e) => JSON.stringify(e.roles)),
          entities.map((e) => e.mentionCount), entities.map((e) => e.demonymCount), entities.map((e) => JSON.stringify(e.documents)),
        ]);
      }
      const names = table.entities.flatMap((entity) =>
        [...new Set([entity.name, ...entity.variants.map((v) => v.name)].flatMap(entityLookupForms))].map((form) => [form, entity.id] as const),
      );
      for (const chunk of chunks(names)) {
        await insertRows(client, 'entity_names', 'form, entity_id', ['text', 'text'], [chunk.map(([form]) => form), chunk.map(([, id]) => id)], 'ON CONFLICT DO NOTHING');
      }
      for (const links of chunks(table.links)) {
        await insertRows(client, 'entity_mentions', LINK_COLUMNS, ['text', 'int', 'int', 'int', 'int', 'text', 'text', 'text', 'text', 'int'], [
          links.map((l) => l.document), links.map((l) => l.mention), links.map((l) => l.part), links.map((l) => l.start),
          links.map((l) => l.end), links.map((l) => l.text), links.map((l) => l.relation), links.map((l) => l.entity),
          links.map((l) => l.role), links.map((l) => l.sentence),
        ]);
      }
      await client.query(
        `INSERT INTO entity_state (id, documents, last_change, built_at)
         SELECT 1, count(*), max(updated_at), $1 FROM documents
         ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, last_change = excluded.last_change, built_at = excluded.built_at`,
        [new Date().toISOString()],
      );
    });
  }

  async isStale(): Promise<boolean> {
    const [now] = await this.db.query<{ documents: number; last_change: string | null }>('SELECT count(*) AS documents, max(updated_at) AS last_change FROM documents');
    const [built] = await this.db.query<{ documents: number; last_change: string | null }>('SELECT documents, last_change FROM entity_state WHERE id = 1');
    if (!built) return now!.documents > 0;
    return built.documents !== now!.documents || built.last_change !== now!.last_change;
  }

  async list(query: EntityQuery = {}): Promise<Entity[]> {
    const rows = query.type
      ? await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE type = $1 ${ENTITY_ORDER}`, [query.type])
      : await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities ${ENTITY_ORDER}`);
    return rows.map(entityFromRow);
  }

  async get(id: string): Promise<Entity | null> {
    const [row] = await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = $1`, [id]);
    return row ? entityFromRow(row) : null;
  }

  async find(name: string): Promise<Entity[]> {
    const found = new Map<string, Entity>();
    for (const form of entityLookupForms(name)) {
      const rows = await this.db.query<EntityRow>(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (SELECT entity_id FROM entity_names WHERE form = $1) ORDER BY mention_count DESC, id`,
        [form],
      );
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, entityFromRow(row));
    }
    return [...found.values()];
  }

  async linksOfDocument(documentId: string): Promise<MentionLink[]> {
    const rows = await this.db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM entity_mentions WHERE document_id = $1 ORDER BY mention, part`, [documentId]);
    return rows.map(linkFromRow);
  }

  async linksOfEntity(entityId: string): Promise<MentionLink[]> {
    const rows = await this.db.query<LinkRow>(
      `SELECT ${LINK_COLUMNS.split(', ').map((c) => `m.${c}`).join(', ')} FROM entity_mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.entity_id = $1 ORDER BY d.published_first IS NULL, d.published_first, d.seq, m.start`,
      [entityId],
    );
    return rows.map(linkFromRow);
  }
}
